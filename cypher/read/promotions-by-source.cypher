// Each source's promotion claims, and the roles at both ends.
UNWIND $ids AS id
MATCH (a:Role)-[p:PROMOTES_TO {source: id}]->(b:Role)
WITH id, p, a, b ORDER BY a.id, b.id
RETURN id AS key, collect(p {.*, from: a.id, to: b.id}) AS value, collect(DISTINCT a {.id, .name}) + collect(DISTINCT b {.id, .name}) AS roles
