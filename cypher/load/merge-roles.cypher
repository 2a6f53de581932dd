UNWIND $roles AS r
MERGE (n:Role {id: r.id})
SET n.name = r.name, n.outsideLadder = CASE WHEN r.outsideLadder THEN true ELSE null END
