// One source's whole ladder in one statement (the `ladder(source:)` field): the source, its
// definitions in ladder order and its promotion claims — each list exactly as
// definitions-by-source and promotions-by-source return it, so they prime those loaders — and
// the roles both mention. No row's source: the source is unknown.
OPTIONAL MATCH (src:Source {id: $source})
CALL (src) {
  MATCH (r:Role)-[d:DESCRIBED_BY]->(src)
  WITH d, r ORDER BY d.rank, r.id
  RETURN collect(d {.*, role: r.id}) AS definitions, collect(DISTINCT r {.id, .name}) AS definedRoles
}
CALL (src) {
  MATCH (a:Role)-[p:PROMOTES_TO {source: src.id}]->(b:Role)
  WITH p, a, b ORDER BY a.id, b.id
  RETURN collect(p {.*, from: a.id, to: b.id}) AS promotions, collect(DISTINCT a {.id, .name}) + collect(DISTINCT b {.id, .name}) AS promotedRoles
}
CALL (src) {
  // Its identity claims, as identities-by-source reads them (they decide its source roles).
  MATCH (a:Role)-[e:SAME_AS|COEXISTS_WITH {source: src.id}]->(b:Role)
  WITH e, a, b ORDER BY a.id, b.id
  RETURN collect(e {.*, role: a.id, other: b.id, kind: CASE type(e) WHEN 'SAME_AS' THEN 'SAME_AS' ELSE 'MAY_COEXIST' END}) AS sourceIdentities
}
RETURN src {{sourceProjection}} AS source, definitions, promotions, definedRoles + promotedRoles AS roles, sourceIdentities
