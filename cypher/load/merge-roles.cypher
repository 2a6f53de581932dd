UNWIND $roles AS r
MERGE (n:Role {id: r.id})
SET n.name = r.name
