UNWIND $ids AS id
MATCH (:Role {id: id})-[p:PROMOTES_TO]->(b:Role)
WITH id, p, b ORDER BY b.id, p.source
RETURN id AS key, collect(p {.source, .quote, .start, .end, .note, .kind, .track, from: id, to: b.id}) AS value
