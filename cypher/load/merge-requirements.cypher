UNWIND $rows AS x
MATCH (r:Role {id: x.role}), (k:Skill {id: x.skill})
MERGE (r)-[e:REQUIRES {source: x.props.source}]->(k)
SET e += x.props
