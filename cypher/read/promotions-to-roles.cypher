UNWIND $ids AS id
MATCH (a:Role)-[p:PROMOTES_TO]->(:Role {id: id})
WITH id, p, a ORDER BY a.id, p.source
RETURN id AS key, collect(p {.source, .quote, .start, .end, .note, .kind, .track, from: a.id, to: id}) AS value
