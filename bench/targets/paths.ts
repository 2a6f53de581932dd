import type { Driver } from "neo4j-driver";
import { LIMITS } from "../../src/config/limits.ts";
import { promotionPaths } from "../../src/db/repositories/paths.ts";
import { distinctPaths, type PromotionPath, pathOf, throughTitles } from "../../src/domain/promotions.ts";
import { SourceRoles } from "../../src/domain/sourceRoles.ts";
import type { Track } from "../../src/domain/types.ts";

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

/**
 * `promotionPaths(from, to, maxSteps, sources, minSupport, track, first)` answered with laddergraph's
 * own path statement (cypher/read/promotion-paths.cypher, with the bound its loader writes for
 * `maxSteps`) through its repository, on `driver` (configured as laddergraph configures it), made
 * into paths by its domain rules: the raw floor's handler, and the resolver a user of @neo4j/graphql
 * writes for a root field the library cannot generate (a @cypher field cannot take the bound).
 */
export async function answerPaths(driver: Driver, v: Record<string, unknown>) {
  const from = String(v.from);
  const to = String(v.to);
  const minSupport = Number(v.minSupport ?? 1);
  const found = await promotionPaths({ driver, database: undefined, txTimeoutMs: 10_000, stats: { cypherQueries: 0 } }, from, to, {
    sources: (v.sources as string[] | null | undefined) ?? null,
    minSupport,
    track: (v.track as Track | null | undefined) ?? null,
    maxSteps: Number(v.maxSteps ?? LIMITS.maxSteps.default),
    first: Number(v.first ?? LIMITS.pathsFirst.default),
    explore: LIMITS.pathsExplored,
  });
  return pathsJson(from, to, minSupport, found);
}
