CREATE INDEX requires_source IF NOT EXISTS FOR ()-[r:REQUIRES]-() ON (r.source)
