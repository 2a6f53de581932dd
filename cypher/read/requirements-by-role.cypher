// The skills each role requires (REQUIRES), one claim per source.
UNWIND $ids AS id
MATCH (:Role {id: id})-[q:REQUIRES]->(k:Skill)
WITH id, q, k ORDER BY k.id, q.source
RETURN id AS key, collect(q {.*, role: id, skill: k.id}) AS value
