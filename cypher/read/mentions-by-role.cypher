UNWIND $ids AS id
MATCH (r:Role {id: id})-[m:MENTIONED_IN]->(:Source)
WITH id, m ORDER BY m.source, m.start
RETURN id AS key, collect(m {.source, .quote, .start, .end, .note, .title, role: id}) AS value
