CREATE INDEX readiness_signal_source IF NOT EXISTS FOR ()-[r:READINESS_SIGNAL]-() ON (r.source)
