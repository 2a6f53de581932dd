UNWIND $rows AS x
MATCH (a:Role {id: x.role}), (b:Role {id: x.other})
MERGE (a)-[e:SAME_AS {source: x.props.source}]->(b)
SET e += x.props
