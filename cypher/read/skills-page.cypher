MATCH (k:Skill)
RETURN k {.id, .name, .kind} AS skill
ORDER BY k.name
SKIP $offset
LIMIT $limit
