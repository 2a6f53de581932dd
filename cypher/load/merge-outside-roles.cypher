UNWIND $rows AS x
MATCH (a:Role {id: x.role}), (b:Role {id: x.outsider})
MERGE (a)-[e:TIED_TO_OUTSIDE_ROLE {source: x.props.source, relation: x.props.relation}]->(b)
SET e += x.props
