UNWIND $rows AS m
MATCH (r:Role {id: m.role}), (s:Source {id: m.props.source})
MERGE (r)-[e:MENTIONED_IN {source: m.props.source, start: m.props.start}]->(s)
SET e += m.props
