// Each source's skill claims: skills it ties to a role (REQUIRES) and skills it names without one
// (NAMED_IN), by skill, then role; and the skills and roles they name.
UNWIND $ids AS id
CALL (id) {
  MATCH (r:Role)-[q:REQUIRES {source: id}]->(k:Skill)
  RETURN q {.*, role: r.id, skill: k.id} AS claim, k, [r {.id, .name}] AS role
  UNION ALL
  MATCH (k:Skill)-[q:NAMED_IN {source: id}]->(:Source)
  RETURN q {.*, role: null, skill: k.id} AS claim, k, [] AS role
}
WITH id, claim, k, role ORDER BY claim.skill, coalesce(claim.role, ''), claim.start
RETURN id AS key, collect(claim) AS value, collect(DISTINCT k {.id, .name, .kind}) AS skills,
       reduce(acc = [], r IN collect(role) | acc + r) AS roles
