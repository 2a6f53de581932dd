import type { promotionPaths } from "../../src/db/repositories/paths.ts";
import { distinctPaths, type PromotionPath, pathOf, throughTitles } from "../../src/domain/promotions.ts";
import { SourceRoles } from "../../src/domain/sourceRoles.ts";

/**
 * The raw floor's promotion paths: the one row of laddergraph's own path statement, made into paths
 * by laddergraph's domain rules (a path through another title keeps only the claims of the sources
 * joining it; one path per source-role path), as its API answers
 * `promotionPaths { length minSupport roles { slug name } supportedByAll { id } steps { … evidence { … } } }`.
 */
export function pathsJson(from: string, to: string, minSupport: number, found: Awaited<ReturnType<typeof promotionPaths>>) {
  const roles = new SourceRoles(found.nodes.sourceIdentities ?? []);
  const names = new Map(found.nodes.roles.map((r) => [r.id, r.name]));
  const paths: PromotionPath[] = distinctPaths(
    found.paths.flatMap((p) => throughTitles(p, from, to, roles, minSupport) ?? []).map((p) => pathOf(p.ids, p.steps, roles)),
    roles,
  );
  return paths.map((p) => ({
    length: p.steps.length,
    minSupport: p.minSupport,
    roles: p.roles.map((id) => ({ slug: id, name: names.get(id) })),
    supportedByAll: p.supportedByAll.map((id) => ({ id })),
    steps: p.steps.map((s) => ({
      from: { slug: s.from },
      to: { slug: s.to },
      support: s.support,
      sources: s.sources.map((id) => ({ id })),
      evidence: s.claims.map((c) => ({
        quote: c.evidence.quote,
        start: c.evidence.start,
        end: c.evidence.end,
        source: { id: c.evidence.source },
      })),
    })),
  }));
}
