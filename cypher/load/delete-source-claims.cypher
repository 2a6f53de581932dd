// Removes every claim the given sources made, so a reload replaces them exactly (same transaction as the merges).
UNWIND $sourceIds AS sid
CALL (sid) { MATCH ()-[r:DESCRIBED_BY {source: sid}]->() DELETE r }
CALL (sid) { MATCH ()-[r:PROMOTES_TO {source: sid}]->() DELETE r }
CALL (sid) { MATCH ()-[r:REQUIRES {source: sid}]->() DELETE r }
CALL (sid) { MATCH ()-[r:RESPONSIBLE_FOR {source: sid}]->() DELETE r }
CALL (sid) { MATCH ()-[r:SAME_AS {source: sid}]->() DELETE r }
CALL (sid) { MATCH ()-[r:COEXISTS_WITH {source: sid}]->() DELETE r }
CALL (sid) { MATCH ()-[r:MENTIONED_IN {source: sid}]->() DELETE r }
CALL (sid) { MATCH ()-[r:NAMED_IN {source: sid}]->() DELETE r }
CALL (sid) { MATCH ()-[r:READINESS_SIGNAL {source: sid}]->() DELETE r }
CALL (sid) { MATCH ()-[r:DENIES_STEP {source: sid}]->() DELETE r }
CALL (sid) { MATCH ()-[r:IN_BAND {source: sid}]->() DELETE r }
CALL (sid) { MATCH ()-[r:MANAGEMENT_SCOPE {source: sid}]->() DELETE r }
CALL (sid) { MATCH ()-[r:RANKS_AGAINST {source: sid}]->() DELETE r }
CALL (sid) { MATCH ()-[r:TIED_TO_OUTSIDE_ROLE {source: sid}]->() DELETE r }
RETURN count(*) AS sources
