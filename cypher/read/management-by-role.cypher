// What each source says about each role's people management (MANAGEMENT_SCOPE), in reading order.
UNWIND $ids AS id
MATCH (:Role {id: id})-[e:MANAGEMENT_SCOPE]->(:Source)
WITH id, e ORDER BY e.source, e.start, e.scope
RETURN id AS key, collect(e {.*, role: id}) AS value
