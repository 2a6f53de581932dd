// Everything the conflict rules (src/domain/conflicts/) need about each role, in one statement:
// its definitions, promotions from and to it, identity claims either way, responsibilities, the
// whole ladder of every source that defines it, the names of every role those mention, and the
// sources all of these cite (they prime the request's source loader for the evidence).
UNWIND $ids AS id
MATCH (this:Role {id: id})
CALL (this) {
  MATCH (this)-[d:DESCRIBED_BY]->(:Source)
  WITH d ORDER BY d.source
  RETURN collect(d {.*, role: this.id}) AS definitions
}
CALL (this) {
  MATCH (this)-[p:PROMOTES_TO]->(b:Role)
  WITH p, b ORDER BY b.id, p.source
  RETURN collect(p {.*, from: this.id, to: b.id}) AS promotionsFrom
}
CALL (this) {
  MATCH (a:Role)-[p:PROMOTES_TO]->(this)
  WITH p, a ORDER BY a.id, p.source
  RETURN collect(p {.*, from: a.id, to: this.id}) AS promotionsTo
}
CALL (this) {
  MATCH (this)-[e:SAME_AS|COEXISTS_WITH]-(o:Role)
  WITH e, o ORDER BY o.id, e.source
  RETURN collect(e {.*, role: this.id, other: o.id, kind: CASE type(e) WHEN 'SAME_AS' THEN 'SAME_AS' ELSE 'MAY_COEXIST' END}) AS identities
}
CALL (this) {
  MATCH (this)-[e:RESPONSIBLE_FOR]->(x:Responsibility)
  WITH e, x ORDER BY e.source, e.start
  RETURN collect(e {.*, role: this.id, responsibility: x.id, text: x.text}) AS responsibilities
}
CALL (this) {
  MATCH (this)-[:DESCRIBED_BY]->(s:Source)
  MATCH (r:Role)-[d:DESCRIBED_BY]->(s)
  WITH s, d, r ORDER BY d.rank, r.id
  WITH s, collect(d {.*, role: r.id}) AS definitions
  RETURN collect({source: s.id, definitions: definitions}) AS ladders
}
CALL (this) {
  CALL (this) {
    MATCH (this)-[:PROMOTES_TO|SAME_AS|COEXISTS_WITH]-(o:Role)
    RETURN o
    UNION
    MATCH (this)-[:DESCRIBED_BY]->(:Source)<-[:DESCRIBED_BY]-(o:Role)
    RETURN o
    UNION
    RETURN this AS o
  }
  RETURN collect(o {.id, .name}) AS roles
}
CALL (this) {
  MATCH (this)-[c]-()
  WHERE c.source IS NOT NULL
  WITH DISTINCT c.source AS sid
  MATCH (s:Source {id: sid})
  RETURN collect(s {.id, .title, .author, .publisher, .sha256}) AS sources
}
RETURN id AS key, {
  definitions: definitions,
  promotionsFrom: promotionsFrom,
  promotionsTo: promotionsTo,
  identities: identities,
  responsibilities: responsibilities,
  ladders: ladders,
  names: roles
} AS value, roles, sources
