// The promotion claims out of each role, the roles they reach and the sources asserting them.
UNWIND $ids AS id
MATCH (:Role {id: id})-[p:PROMOTES_TO]->(b:Role)
MATCH (src:Source {id: p.source})
WITH id, p, b, src ORDER BY b.id, p.source
RETURN id AS key, collect(p {.*, from: id, to: b.id}) AS value, collect(DISTINCT b {.id, .name}) AS roles, collect(DISTINCT src {.id, .title, .author, .publisher, .sha256}) AS sources
