// Roles in ladder order, filtered by the source that describes them, by track, and by a
// case-insensitive search over the canonical name and every title the sources write. Without
// $source the order is the lowest rank any source gives a role (stored at load time as ladderRank
// and read in index order); with $source, that source's own rank.
MATCH (r:Role)
WHERE r.ladderRank IS NOT NULL
  AND ($source IS NULL OR EXISTS { (r)-[:DESCRIBED_BY {source: $source}]->(:Source) })
  AND ($track IS NULL OR EXISTS { (r)-[d:DESCRIBED_BY]->(:Source) WHERE d.track = $track AND ($source IS NULL OR d.source = $source) })
  AND ($search IS NULL
       OR toLower(r.name) CONTAINS $search
       OR r.id CONTAINS $search
       OR EXISTS { (r)-[d:DESCRIBED_BY|MENTIONED_IN]->(:Source) WHERE toLower(d.title) CONTAINS $search })
CALL (r) {
  OPTIONAL MATCH (r)-[d:DESCRIBED_BY]->(:Source)
  WHERE $source IS NOT NULL AND d.source = $source
  RETURN min(d.rank) AS sourceRank
}
RETURN r {.id, .name} AS role
ORDER BY CASE WHEN $source IS NULL THEN r.ladderRank ELSE coalesce(sourceRank, 1000) END, r.name
SKIP $offset
LIMIT $limit
