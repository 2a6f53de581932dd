CREATE INDEX denies_step_source IF NOT EXISTS FOR ()-[r:DENIES_STEP]-() ON (r.source)
