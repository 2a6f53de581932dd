// Each role's definitions (DESCRIBED_BY), one per source, and the sources they cite.
UNWIND $ids AS id
MATCH (r:Role {id: id})-[d:DESCRIBED_BY]->(src:Source)
WITH id, d, src ORDER BY d.source
RETURN id AS key, collect(d {.*, role: id}) AS value, collect(DISTINCT src {{sourceProjection}}) AS sources
