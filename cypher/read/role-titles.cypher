// Every title any source writes for any role (definitions and mentions), for title resolution.
MATCH (r:Role)-[t:DESCRIBED_BY|MENTIONED_IN]->(:Source)
RETURN r.id AS role, r.name AS name, t.title AS title, t {.source, .quote, .start, .end, .note} AS evidence
ORDER BY role, t.source, t.start
