UNWIND $rows AS x
MATCH (a:Role {id: x.from}), (b:Role {id: x.to})
MERGE (a)-[e:READINESS_SIGNAL {source: x.props.source, start: x.props.start}]->(b)
SET e += x.props
