CREATE INDEX named_in_source IF NOT EXISTS FOR ()-[r:NAMED_IN]-() ON (r.source)
