// Each source's readiness signs, in reading order.
UNWIND $ids AS id
MATCH (a:Role)-[e:READINESS_SIGNAL {source: id}]->(b:Role)
WITH id, e, a, b ORDER BY e.start, a.id, b.id
RETURN id AS key, collect(e {.*, from: a.id, to: b.id}) AS value
