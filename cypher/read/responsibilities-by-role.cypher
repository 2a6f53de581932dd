UNWIND $ids AS id
MATCH (:Role {id: id})-[e:RESPONSIBLE_FOR]->(x:Responsibility)
WITH id, e, x ORDER BY e.source, e.start
RETURN id AS key, collect(e {.source, .quote, .start, .end, .note, role: id, responsibility: x.id, text: x.text}) AS value
