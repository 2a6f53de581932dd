CREATE INDEX responsible_for_source IF NOT EXISTS FOR ()-[r:RESPONSIBLE_FOR]-() ON (r.source)
