UNWIND $ids AS id
MATCH (r:Role {id: id})-[d:DESCRIBED_BY]->(:Source)
WITH id, d ORDER BY d.source
RETURN id AS key, collect(d {.*, role: id}) AS value
