// The graph's current data version (null when the graph has none: then nothing is served from a cache).
OPTIONAL MATCH (v:DataVersion {id: 'graph'})
RETURN v.version AS version
