// Each source's SAME_AS and COEXISTS_WITH claims, as written (role -> other).
UNWIND $ids AS id
MATCH (a:Role)-[e:SAME_AS|COEXISTS_WITH {source: id}]->(b:Role)
WITH id, e, a, b ORDER BY a.id, b.id
RETURN id AS key,
       collect(e {.*, role: a.id, other: b.id, kind: CASE type(e) WHEN 'SAME_AS' THEN 'SAME_AS' ELSE 'MAY_COEXIST' END}) AS value
