// Removes sources themselves (their claims go first, through delete-source-claims).
UNWIND $sourceIds AS sid
MATCH (s:Source {id: sid})
DETACH DELETE s
