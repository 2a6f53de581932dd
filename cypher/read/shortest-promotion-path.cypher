// The shortest promotion path from $from to $to over steps that at least $minSupport of the chosen
// $sources assert; among equally short paths, the best supported, then by role ids.
// Either end may be a title a chosen source joins to $from / $to (its SAME_AS): a path enters a role
// by one title and leaves by another. The service keeps such an end only with that source's claims.
MATCH (a0:Role {id: $from}), (b0:Role {id: $to})
CALL (a0) {
  MATCH (a0)-[sa:SAME_AS]-(t:Role) WHERE $sources IS NULL OR sa.source IN $sources
  RETURN t AS a, collect(sa.source) AS aVia
  UNION
  RETURN a0 AS a, null AS aVia
}
CALL (b0) {
  MATCH (b0)-[sb:SAME_AS]-(t:Role) WHERE $sources IS NULL OR sb.source IN $sources
  RETURN t AS b, collect(sb.source) AS bVia
  UNION
  RETURN b0 AS b, null AS bVia
}
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
// A path from or to another title leaves or arrives by a claim of a source joining that title to the end asked.
WITH x, y, p, aVia, bVia, head(x) AS x0, head(y) AS y0, last(x) AS xn, last(y) AS yn
WHERE (aVia IS NULL OR EXISTS { MATCH (x0)-[e0:PROMOTES_TO]->(y0) WHERE e0.source IN aVia })
  AND (bVia IS NULL OR EXISTS { MATCH (xn)-[en:PROMOTES_TO]->(yn) WHERE en.source IN bVia })
WITH x, y, [n IN nodes(p) | n.id] AS ids, [n IN nodes(p) | n {.id, .name}] AS roleNodes
CALL (x, y) {
  UNWIND range(0, size(x) - 1) AS k
  WITH k, x[k] AS fromRole, y[k] AS toRole
  CALL (fromRole, toRole) {
    MATCH (fromRole)-[e:PROMOTES_TO]->(toRole)
    WHERE $sources IS NULL OR e.source IN $sources
    MATCH (src:Source {id: e.source})
    WITH e, src ORDER BY e.source
    RETURN collect(e {.*, from: fromRole.id, to: toRole.id}) AS edges, collect(src {{sourceProjection}}) AS sources
  }
  WITH k, edges, sources ORDER BY k
  RETURN collect(edges) AS steps, reduce(acc = [], s IN collect(sources) | acc + s) AS sources
}
WITH ids, roleNodes, steps, sources, reduce(weakest = 1000000, s IN steps | CASE WHEN size(s) < weakest THEN size(s) ELSE weakest END) AS weakest
ORDER BY size(ids), weakest DESC, ids
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
