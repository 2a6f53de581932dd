UNWIND $ids AS id
MATCH (r:Role)-[d:DESCRIBED_BY {source: id}]->(:Source)
WITH id, d, r ORDER BY d.rank, r.id
RETURN id AS key, collect(d {.*, role: r.id}) AS value
