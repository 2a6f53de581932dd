UNWIND $rows AS p
MATCH (a:Role {id: p.from}), (b:Role {id: p.to})
MERGE (a)-[e:PROMOTES_TO {source: p.props.source}]->(b)
SET e += p.props
