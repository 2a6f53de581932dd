MATCH (s:Source)
RETURN s {{sourceProjection}} AS source
ORDER BY s.id
