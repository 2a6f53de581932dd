// The bands each source puts each role in (IN_BAND), in reading order.
UNWIND $ids AS id
MATCH (:Role {id: id})-[e:IN_BAND]->(:Source)
WITH id, e ORDER BY e.source, e.start
RETURN id AS key, collect(e {.*, role: id}) AS value
