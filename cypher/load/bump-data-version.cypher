// The graph's data version: a new random token in the same write transaction as every change to
// the claims (load, addSource, removeSource, the seed CLI). Response caches key on it; a random
// token (not a counter) cannot come back after the graph is emptied and loaded again.
MERGE (v:DataVersion {id: 'graph'})
SET v.version = randomUUID(), v.changedAt = datetime()
RETURN v.version AS version
