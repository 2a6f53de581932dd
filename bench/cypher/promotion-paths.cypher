// The @neo4j/graphql target's promotionPaths @cypher field (bench/neo4j-graphql/typeDefs.ts): the
// match, filters and order of laddergraph's cypher/read/promotion-paths.cypher (without its
// through-title ends and the nodes it returns to prime loaders), shaped in Cypher into the JSON
// laddergraph's promotionPaths answers, since the library has no path support and a @cypher field
// takes no bound from its arguments: {1,10}, then $maxSteps. The raw floor runs laddergraph's own.
MATCH (a:Role {id: $from}), (b:Role {id: $to})
MATCH p = (a) ((x)-[r:PROMOTES_TO]->(y)
    WHERE ($sources IS NULL OR r.source IN $sources)
      AND ($track IS NULL OR r.track IS NULL OR r.track = $track)
      AND NOT EXISTS {
        MATCH (x)-[r2:PROMOTES_TO]->(y)
        WHERE r2.source < r.source
          AND ($sources IS NULL OR r2.source IN $sources)
          AND ($track IS NULL OR r2.track IS NULL OR r2.track = $track)
      }
      AND COUNT {
        MATCH (x)-[r3:PROMOTES_TO]->(y)
        WHERE ($sources IS NULL OR r3.source IN $sources)
          AND ($track IS NULL OR r3.track IS NULL OR r3.track = $track)
      } >= $minSupport
      AND ($track IS NULL OR NOT EXISTS {
        MATCH (y)-[d:DESCRIBED_BY]->(:Source)
        WHERE d.track IS NOT NULL AND d.track <> $track AND ($sources IS NULL OR d.source IN $sources)
      })
  ){1,10} (b)
WITH x, y, nodes(p) AS roles
WHERE size(roles) - 1 <= $maxSteps AND all(i IN range(0, size(roles) - 2) WHERE NOT roles[i] IN roles[i + 1..])
CALL (x, y) {
  UNWIND range(0, size(x) - 1) AS k
  WITH k, x[k] AS fromRole, y[k] AS toRole
  CALL (fromRole, toRole) {
    MATCH (fromRole)-[e:PROMOTES_TO]->(toRole)
    WHERE ($sources IS NULL OR e.source IN $sources)
      AND ($track IS NULL OR e.track IS NULL OR e.track = $track)
    WITH e ORDER BY e.source
    RETURN collect(e.source) AS ids, collect({quote: e.quote, start: e.start, end: e.end, source: {id: e.source}}) AS evidence
  }
  WITH k, fromRole, toRole, ids, evidence ORDER BY k
  RETURN collect({from: {slug: fromRole.id}, to: {slug: toRole.id}, support: size(ids), ids: ids, evidence: evidence}) AS steps
}
WITH roles, steps, reduce(weakest = 1000000, s IN steps | CASE WHEN s.support < weakest THEN s.support ELSE weakest END) AS weakest
ORDER BY size(roles), weakest DESC, [n IN roles | n.id]
LIMIT $first
RETURN {
  length: size(steps),
  minSupport: weakest,
  roles: [n IN roles | {slug: n.id, name: n.name}],
  supportedByAll: [id IN reduce(common = head(steps).ids, s IN tail(steps) | [c IN common WHERE c IN s.ids]) | {id: id}],
  steps: [s IN steps | {from: s.from, to: s.to, support: s.support, sources: [id IN s.ids | {id: id}], evidence: s.evidence}]
} AS path
