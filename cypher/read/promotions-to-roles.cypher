UNWIND $ids AS id
MATCH (a:Role)-[p:PROMOTES_TO]->(:Role {id: id})
MATCH (src:Source {id: p.source})
WITH id, p, a, src ORDER BY a.id, p.source
RETURN id AS key, collect(p {.source, .quote, .start, .end, .note, .kind, .track, from: a.id, to: id, roleNodes: [a {.id, .name}], sourceNode: src {.id, .title, .author, .publisher, .sha256}}) AS value
