// The shortest promotion path from $from to $to over steps that at least $minSupport of the chosen
// $sources assert; among equally short paths, the best supported, then by role ids.
MATCH (a:Role {id: $from}), (b:Role {id: $to})
MATCH p = ALL SHORTEST (a) ((x)-[r:PROMOTES_TO]->(y)
    WHERE ($sources IS NULL OR r.source IN $sources)
      AND NOT EXISTS {
        MATCH (x)-[r2:PROMOTES_TO]->(y)
        WHERE r2.source < r.source AND ($sources IS NULL OR r2.source IN $sources)
      }
      AND COUNT {
        MATCH (x)-[r3:PROMOTES_TO]->(y)
        WHERE $sources IS NULL OR r3.source IN $sources
      } >= $minSupport
  )+ (b)
WITH x, y, [n IN nodes(p) | n.id] AS ids, [n IN nodes(p) | n {.id, .name}] AS roleNodes
CALL (x, y) {
  UNWIND range(0, size(x) - 1) AS k
  WITH k, x[k] AS fromRole, y[k] AS toRole
  CALL (fromRole, toRole) {
    MATCH (fromRole)-[e:PROMOTES_TO]->(toRole)
    WHERE $sources IS NULL OR e.source IN $sources
    MATCH (src:Source {id: e.source})
    WITH e, src ORDER BY e.source
    RETURN collect(e {.*, from: fromRole.id, to: toRole.id}) AS edges, collect(src {.id, .title, .author, .publisher, .sha256}) AS sources
  }
  WITH k, edges, sources ORDER BY k
  RETURN collect(edges) AS steps, reduce(acc = [], s IN collect(sources) | acc + s) AS sources
}
WITH ids, roleNodes, steps, sources, reduce(weakest = 1000000, s IN steps | CASE WHEN size(s) < weakest THEN size(s) ELSE weakest END) AS weakest
ORDER BY weakest DESC, ids
LIMIT 1
CALL (sources) {
  // The identity claims of every source cited, as identities-by-source reads them: they prime its loader
  // for the grouping of each source's titles into source roles (src/domain/sourceRoles.ts).
  UNWIND sources AS cited
  MATCH (a:Role)-[e:SAME_AS|COEXISTS_WITH {source: cited.id}]->(b:Role)
  WITH e, a, b ORDER BY a.id, b.id
  RETURN collect(e {.*, role: a.id, other: b.id, kind: CASE type(e) WHEN 'SAME_AS' THEN 'SAME_AS' ELSE 'MAY_COEXIST' END}) AS sourceIdentities
}
RETURN ids, roleNodes AS roles, steps, sources, sourceIdentities
