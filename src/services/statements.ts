import type { BandClaim } from "../claims/band.ts";
import type { RankRelation, RelativeRankClaim } from "../claims/relativeRank.ts";
import type { Context } from "../context.ts";

/** Keeps the claims of the given sources (all when `sources` is absent). */
export function ofSources<C extends { source: string }>(claims: readonly C[], sources: readonly string[] | null | undefined): C[] {
  if (sources == null) return [...claims];
  const allowed = new Set(sources);
  return claims.filter((c) => allowed.has(c.source));
}

const INVERSE: Record<RankRelation, RankRelation> = { EQUAL: "EQUAL", ABOVE: "BELOW", BELOW: "ABOVE" };

/** A role's relative-rank claims read from its side: "X is below R" becomes "R is above X". */
export async function relativeRanksOf(ctx: Context, role: string, sources?: readonly string[] | null): Promise<RelativeRankClaim[]> {
  const claims = ofSources(await ctx.loaders.relativeRanksByRole.load(role), sources);
  return claims.map((c) => (c.role === role ? c : { ...c, role, other: c.role, relation: INVERSE[c.relation] }));
}

/** The bands a source gives the roles of one rung of its ladder. */
export async function bandsOfRung(ctx: Context, source: string, roles: readonly string[]): Promise<BandClaim[]> {
  const wanted = new Set(roles);
  return (await ctx.loaders.bandsBySource.load(source)).filter((b) => wanted.has(b.role));
}
