// The readiness signs each source lists for a step up from each role (READINESS_SIGNAL), in reading order.
UNWIND $ids AS id
MATCH (:Role {id: id})-[e:READINESS_SIGNAL]->(b:Role)
WITH id, e, b ORDER BY b.id, e.source, e.start
RETURN id AS key, collect(e {.*, from: id, to: b.id}) AS value
