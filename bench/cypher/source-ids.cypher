// Every source in the graph: what the benchmark removes (with removeSources) before loading the next corpus.
MATCH (s:Source)
RETURN s.id AS id
ORDER BY id
