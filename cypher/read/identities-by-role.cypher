// SAME_AS and COEXISTS_WITH claims touching each role, in either direction (`role` is the role asked about).
UNWIND $ids AS id
MATCH (:Role {id: id})-[e:SAME_AS|COEXISTS_WITH]-(o:Role)
WITH id, e, o ORDER BY o.id, e.source
RETURN id AS key,
       collect(e {.*, role: id, other: o.id, kind: CASE type(e) WHEN 'SAME_AS' THEN 'SAME_AS' ELSE 'MAY_COEXIST' END}) AS value,
       collect(DISTINCT o {.id, .name}) AS roles
