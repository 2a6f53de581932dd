UNWIND $rows AS x
MATCH (a:Role {id: x.role}), (b:Role {id: x.other})
MERGE (a)-[e:RANKS_AGAINST {source: x.props.source, relation: x.props.relation}]->(b)
SET e += x.props
