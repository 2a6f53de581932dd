// The responsibilities each role is given (RESPONSIBLE_FOR), in reading order per source.
UNWIND $ids AS id
MATCH (:Role {id: id})-[e:RESPONSIBLE_FOR]->(x:Responsibility)
WITH id, e, x ORDER BY e.source, e.start
RETURN id AS key, collect(e {.*, role: id, responsibility: x.id, text: x.text}) AS value
