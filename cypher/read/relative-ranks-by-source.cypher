// Each source's relative-rank claims, as written, in reading order.
UNWIND $ids AS id
MATCH (a:Role)-[e:RANKS_AGAINST {source: id}]->(b:Role)
WITH id, e, a, b ORDER BY e.start, a.id, b.id
RETURN id AS key, collect(e {.*, role: a.id, other: b.id}) AS value
