UNWIND $ids AS id
MATCH (k:Skill {id: id})
RETURN id AS key, k {.id, .name, .kind} AS value
