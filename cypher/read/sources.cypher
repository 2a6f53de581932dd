MATCH (s:Source)
RETURN s {.id, .title, .author, .publisher, .sha256} AS source
ORDER BY s.id
