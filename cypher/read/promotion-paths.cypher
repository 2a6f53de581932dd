// Every simple promotion path of at most {{maxSteps}} steps from $from to $to, walking only steps that at
// least $minSupport of the chosen $sources assert (and, with $track, that stay off the other track).
// {{maxSteps}} is not a parameter: a quantifier cannot take one, and a bound applied after the match
// does not limit the search, so the statement loader (src/db/cypher.ts, BOUNDS) writes an integer of
// the closed range 1 … LIMITS.maxSteps.max into the pattern, one text per allowed bound.
// One representative edge per step (the lowest source id) keeps parallel per-source edges from
// multiplying paths; the full set of asserting edges is collected per step afterwards.
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
  ){1,{{maxSteps}}} (b)
// At most $explore paths are explored (the search stops there); the answer reports how many were,
// so the caller can tell a complete answer from a cut one (a cut search always leaves paths: a walk
// from a to b contains a simple path no longer than itself).
// A path from or to another title leaves or arrives by a claim of a source joining that title to the end asked.
WITH x, y, p, aVia, bVia, head(x) AS x0, head(y) AS y0, last(x) AS xn, last(y) AS yn
WHERE (aVia IS NULL OR EXISTS { MATCH (x0)-[e0:PROMOTES_TO]->(y0) WHERE e0.source IN aVia })
  AND (bVia IS NULL OR EXISTS { MATCH (xn)-[en:PROMOTES_TO]->(yn) WHERE en.source IN bVia })
WITH x, y, [n IN nodes(p) | n.id] AS ids
LIMIT $explore
WITH collect({x: x, y: y, ids: ids}) AS found
UNWIND found AS f
WITH size(found) AS explored, f.x AS x, f.y AS y, f.ids AS ids
WHERE all(i IN range(0, size(ids) - 2) WHERE NOT ids[i] IN ids[i + 1..])
CALL (x, y) {
  UNWIND range(0, size(x) - 1) AS k
  WITH k, x[k] AS fromRole, y[k] AS toRole
  CALL (fromRole, toRole) {
    MATCH (fromRole)-[e:PROMOTES_TO]->(toRole)
    WHERE ($sources IS NULL OR e.source IN $sources)
      AND ($track IS NULL OR e.track IS NULL OR e.track = $track)
    WITH e ORDER BY e.source
    RETURN collect(e {.*, from: fromRole.id, to: toRole.id}) AS edges
  }
  WITH k, edges ORDER BY k
  RETURN collect(edges) AS steps
}
WITH explored, ids, steps, reduce(weakest = 1000000, s IN steps | CASE WHEN size(s) < weakest THEN size(s) ELSE weakest END) AS weakest
ORDER BY size(ids), weakest DESC, ids
LIMIT $first
// One row: the paths in order, then the roles and sources they cite, each once.
WITH collect({ids: ids, steps: steps}) AS paths, max(explored) AS explored
CALL (paths) {
  UNWIND paths AS path
  UNWIND path.ids AS id
  WITH DISTINCT id
  MATCH (r:Role {id: id})
  RETURN collect(r {.id, .name}) AS roles
}
CALL (paths) {
  UNWIND paths AS path
  UNWIND path.steps AS step
  UNWIND step AS claim
  WITH DISTINCT claim.source AS id
  MATCH (s:Source {id: id})
  RETURN collect(s {{sourceProjection}}) AS sources
}
CALL (sources) {
  // The identity claims of every source cited, as identities-by-source reads them: they prime its loader
  // for the grouping of each source's titles into source roles (src/domain/sourceRoles.ts).
  UNWIND sources AS cited
  MATCH (a:Role)-[e:SAME_AS|COEXISTS_WITH {source: cited.id}]->(b:Role)
  WITH e, a, b ORDER BY a.id, b.id
  RETURN collect(e {.*, role: a.id, other: b.id, kind: CASE type(e) WHEN 'SAME_AS' THEN 'SAME_AS' ELSE 'MAY_COEXIST' END}) AS sourceIdentities
}
RETURN paths, roles, sources, sourceIdentities, coalesce(explored, 0) AS explored
