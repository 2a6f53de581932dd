import type { BandClaim } from "../claims/band.ts";
import type { ReadinessClaim } from "../claims/readiness.ts";
import type { RankRelation, RelativeRankClaim } from "../claims/relativeRank.ts";
import type { Context } from "../context.ts";
import type { PromotionEdge } from "../domain/promotions.ts";
import { ofRole, roleAcrossTitles, sourceRolesOf } from "./sourceRoles.ts";

/** Keeps the claims of the given sources (all when `sources` is absent). */
export function ofSources<C extends { source: string }>(claims: readonly C[], sources: readonly string[] | null | undefined): C[] {
  if (sources == null) return [...claims];
  const allowed = new Set(sources);
  return claims.filter((c) => allowed.has(c.source));
}

const INVERSE: Record<RankRelation, RankRelation> = { EQUAL: "EQUAL", ABOVE: "BELOW", BELOW: "ABOVE" };

/** A role's relative-rank claims read from its side: "X is below R" becomes "R is above X". */
export async function relativeRanksOf(ctx: Context, role: string, sources?: readonly string[] | null): Promise<RelativeRankClaim[]> {
  const claims = ofSources(await ctx.loaders.claims.relativeRanks.byRole.load(role), sources);
  return claims.map((c) => (c.role === role ? c : { ...c, role, other: c.role, relation: INVERSE[c.relation] }));
}

/** The bands a source gives the roles of one rung of its ladder. */
export async function bandsOfRung(ctx: Context, source: string, roles: readonly string[]): Promise<BandClaim[]> {
  const wanted = new Set(roles);
  return (await ctx.loaders.claims.bands.bySource.load(source)).filter((b) => wanted.has(b.role));
}

/**
 * Readiness signs, each once: a source that lists one sign under two titles it joins (001 lists
 * each sign for the associate and for the junior product manager) lists it once, under the
 * headings of its source roles.
 */
export async function distinctReadiness(ctx: Context, claims: readonly ReadinessClaim[]): Promise<ReadinessClaim[]> {
  const roles = await sourceRolesOf(ctx, [...new Set(claims.map((c) => c.source))]);
  const seen = new Map<string, ReadinessClaim>();
  for (const c of claims) {
    const from = roles.key(c.source, c.from);
    const to = roles.key(c.source, c.to);
    const key = JSON.stringify([c.source, from, to, c.evidence.start, c.evidence.end]);
    if (!seen.has(key)) seen.set(key, { ...c, from, to });
  }
  return [...seen.values()];
}

/** The readiness signs a role's sources list for steps up from it, under every title a source joins to it. */
export async function readinessFromRole(ctx: Context, role: string, sources?: readonly string[] | null): Promise<ReadinessClaim[]> {
  const { roles, titles } = await roleAcrossTitles(ctx, role);
  const lists = await ctx.loaders.claims.readiness.fromRole.loadMany(titles);
  const claims = lists.flatMap((list) => {
    if (list instanceof Error) throw list;
    return list;
  });
  return (
    await distinctReadiness(
      ctx,
      ofSources(
        ofRole(claims, role, roles, (c) => c.from),
        sources,
      ),
    )
  ).map((c) => ({ ...c, from: role }));
}

/** The readiness signs for one step: signs for any of its titles at either end, where their own source joins them to the step's roles. */
export async function readinessOfStep(ctx: Context, edge: PromotionEdge, sources?: readonly string[] | null): Promise<ReadinessClaim[]> {
  const fromTitles = [...new Set([...edge.fromRoles, ...edge.claims.map((c) => c.from)])];
  const lists = await ctx.loaders.claims.readiness.fromRole.loadMany(fromTitles);
  const claims = lists.flatMap((list) => {
    if (list instanceof Error) throw list;
    return list;
  });
  const roles = await sourceRolesOf(ctx, [...new Set(claims.map((c) => c.source))]);
  const toRoles = new Set([...edge.toRoles, ...edge.claims.map((c) => c.to)]);
  const about = claims.filter(
    (c) => roles.same(c.source, c.from, edge.from) || edge.claims.some((p) => p.source === c.source && p.from === c.from),
  );
  // A sign for a step its source asserts: the edge's sources only.
  const onStep = about.filter((c) => edge.sources.includes(c.source) && (toRoles.has(c.to) || roles.same(c.source, c.to, edge.to)));
  return (await distinctReadiness(ctx, ofSources(onStep, sources))).map((c) => ({ ...c, from: edge.from, to: edge.to }));
}
