// The promotion claims into each role under every title a source joins to it (its SAME_AS), the roles
// they come from, the sources asserting them and those sources' identity claims.
UNWIND $ids AS id
MATCH (this:Role {id: id})
CALL (this) {
  MATCH (a:Role)-[p:PROMOTES_TO]->(this)
  RETURN p, a, this AS b
  UNION
  MATCH (this)-[sa:SAME_AS]-(b:Role)<-[p:PROMOTES_TO]-(a:Role)
  WHERE p.source = sa.source
  RETURN p, a, b
}
MATCH (src:Source {id: p.source})
WITH id, p, a, b, src ORDER BY a.id, p.source, b.id
WITH id, collect(p {.*, from: a.id, to: b.id}) AS value, collect(DISTINCT a {.id, .name}) AS roles, collect(DISTINCT src {{sourceProjection}}) AS sources
CALL (sources) {
  // The identity claims of every source cited, as identities-by-source reads them: they prime its loader
  // for the grouping of each source's titles into source roles (src/domain/sourceRoles.ts).
  UNWIND sources AS cited
  MATCH (a:Role)-[e:SAME_AS|COEXISTS_WITH {source: cited.id}]->(b:Role)
  WITH e, a, b ORDER BY a.id, b.id
  RETURN collect(e {.*, role: a.id, other: b.id, kind: CASE type(e) WHEN 'SAME_AS' THEN 'SAME_AS' ELSE 'MAY_COEXIST' END}) AS sourceIdentities
}
RETURN id AS key, value, roles, sources, sourceIdentities
