// Each source's definitions in its ladder order, and the roles they define.
UNWIND $ids AS id
MATCH (r:Role)-[d:DESCRIBED_BY {source: id}]->(src:Source)
WITH id, d, r, src ORDER BY d.rank, r.id
RETURN id AS key, collect(d {.*, role: r.id}) AS value, collect(DISTINCT src {{sourceProjection}}) AS sources, collect(DISTINCT r {.id, .name}) AS roles
