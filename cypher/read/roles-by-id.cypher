UNWIND $ids AS id
MATCH (r:Role {id: id})
RETURN id AS key, r {.id, .name} AS value
