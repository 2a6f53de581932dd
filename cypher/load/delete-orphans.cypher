// Nodes no claim refers to any more (after a source's claims were replaced).
MATCH (n)
WHERE (n:Role OR n:Skill OR n:Responsibility) AND NOT (n)--()
DELETE n
RETURN count(n) AS deleted
