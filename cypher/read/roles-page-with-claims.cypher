// A page of roles (as read/roles-page.cypher) together with what the page's query selects under
// each role: its definitions ($withDefinitions) and its promotion claims up ($withPromotions),
// each list exactly as definitions-by-role and promotions-from-roles return it, so the request's
// loaders are primed and the page costs one statement. The flags skip the reads not asked for.
MATCH (r:Role)
WHERE r.ladderRank IS NOT NULL
  AND ($track IS NULL OR EXISTS { (r)-[d:DESCRIBED_BY]->(:Source) WHERE d.track = $track })
  AND ($search IS NULL
       OR toLower(r.name) CONTAINS $search
       OR r.id CONTAINS $search
       OR EXISTS { (r)-[d:DESCRIBED_BY|MENTIONED_IN]->(:Source) WHERE toLower(d.title) CONTAINS $search })
WITH r ORDER BY r.ladderRank, r.name SKIP $offset LIMIT $limit
CALL (r) {
  WITH r WHERE $withDefinitions
  MATCH (r)-[d:DESCRIBED_BY]->(src:Source)
  WITH d, src ORDER BY d.source
  RETURN collect(d {.*, role: r.id}) AS definitions, collect(DISTINCT src {.id, .title, .author, .publisher, .sha256}) AS definitionSources
}
CALL (r) {
  WITH r WHERE $withPromotions
  MATCH (r)-[p:PROMOTES_TO]->(b:Role)
  MATCH (src:Source {id: p.source})
  WITH p, b, src ORDER BY b.id, p.source
  RETURN collect(p {.*, from: r.id, to: b.id}) AS promotions, collect(DISTINCT b {.id, .name}) AS roles, collect(DISTINCT src {.id, .title, .author, .publisher, .sha256}) AS promotionSources
}
RETURN r {.id, .name} AS role, definitions, promotions, roles, definitionSources + promotionSources AS sources
ORDER BY r.ladderRank, r.name
