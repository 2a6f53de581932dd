// The promotion claims out of each role under every title a source joins to it (its SAME_AS: a source's
// steps out of another title it says is this role are its steps out of this role), the roles they
// reach, the sources asserting them and those sources' identity claims.
UNWIND $ids AS id
MATCH (this:Role {id: id})
CALL (this) {
  MATCH (this)-[p:PROMOTES_TO]->(b:Role)
  RETURN p, this AS a, b
  UNION
  MATCH (this)-[sa:SAME_AS]-(a:Role)-[p:PROMOTES_TO]->(b:Role)
  WHERE p.source = sa.source
  RETURN p, a, b
}
MATCH (src:Source {id: p.source})
WITH id, p, a, b, src ORDER BY b.id, p.source, a.id
WITH id, collect(p {.*, from: a.id, to: b.id}) AS value, collect(DISTINCT b {.id, .name}) AS roles, collect(DISTINCT src {{sourceProjection}}) AS sources
CALL (sources) {
  // The identity claims of every source cited, as identities-by-source reads them: they prime its loader
  // for the grouping of each source's titles into source roles (src/domain/sourceRoles.ts).
  UNWIND sources AS cited
  MATCH (a:Role)-[e:SAME_AS|COEXISTS_WITH {source: cited.id}]->(b:Role)
  WITH e, a, b ORDER BY a.id, b.id
  RETURN collect(e {.*, role: a.id, other: b.id, kind: CASE type(e) WHEN 'SAME_AS' THEN 'SAME_AS' ELSE 'MAY_COEXIST' END}) AS sourceIdentities
}
RETURN id AS key, value, roles, sources, sourceIdentities
