// A page of roles (as read/roles-page.cypher) together with what the page's query selects under
// each role: its definitions ($withDefinitions) and its promotion claims up ($withPromotions),
// each list exactly as definitions-by-role and promotions-from-roles return it, so the request's
// loaders are primed and the page costs one statement. The flags skip the reads not asked for;
// with $headingsOnly (the query selects nothing of a definition but its source, role, title, rank
// and track) each definition is only those properties, not its evidence and figures.
// One row: the page's roles in order, then every node they cite once (a source cited by many
// roles of the page is read and sent once, not once per role).
// Both IS NOT NULL predicates let the planner read the composite (ladderRank, name) index in
// order and stop after the page (21 db hits at 100x; with the first alone it scanned and sorted
// all 1,512 roles).
MATCH (r:Role)
WHERE r.ladderRank IS NOT NULL AND r.name IS NOT NULL
  AND ($track IS NULL OR EXISTS { (r)-[d:DESCRIBED_BY]->(:Source) WHERE d.track = $track })
  AND ($search IS NULL
       OR toLower(r.name) CONTAINS $search
       OR r.id CONTAINS $search
       OR EXISTS { (r)-[d:DESCRIBED_BY|MENTIONED_IN]->(:Source) WHERE toLower(d.title) CONTAINS $search })
WITH r ORDER BY r.ladderRank, r.name SKIP $offset LIMIT $limit
CALL (r) {
  WITH r WHERE $withDefinitions
  MATCH (r)-[d:DESCRIBED_BY]->(:Source)
  WITH d ORDER BY d.source
  RETURN collect(CASE WHEN $headingsOnly THEN d {.source, .title, .rank, .track, role: r.id} ELSE d {.*, role: r.id} END) AS definitions,
         collect(d.source) AS definitionSources
}
CALL (r) {
  WITH r WHERE $withPromotions
  // As promotions-from-roles: out of every title a source joins to the role.
  CALL (r) {
    MATCH (r)-[p:PROMOTES_TO]->(b:Role)
    RETURN p, r AS a, b
    UNION
    MATCH (r)-[sa:SAME_AS]-(a:Role)-[p:PROMOTES_TO]->(b:Role)
    WHERE p.source = sa.source
    RETURN p, a, b
  }
  WITH p, a, b ORDER BY b.id, p.source, a.id
  RETURN collect(p {.*, from: a.id, to: b.id}) AS promotions, collect(b.id) AS targets, collect(p.source) AS promotionSources
}
WITH collect({role: r {.id, .name}, definitions: definitions, promotions: promotions}) AS page,
     reduce(ids = [], row IN collect(definitionSources + promotionSources) | ids + row) AS sourceIds,
     reduce(ids = [], row IN collect(targets) | ids + row) AS targetIds
CALL (sourceIds) {
  UNWIND sourceIds AS id
  WITH DISTINCT id
  MATCH (s:Source {id: id})
  RETURN collect(s {{sourceProjection}}) AS sources
}
CALL (targetIds) {
  UNWIND targetIds AS id
  WITH DISTINCT id
  MATCH (b:Role {id: id})
  RETURN collect(b {.id, .name}) AS roles
}
CALL (sources) {
  // The identity claims of every source cited, as identities-by-source reads them: they prime its loader
  // for the grouping of each source's titles into source roles (src/domain/sourceRoles.ts).
  UNWIND sources AS cited
  MATCH (a:Role)-[e:SAME_AS|COEXISTS_WITH {source: cited.id}]->(b:Role)
  WITH e, a, b ORDER BY a.id, b.id
  RETURN collect(e {.*, role: a.id, other: b.id, kind: CASE type(e) WHEN 'SAME_AS' THEN 'SAME_AS' ELSE 'MAY_COEXIST' END}) AS sourceIdentities
}
RETURN page, sources, roles, sourceIdentities
