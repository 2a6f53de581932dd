// Remembers that the seed was loaded into this database (once; later starts never re-seed it).
MERGE (m:SeedState {id: "seed"})
ON CREATE SET m.seededAt = datetime()
