UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN id AS key, s {{sourceProjection}} AS value
