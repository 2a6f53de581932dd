// Each source's ties between ladder roles and roles outside the ladder, in reading order.
UNWIND $ids AS id
MATCH (a:Role)-[e:TIED_TO_OUTSIDE_ROLE {source: id}]->(b:Role)
WITH id, e, a, b ORDER BY e.start, a.id, b.id
RETURN id AS key, collect(e {.*, role: a.id, outsider: b.id}) AS value
