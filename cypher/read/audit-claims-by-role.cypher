// Everything the conflict rules (src/domain/conflicts/) need about each role, in one statement:
// its definitions, promotions from and to it, identity claims either way, responsibilities, the
// whole ladder of every source that defines it (or a role it says is the same), those sources' identity
// claims, bands, management scope and relative ranks, the names of every role those mention, and the
// sources all of these cite (they prime the request's source loader for the evidence).
UNWIND $ids AS id
MATCH (this:Role {id: id})
CALL (this) {
  MATCH (this)-[d:DESCRIBED_BY]->(:Source)
  WITH d ORDER BY d.source
  RETURN collect(d {.*, role: this.id}) AS definitions
}
// Steps out of and into the role, and its responsibilities, under every title a source joins to it
// (its SAME_AS): a source's claims about one of its titles are its claims about the role.
CALL (this) {
  CALL (this) {
    MATCH (this)-[p:PROMOTES_TO]->(b:Role)
    RETURN p, this AS a, b
    UNION
    MATCH (this)-[sa:SAME_AS]-(a:Role)-[p:PROMOTES_TO]->(b:Role)
    WHERE p.source = sa.source
    RETURN p, a, b
  }
  WITH p, a, b ORDER BY b.id, p.source, a.id
  RETURN collect(p {.*, from: a.id, to: b.id}) AS promotionsFrom
}
CALL (this) {
  CALL (this) {
    MATCH (a:Role)-[p:PROMOTES_TO]->(this)
    RETURN p, a, this AS b
    UNION
    MATCH (this)-[sa:SAME_AS]-(b:Role)<-[p:PROMOTES_TO]-(a:Role)
    WHERE p.source = sa.source
    RETURN p, a, b
  }
  WITH p, a, b ORDER BY a.id, p.source, b.id
  RETURN collect(p {.*, from: a.id, to: b.id}) AS promotionsTo
}
CALL (this) {
  MATCH (this)-[e:SAME_AS|COEXISTS_WITH]-(o:Role)
  WITH e, o ORDER BY o.id, e.source
  RETURN collect(e {.*, role: this.id, other: o.id, kind: CASE type(e) WHEN 'SAME_AS' THEN 'SAME_AS' ELSE 'MAY_COEXIST' END}) AS identities
}
CALL (this) {
  CALL (this) {
    MATCH (this)-[e:RESPONSIBLE_FOR]->(x:Responsibility)
    RETURN e, x, this AS r
    UNION
    MATCH (this)-[sa:SAME_AS]-(r:Role)-[e:RESPONSIBLE_FOR]->(x:Responsibility)
    WHERE e.source = sa.source
    RETURN e, x, r
  }
  WITH e, x, r ORDER BY e.source, e.start, r.id
  RETURN collect(e {.*, role: r.id, responsibility: x.id, text: x.text}) AS responsibilities
}
CALL (this) {
  CALL (this) {
    MATCH (this)-[:DESCRIBED_BY]->(s:Source)
    RETURN s
    UNION
    // A source's definition under another title it says is the same role is its definition of this one.
    MATCH (this)-[sa:SAME_AS]-(:Role)-[:DESCRIBED_BY]->(s:Source)
    WHERE s.id = sa.source
    RETURN s
  }
  MATCH (r:Role)-[d:DESCRIBED_BY]->(s)
  WITH s, d, r ORDER BY d.rank, r.id
  WITH s, collect(d {.*, role: r.id}) AS definitions
  RETURN collect({source: s.id, definitions: definitions}) AS ladders
}
CALL (this) {
  // Every identity claim of every source that claims anything about this role (defines it, ranks it,
  // steps to or from it, names it in an identity claim…): a source's SAME_AS decides which of its
  // claims are about one role, and reading it for all of them makes a pair's conflict read the same
  // from either role.
  OPTIONAL MATCH (this)-[touching]-()
  WHERE touching.source IS NOT NULL
  WITH collect(DISTINCT touching.source) AS sids
  MATCH (a:Role)-[e:SAME_AS|COEXISTS_WITH]->(b:Role)
  WHERE e.source IN sids
  WITH e, a, b ORDER BY e.source, a.id, b.id
  RETURN collect(e {.*, role: a.id, other: b.id, kind: CASE type(e) WHEN 'SAME_AS' THEN 'SAME_AS' ELSE 'MAY_COEXIST' END}) AS sourceIdentities
}
CALL (this) {
  // The whole band lists of the sources that band this role, under its own title or one they say is the same, or define it.
  CALL (this) {
    MATCH (this)-[:IN_BAND]->(s:Source)
    RETURN s
    UNION
    MATCH (this)-[sa:SAME_AS]-(:Role)-[b:IN_BAND]->(s:Source)
    WHERE s.id = sa.source
    RETURN s
    UNION
    // The sources that rank it: their bands decide their entry level.
    MATCH (this)-[:DESCRIBED_BY]->(s:Source)
    RETURN s
  }
  MATCH (r:Role)-[b:IN_BAND]->(s)
  WITH b, r ORDER BY b.source, b.start, r.id
  RETURN collect(b {.*, role: r.id}) AS bands
}
CALL (this) {
  CALL (this) {
    MATCH (this)-[m:MANAGEMENT_SCOPE]->(:Source)
    RETURN m, this.id AS role
    UNION
    MATCH (this)-[sa:SAME_AS]-(p:Role)-[m:MANAGEMENT_SCOPE]->(:Source)
    WHERE m.source = sa.source
    RETURN m, p.id AS role
  }
  WITH m, role ORDER BY m.source, m.start, role, m.scope
  RETURN collect(m {.*, role: role}) AS management
}
CALL (this) {
  CALL (this) {
    MATCH (this)-[e:RANKS_AGAINST]-(:Role)
    RETURN e
    UNION
    MATCH (this)-[sa:SAME_AS]-(:Role)-[e:RANKS_AGAINST]-(:Role)
    WHERE e.source = sa.source
    RETURN e
  }
  WITH e, startNode(e) AS a, endNode(e) AS b ORDER BY e.source, e.start, a.id, b.id
  RETURN collect(e {.*, role: a.id, other: b.id}) AS relativeRanks
}
CALL (this) {
  CALL (this) {
    MATCH (this)-[:PROMOTES_TO|SAME_AS|COEXISTS_WITH]-(o:Role)
    RETURN o
    UNION
    MATCH (this)-[:DESCRIBED_BY]->(:Source)<-[:DESCRIBED_BY]-(o:Role)
    RETURN o
    UNION
    MATCH (this)-[:SAME_AS]-(:Role)-[:DESCRIBED_BY|IN_BAND]->(:Source)<-[:DESCRIBED_BY|IN_BAND]-(o:Role)
    RETURN o
    UNION
    MATCH (this)-[:IN_BAND]->(:Source)<-[:IN_BAND]-(o:Role)
    RETURN o
    UNION
    MATCH (this)-[:SAME_AS*0..1]-(:Role)-[:RANKS_AGAINST]-(o:Role)
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
  RETURN collect(s {{sourceProjection}}) AS sources
}
RETURN id AS key, {
  definitions: definitions,
  promotionsFrom: promotionsFrom,
  promotionsTo: promotionsTo,
  identities: identities,
  responsibilities: responsibilities,
  ladders: ladders,
  sourceIdentities: sourceIdentities,
  bands: bands,
  management: management,
  relativeRanks: relativeRanks,
  names: roles
} AS value, roles, sources
