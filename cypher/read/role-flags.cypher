// Whether each role is outside the product ladder (a catalogue flag: the chief executive…).
UNWIND $ids AS id
MATCH (r:Role {id: id})
RETURN id AS key, coalesce(r.outsideLadder, false) AS value
