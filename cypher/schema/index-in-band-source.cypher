CREATE INDEX in_band_source IF NOT EXISTS FOR ()-[e:IN_BAND]-() ON (e.source)
