// Claims $id for this write transaction. Under the unique constraint on Source.id a second
// writer's CREATE waits for the first to finish and then fails: it cannot join the first's source.
CREATE (s:Source {id: $id})
RETURN s.id AS id
