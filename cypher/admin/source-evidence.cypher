// What is stored for source $id, read back inside the transaction that wrote it: the text and
// every claim's properties (quotes and offsets), to check that they agree before committing.
MATCH (s:Source {id: $id})
OPTIONAL MATCH ()-[r]->()
WHERE r.source = $id
RETURN s.text AS text, s.sha256 AS sha256, collect(properties(r)) AS claims
