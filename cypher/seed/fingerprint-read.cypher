// The fingerprint of the seed/ folder last loaded into this database (null when none was recorded).
OPTIONAL MATCH (m:SeedState {id: "seed"})
RETURN m.fingerprint AS fingerprint
