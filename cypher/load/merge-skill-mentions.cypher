// Skills an article names without tying them to a role.
UNWIND $rows AS x
MATCH (k:Skill {id: x.skill}), (s:Source {id: x.props.source})
MERGE (k)-[e:NAMED_IN {source: x.props.source}]->(s)
SET e += x.props
