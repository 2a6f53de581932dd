// Roles in ladder order (lowest rank any source gives them first; with $source, that source's
// rank), filtered by the source that describes them, by track, and by a case-insensitive search
// over the canonical name and every title the sources write.
MATCH (r:Role)
WHERE ($source IS NULL OR EXISTS { (r)-[:DESCRIBED_BY {source: $source}]->(:Source) })
  AND ($track IS NULL OR EXISTS { (r)-[d:DESCRIBED_BY]->(:Source) WHERE d.track = $track AND ($source IS NULL OR d.source = $source) })
  AND ($search IS NULL
       OR toLower(r.name) CONTAINS $search
       OR r.id CONTAINS $search
       OR EXISTS { (r)-[d:DESCRIBED_BY|MENTIONED_IN]->(:Source) WHERE toLower(d.title) CONTAINS $search })
OPTIONAL MATCH (r)-[d:DESCRIBED_BY]->(:Source)
WHERE $source IS NULL OR d.source = $source
WITH r, min(d.rank) AS lowestRank
RETURN r {.id, .name} AS role
ORDER BY coalesce(lowestRank, 1000), r.name
SKIP $offset
LIMIT $limit
