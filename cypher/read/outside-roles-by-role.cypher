// Ties between a ladder role and a role outside the ladder (TIED_TO_OUTSIDE_ROLE), from either end.
UNWIND $ids AS id
MATCH (:Role {id: id})-[e:TIED_TO_OUTSIDE_ROLE]-(:Role)
WITH id, e, startNode(e) AS a, endNode(e) AS b ORDER BY e.source, e.start, a.id, b.id
RETURN id AS key, collect(e {.*, role: a.id, outsider: b.id}) AS value, collect(DISTINCT a {.id, .name}) + collect(DISTINCT b {.id, .name}) AS roles
