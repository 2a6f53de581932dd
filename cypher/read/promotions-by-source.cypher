UNWIND $ids AS id
MATCH (a:Role)-[p:PROMOTES_TO {source: id}]->(b:Role)
WITH id, p, a, b ORDER BY a.id, b.id
RETURN id AS key, collect(p {.source, .quote, .start, .end, .note, .kind, .track, from: a.id, to: b.id, roleNodes: [a {.id, .name}, b {.id, .name}]}) AS value
