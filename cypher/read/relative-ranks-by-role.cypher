// Relative-rank claims naming each role, first or second, as written (role RANKS_AGAINST other).
UNWIND $ids AS id
MATCH (:Role {id: id})-[e:RANKS_AGAINST]-(:Role)
WITH id, e, startNode(e) AS a, endNode(e) AS b ORDER BY e.source, e.start, a.id, b.id
RETURN id AS key, collect(e {.*, role: a.id, other: b.id}) AS value, collect(DISTINCT a {.id, .name}) + collect(DISTINCT b {.id, .name}) AS roles
