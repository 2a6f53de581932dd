// Every title any source writes for any role, for title resolution.
MATCH (r:Role)-[t:DESCRIBED_BY|MENTIONED_IN]->(:Source)
RETURN r.id AS role, r.name AS name, t.title AS title, t.source AS source, t.quote AS quote, t.start AS start, t.end AS end
ORDER BY role, source, start
