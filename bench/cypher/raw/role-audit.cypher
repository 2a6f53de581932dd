// The raw floor's role audit binds the role as `this`; bench/cypher/audit-claims.cypher follows.
MATCH (this:Role {id: $id})
