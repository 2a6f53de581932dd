CREATE INDEX coexists_with_source IF NOT EXISTS FOR ()-[r:COEXISTS_WITH]-() ON (r.source)
