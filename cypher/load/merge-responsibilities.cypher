UNWIND $rows AS x
MATCH (r:Role {id: x.role})
MERGE (n:Responsibility {id: x.id})
ON CREATE SET n.text = x.props.quote
MERGE (r)-[e:RESPONSIBLE_FOR {source: x.props.source}]->(n)
SET e += x.props
