import type { PromotionClaim } from "../claims/promotion.ts";
import type { Context } from "../context.ts";
import * as repo from "../db/repositories/paths.ts";
import { listSources } from "../db/repositories/sources.ts";
import { distinctPaths, groupEdges, type PromotionEdge, type PromotionPath, pathOf, throughTitles } from "../domain/promotions.ts";
import { distinctSorted } from "../domain/sorting.ts";
import type { Track } from "../domain/types.ts";
import { LimitExceededError } from "../errors.ts";
import { primeNodes } from "../loaders/index.ts";
import { LIMITS, type PathQuery, type PathsQuery, type StepFilter } from "./args.ts";
import { requireRoles } from "./lookup.ts";
import { stepClaimsOf } from "./roles.ts";
import type { EmptyReason } from "./shapes.ts";
import { roleAcrossTitles, sourceRolesOf } from "./sourceRoles.ts";

/**
 * The roles one step up from `from`, one per source-role step: a source's steps out of another
 * title it joins to `from` (SAME_AS) are its steps out of `from`, and the titles it joins at the far
 * end are one next role (`toRoles`).
 */
export async function nextRoles(ctx: Context, from: string, filter: StepFilter): Promise<PromotionEdge[]> {
  return (await nextRoleSearch(ctx, from, filter)).steps;
}

/** `nextRoles` with the reason an empty answer is empty. */
export async function nextRoleSearch(
  ctx: Context,
  from: string,
  { sources, minSupport }: StepFilter,
): Promise<{ steps: PromotionEdge[]; emptyBecause: EmptyReason | null }> {
  const { claims, roles } = await stepClaimsOf(ctx, from, "up");
  const steps = groupEdges(claims, { sources, minSupport }, roles, { from });
  if (steps.length > 0) return { steps, emptyBecause: null };
  await requireRoles(ctx, { from });
  return { steps, emptyBecause: whyNoStep(claims, sources, minSupport, from) };
}

export async function promotionPaths(ctx: Context, args: PathsQuery): Promise<PromotionPath[]> {
  const { maxSteps } = args;
  const {
    paths: raw,
    nodes,
    explored,
  } = await repo.promotionPaths(ctx.scope, args.from, args.to, {
    sources: args.sources,
    minSupport: args.minSupport,
    track: args.track,
    maxSteps,
    first: args.first,
    explore: LIMITS.pathsExplored,
  });
  if (explored >= LIMITS.pathsExplored) {
    throw new LimitExceededError(
      `the search stopped after ${LIMITS.pathsExplored} candidate paths of at most ${maxSteps} steps, so the answer would be incomplete: ask for fewer maxSteps, or narrow it with sources, minSupport or track`,
      { limit: LIMITS.pathsExplored },
    );
  }
  if (raw.length === 0) await requireRoles(ctx, { from: args.from, to: args.to });
  primeNodes(ctx.loaders, nodes);
  const roles = await sourceRolesOf(ctx, [...new Set(raw.flatMap((p) => p.steps.flat().map((c) => c.source)))]);
  const through = raw.flatMap((p) => throughTitles(p, args.from, args.to, roles, args.minSupport) ?? []);
  return distinctPaths(
    through.map((p) => pathOf(p.ids, p.steps, roles)),
    roles,
  );
}

/** `promotionPaths` with the reason an empty answer is empty. */
export async function pathSearch(ctx: Context, args: PathsQuery): Promise<{ paths: PromotionPath[]; emptyBecause: EmptyReason | null }> {
  const paths = await promotionPaths(ctx, args);
  return { paths, emptyBecause: paths.length > 0 ? null : await whyNoPath(ctx, args) };
}

export async function shortestPromotionPath(ctx: Context, args: PathQuery): Promise<PromotionPath | null> {
  const raw = await repo.shortestPromotionPath(ctx.scope, args.from, args.to, { sources: args.sources, minSupport: args.minSupport });
  if (!raw) {
    await requireRoles(ctx, { from: args.from, to: args.to });
    return null;
  }
  primeNodes(ctx.loaders, raw.nodes);
  const roles = await sourceRolesOf(ctx, [...new Set(raw.steps.flat().map((c) => c.source))]);
  const through = throughTitles(raw, args.from, args.to, roles, args.minSupport);
  return through ? pathOf(through.ids, through.steps, roles) : null;
}

/**
 * Why no path leads from `from` to `to`, as far as the graph knows: a chosen source says the two
 * are one role; no chosen source has a step out of `from`; steps out exist but the filters
 * (sources, minSupport, track) removed every one; or the steps there are do not connect the two.
 */
async function whyNoPath(ctx: Context, args: PathQuery & { track: Track | null }): Promise<EmptyReason> {
  const { sources, minSupport } = args;
  const { roles } = await roleAcrossTitles(ctx, args.from);
  const joining = (sources ?? (await allSourceIds(ctx))).filter((s) => roles.same(s, args.from, args.to));
  if (joining.length > 0) {
    const evidence = (await ctx.loaders.claims.identities.byRole.load(args.from))
      .filter((c) => c.kind === "SAME_AS" && joining.includes(c.source))
      .map((c) => c.evidence);
    return {
      kind: "SAME_ROLE",
      message: `${joining.join(", ")} ${joining.length === 1 ? "says" : "say"} '${args.from}' and '${args.to}' are one role, so there is no step between them`,
      sources: joining,
      evidence,
    };
  }
  const { claims } = await stepClaimsOf(ctx, args.from, "up");
  const onTrack = claims.filter((c) => !args.track || c.track === null || c.track === args.track);
  const out = groupEdges(onTrack, { sources, minSupport }, await sourceRolesOf(ctx, distinctSorted(claims.map((c) => c.source))));
  if (out.length === 0) return whyNoStep(claims, sources, minSupport, args.from);
  return {
    kind: "NOT_CONNECTED",
    message: `steps lead up from '${args.from}' (to ${distinctSorted(out.map((e) => e.to)).join(", ")}), but none of the walks they allow within the bounds reaches '${args.to}'`,
    sources: distinctSorted(out.flatMap((e) => e.sources)),
    evidence: [],
  };
}

async function allSourceIds(ctx: Context): Promise<string[]> {
  return (await listSources(ctx.scope)).map((s) => s.id);
}

/** Why no step leaves `from` under the filter (called only when none is left). */
function whyNoStep(claims: readonly PromotionClaim[], sources: readonly string[] | null, minSupport: number, from: string): EmptyReason {
  if (claims.length === 0) {
    return { kind: "NO_STEP_OUT", message: `no source asserts a step up from '${from}'`, sources: [], evidence: [] };
  }
  const chosen = sources === null ? claims : claims.filter((c) => sources.includes(c.source));
  const asserting = distinctSorted(claims.map((c) => c.source));
  if (chosen.length === 0) {
    return {
      kind: "NO_STEP_OUT",
      message: `none of the chosen sources asserts a step up from '${from}' (${asserting.join(", ")} do)`,
      sources: asserting,
      evidence: [],
    };
  }
  return {
    kind: "FILTERED_OUT",
    message: `the chosen sources assert steps up from '${from}', but minSupport ${minSupport} (or the track) removed every one`,
    sources: distinctSorted(chosen.map((c) => c.source)),
    evidence: chosen.map((c) => c.evidence),
  };
}
