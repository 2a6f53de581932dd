// Start-up: how many sources the database holds, and whether the seed was ever loaded into it
// (an operator who removed every seed article finds the database empty, but seeded).
CALL () { MATCH (s:Source) RETURN count(s) AS sources }
CALL () { OPTIONAL MATCH (m:SeedState {id: "seed"}) RETURN m IS NOT NULL AS seeded }
RETURN sources, seeded
