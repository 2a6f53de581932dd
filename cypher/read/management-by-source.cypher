// Each source's management-scope claims, in reading order.
UNWIND $ids AS id
MATCH (r:Role)-[e:MANAGEMENT_SCOPE {source: id}]->(:Source)
WITH id, e, r ORDER BY e.start, r.id, e.scope
RETURN id AS key, collect(e {.*, role: r.id}) AS value, collect(DISTINCT r {.id, .name}) AS roles
