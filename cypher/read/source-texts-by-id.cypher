UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN id AS key, s.text AS value
