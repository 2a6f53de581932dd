// The roles one step up from $from, each with the claims of the sources that assert the step.
MATCH (:Role {id: $from})-[e:PROMOTES_TO]->(b:Role)
WHERE $sources IS NULL OR e.source IN $sources
MATCH (src:Source {id: e.source})
WITH b, e, src ORDER BY e.source
WITH b, collect(e {.*, from: $from, to: b.id}) AS edges, collect(src {.id, .title, .author, .publisher, .sha256}) AS sources
WHERE size(edges) >= $minSupport
RETURN b.id AS to, edges, sources, [b {.id, .name}] AS roles
ORDER BY size(edges) DESC, to
