UNWIND $skills AS k
MERGE (n:Skill {id: k.id})
SET n.name = k.name, n.kind = k.kind
