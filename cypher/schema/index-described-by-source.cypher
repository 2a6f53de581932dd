CREATE INDEX described_by_source IF NOT EXISTS FOR ()-[r:DESCRIBED_BY]-() ON (r.source)
