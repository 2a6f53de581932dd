// Every title any source writes for any role (definitions, mentions, and the titles of roles outside
// the ladder that a claim ties a ladder role to), for title resolution.
CALL () {
  MATCH (r:Role)-[t:DESCRIBED_BY|MENTIONED_IN]->(:Source)
  RETURN r, t
  UNION
  MATCH (:Role)-[t:TIED_TO_OUTSIDE_ROLE]->(r:Role)
  RETURN r, t
}
RETURN r.id AS role, r.name AS name, t.title AS title, t {.source, .quote, .start, .end, .note} AS evidence
ORDER BY role, t.source, t.start
