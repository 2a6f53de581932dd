UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN id AS key, s {.id, .title, .author, .publisher, .sha256} AS value
