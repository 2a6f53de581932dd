// Each role's mentions in passing (MENTIONED_IN), in reading order per source.
UNWIND $ids AS id
MATCH (r:Role {id: id})-[m:MENTIONED_IN]->(:Source)
WITH id, m ORDER BY m.source, m.start
RETURN id AS key, collect(m {.*, role: id}) AS value
