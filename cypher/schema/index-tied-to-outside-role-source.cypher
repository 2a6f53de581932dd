CREATE INDEX tied_to_outside_role_source IF NOT EXISTS FOR ()-[e:TIED_TO_OUTSIDE_ROLE]-() ON (e.source)
