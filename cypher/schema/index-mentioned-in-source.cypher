CREATE INDEX mentioned_in_source IF NOT EXISTS FOR ()-[r:MENTIONED_IN]-() ON (r.source)
