// Everything laddergraph's conflict computation (src/domain/conflicts/) needs about one role,
// bound as `this`, in one statement: its definitions, the promotions from and to it, identity
// claims in either direction, its responsibilities, the whole ladder of every source that
// defines it, and the names of every role those mention. Projections as in cypher/read/*.
CALL (this) {
  MATCH (this)-[d:DESCRIBED_BY]->(:Source)
  WITH d ORDER BY d.source
  RETURN collect(d {.source, .quote, .start, .end, .note, .title, .rank, .track, .summary, .summaryQuote, .summaryStart, .summaryEnd, .yearsMin, .yearsMax, .yearsText, .yearsQuote, .yearsStart, .yearsEnd, .salaryUsd, .salaryQuote, .salaryStart, .salaryEnd, .trackQuote, .trackStart, .trackEnd, role: this.id}) AS definitions
}
CALL (this) {
  MATCH (this)-[p:PROMOTES_TO]->(b:Role)
  WITH p, b ORDER BY b.id, p.source
  RETURN collect(p {.source, .quote, .start, .end, .note, .kind, .track, from: this.id, to: b.id}) AS promotionsFrom
}
CALL (this) {
  MATCH (a:Role)-[p:PROMOTES_TO]->(this)
  WITH p, a ORDER BY a.id, p.source
  RETURN collect(p {.source, .quote, .start, .end, .note, .kind, .track, from: a.id, to: this.id}) AS promotionsTo
}
CALL (this) {
  MATCH (this)-[e:SAME_AS|COEXISTS_WITH]-(o:Role)
  WITH e, o ORDER BY o.id, e.source
  RETURN collect(e {.source, .quote, .start, .end, .note, role: this.id, other: o.id, kind: CASE type(e) WHEN 'SAME_AS' THEN 'SAME_AS' ELSE 'MAY_COEXIST' END}) AS identities
}
CALL (this) {
  MATCH (this)-[e:RESPONSIBLE_FOR]->(x:Responsibility)
  WITH e, x ORDER BY e.source, e.start
  RETURN collect(e {.source, .quote, .start, .end, .note, role: this.id, responsibility: x.id, text: x.text}) AS responsibilities
}
CALL (this) {
  MATCH (this)-[:DESCRIBED_BY]->(s:Source)
  MATCH (r:Role)-[d:DESCRIBED_BY]->(s)
  WITH s, d, r ORDER BY d.rank, r.id
  WITH s, collect(d {.source, .quote, .start, .end, .note, .title, .rank, .track, .summary, .summaryQuote, .summaryStart, .summaryEnd, .yearsMin, .yearsMax, .yearsText, .yearsQuote, .yearsStart, .yearsEnd, .salaryUsd, .salaryQuote, .salaryStart, .salaryEnd, .trackQuote, .trackStart, .trackEnd, role: r.id}) AS definitions
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
  RETURN collect({id: o.id, name: o.name}) AS names
}
RETURN {
  role: this {.id, .name},
  definitions: definitions,
  promotionsFrom: promotionsFrom,
  promotionsTo: promotionsTo,
  identities: identities,
  responsibilities: responsibilities,
  ladders: ladders,
  names: names
} AS claims
