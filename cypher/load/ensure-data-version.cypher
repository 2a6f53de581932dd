// Gives a graph loaded before data versions existed a version, once (start-up); never changes one.
MERGE (v:DataVersion {id: 'graph'})
ON CREATE SET v.version = randomUUID(), v.changedAt = datetime()
RETURN v.version AS version
