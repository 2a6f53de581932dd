// /ready: the most trivial read there is; it answers only when Neo4j really executes queries.
RETURN 1 AS ok
