MATCH (r:Role)
RETURN r.id AS id
ORDER BY id
