// The raw floor's roles page: laddergraph's cypher/read/roles-page.cypher (without its unused
// track and search filters), with each role's definitions and their sources shaped as laddergraph's
// `roles { edges { node { ... } } }` answers them, and the claims its next roles are made of.
MATCH (r:Role)
OPTIONAL MATCH (r)-[d:DESCRIBED_BY]->(:Source)
WITH r, min(d.rank) AS lowestRank
ORDER BY coalesce(lowestRank, 1000), r.name
SKIP $offset
LIMIT $limit
CALL (r) {
  MATCH (r)-[d:DESCRIBED_BY]->(s:Source)
  WITH d, s ORDER BY d.source
  RETURN collect({title: d.title, rank: d.rank, track: d.track, source: {id: s.id, title: s.title}}) AS definitions
}
CALL (r) {
  // Its steps up as laddergraph reads them (cypher/read/promotions-from-roles.cypher): the promotion
  // claims out of every title a source joins to the role (its SAME_AS), the roles they reach and the
  // citing sources' identity claims; grouped into steps by laddergraph's rules in JavaScript
  // (bench/targets/steps.ts), as a source's SAME_AS decides which steps are one.
  CALL (r) {
    MATCH (r)-[p:PROMOTES_TO]->(b:Role)
    RETURN p, r AS a, b
    UNION
    MATCH (r)-[sa:SAME_AS]-(a:Role)-[p:PROMOTES_TO]->(b:Role)
    WHERE p.source = sa.source
    RETURN p, a, b
  }
  WITH p, a, b ORDER BY b.id, p.source, a.id
  WITH collect(p {.*, from: a.id, to: b.id}) AS claims, collect(DISTINCT b {.id, .name}) AS roles, collect(DISTINCT p.source) AS cited
  CALL (cited) {
    UNWIND cited AS source
    MATCH (x:Role)-[e:SAME_AS|COEXISTS_WITH {source: source}]->(y:Role)
    WITH e, x, y ORDER BY x.id, y.id
    RETURN collect(e {.*, role: x.id, other: y.id, kind: CASE type(e) WHEN 'SAME_AS' THEN 'SAME_AS' ELSE 'MAY_COEXIST' END}) AS sourceIdentities
  }
  RETURN {claims: claims, roles: roles, sourceIdentities: sourceIdentities} AS steps
}
RETURN {node: {slug: r.id, name: r.name, definitions: definitions}, steps: steps} AS edge
ORDER BY coalesce(lowestRank, 1000), r.name
