UNWIND $rows AS x
MATCH (r:Role {id: x.role}), (s:Source {id: x.props.source})
MERGE (r)-[e:MANAGEMENT_SCOPE {source: x.props.source, start: x.props.start, scope: x.props.scope}]->(s)
SET e += x.props
