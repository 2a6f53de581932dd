CREATE INDEX promotes_to_source IF NOT EXISTS FOR ()-[r:PROMOTES_TO]-() ON (r.source)
