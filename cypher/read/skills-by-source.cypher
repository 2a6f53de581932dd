// Every skill each source names, tied to a role (REQUIRES) or to none (NAMED_IN), in reading order.
UNWIND $ids AS id
CALL (id) {
  MATCH (r:Role)-[q:REQUIRES {source: id}]->(k:Skill)
  RETURN q, r.id AS role, k.id AS skill
  UNION
  MATCH (k:Skill)-[q:NAMED_IN {source: id}]->(:Source)
  RETURN q, null AS role, k.id AS skill
}
WITH id, q, role, skill ORDER BY q.start, skill, role
RETURN id AS key, collect(q {.*, role: role, skill: skill}) AS value
