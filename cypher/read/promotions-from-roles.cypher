UNWIND $ids AS id
MATCH (:Role {id: id})-[p:PROMOTES_TO]->(b:Role)
MATCH (src:Source {id: p.source})
WITH id, p, b, src ORDER BY b.id, p.source
RETURN id AS key, collect(p {.source, .quote, .start, .end, .note, .kind, .track, from: id, to: b.id, roleNodes: [b {.id, .name}], sourceNode: src {.id, .title, .author, .publisher, .sha256}}) AS value
