// Each source's band claims, in reading order.
UNWIND $ids AS id
MATCH (r:Role)-[e:IN_BAND {source: id}]->(:Source)
WITH id, e, r ORDER BY e.start, r.id
RETURN id AS key, collect(e {.*, role: r.id}) AS value, collect(DISTINCT r {.id, .name}) AS roles
