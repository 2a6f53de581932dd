// Records the fingerprint of the seed/ folder just loaded, so a later start can tell it changed.
MERGE (m:SeedState {id: "seed"})
SET m.fingerprint = $fingerprint, m.fingerprintAt = datetime()
