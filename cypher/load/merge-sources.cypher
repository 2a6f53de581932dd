UNWIND $sources AS s
MERGE (n:Source {id: s.id})
SET n.title = s.title, n.author = s.author, n.publisher = s.publisher, n.sha256 = s.sha256, n.text = s.text
