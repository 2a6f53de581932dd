// Each role's place in ladder order, stored for the roles page's index-backed sort: the lowest rank
// any source gives it, 1000 when no source ranks it. Run in every write transaction after the
// claims changed (and once at start-up for a graph loaded before it existed).
MATCH (r:Role)
CALL (r) {
  OPTIONAL MATCH (r)-[d:DESCRIBED_BY]->(:Source)
  RETURN min(d.rank) AS lowest
}
SET r.ladderRank = coalesce(lowest, 1000)
RETURN count(r) AS ranked
