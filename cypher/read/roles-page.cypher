// Roles in ladder order (the lowest rank any source gives them first, stored at load time as
// ladderRank and read in index order), filtered by track and by a case-insensitive search over the
// canonical name and every title the sources write.
MATCH (r:Role)
WHERE r.ladderRank IS NOT NULL
  AND ($track IS NULL OR EXISTS { (r)-[d:DESCRIBED_BY]->(:Source) WHERE d.track = $track })
  AND ($search IS NULL
       OR toLower(r.name) CONTAINS $search
       OR r.id CONTAINS $search
       OR EXISTS { (r)-[d:DESCRIBED_BY|MENTIONED_IN]->(:Source) WHERE toLower(d.title) CONTAINS $search })
RETURN r {.id, .name} AS role
ORDER BY r.ladderRank, r.name
SKIP $offset
LIMIT $limit
