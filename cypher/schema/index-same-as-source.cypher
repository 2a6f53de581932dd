CREATE INDEX same_as_source IF NOT EXISTS FOR ()-[r:SAME_AS]-() ON (r.source)
