// The raw floor's roles page: laddergraph's cypher/read/roles-page.cypher (without its unused
// track and search filters), with each role's definitions and their sources and its next roles,
// shaped as laddergraph's `roles { edges { node { ... } } }` answers them.
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
  MATCH (r)-[p:PROMOTES_TO]->(b:Role)
  WITH b, p ORDER BY p.source
  WITH b, collect(p.source) AS ids
  ORDER BY size(ids) DESC, b.id
  RETURN collect({to: {slug: b.id, name: b.name}, support: size(ids), sources: [id IN ids | {id: id}]}) AS promotesTo
}
RETURN {node: {slug: r.id, name: r.name, definitions: definitions, promotesTo: promotesTo}} AS edge
ORDER BY coalesce(lowestRank, 1000), r.name
