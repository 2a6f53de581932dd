// The promotion claims into each role, the roles they come from and the sources asserting them.
UNWIND $ids AS id
MATCH (a:Role)-[p:PROMOTES_TO]->(:Role {id: id})
MATCH (src:Source {id: p.source})
WITH id, p, a, src ORDER BY a.id, p.source
RETURN id AS key, collect(p {.*, from: a.id, to: id}) AS value, collect(DISTINCT a {.id, .name}) AS roles, collect(DISTINCT src {.id, .title, .author, .publisher, .sha256}) AS sources
