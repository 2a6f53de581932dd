UNWIND $rows AS x
MATCH (r:Role {id: x.role}), (s:Source {id: x.props.source})
MERGE (r)-[e:IN_BAND {source: x.props.source, start: x.props.start, level: x.props.level}]->(s)
SET e += x.props
