// Removes every claim the given sources made, so a reload replaces them exactly (same transaction as the merges).
// A template: src/db/claimStatements.ts repeats each line holding {{TYPE}} once per claim relationship type of the
// registry (src/claims/registry.ts RELATIONSHIP_TYPES, declared by each kind's load statements), at start-up.
UNWIND $sourceIds AS sid
CALL (sid) { MATCH ()-[r:{{TYPE}} {source: sid}]->() DELETE r }
RETURN count(*) AS sources
