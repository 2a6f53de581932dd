CREATE INDEX ranks_against_source IF NOT EXISTS FOR ()-[e:RANKS_AGAINST]-() ON (e.source)
