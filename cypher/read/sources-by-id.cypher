UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s {.id, .title, .author, .publisher, .sha256, .text} AS source
