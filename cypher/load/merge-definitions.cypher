UNWIND $rows AS d
MATCH (r:Role {id: d.role}), (s:Source {id: d.props.source})
MERGE (r)-[e:DESCRIBED_BY {source: d.props.source}]->(s)
SET e += d.props
