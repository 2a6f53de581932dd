UNWIND $rows AS x
MATCH (a:Role {id: x.role}), (b:Role {id: x.other})
MERGE (a)-[e:COEXISTS_WITH {source: x.props.source}]->(b)
SET e += x.props
