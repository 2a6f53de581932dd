CREATE INDEX management_scope_source IF NOT EXISTS FOR ()-[e:MANAGEMENT_SCOPE]-() ON (e.source)
