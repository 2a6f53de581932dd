// Steps an article says do not happen: (Source)-[:DENIES_STEP {from}]->(the role not reached).
UNWIND $rows AS x
MATCH (s:Source {id: x.props.source}), (b:Role {id: x.to})
MERGE (s)-[e:DENIES_STEP {source: x.props.source, start: x.props.start}]->(b)
SET e += x.props
