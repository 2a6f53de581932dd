import type { Context } from "../context.ts";
import * as repo from "../db/repositories/paths.ts";
import { edgeOf, type PromotionEdge, type PromotionPath, pathOf } from "../domain/promotions.ts";
import type { Track } from "../domain/types.ts";
import { InvalidInputError, LimitExceededError } from "../errors.ts";
import { primeNodes } from "../loaders/index.ts";
import { boundedInt, LIMITS, minSupportArg, sourcesArg } from "./limits.ts";
import { requireRoles, requireSources } from "./lookup.ts";

interface PathArgs {
  from: string;
  to: string;
  sources?: readonly string[] | null;
  minSupport?: number | null;
}

/**
 * Checks the arguments that need no database, and the source ids when given. The role ids are
 * checked only when a query comes back empty (a path or step found proves both ends exist), so a
 * successful query costs no extra round trip.
 */
async function checkedFilter(ctx: Context, args: PathArgs) {
  if (args.from === args.to) {
    throw new InvalidInputError(`from and to are the same role ('${args.from}'); a promotion path needs two different roles`);
  }
  const minSupport = minSupportArg(args.minSupport);
  return { sources: await requireSources(ctx, sourcesArg(args.sources), "sources"), minSupport };
}

export async function nextRoles(
  ctx: Context,
  args: { from: string; sources?: readonly string[] | null; minSupport?: number | null },
): Promise<PromotionEdge[]> {
  const minSupport = minSupportArg(args.minSupport);
  const sources = await requireSources(ctx, sourcesArg(args.sources), "sources");
  const steps = await repo.nextRoles(ctx.scope, args.from, { sources, minSupport });
  // An empty answer may mean an unknown role: say so, rather than "no path".
  if (steps.length === 0) await requireRoles(ctx, { from: args.from });
  for (const step of steps) primeNodes(ctx.loaders, step.nodes);
  return steps.map((step) => edgeOf(step.claims));
}

export async function promotionPaths(
  ctx: Context,
  args: PathArgs & { maxSteps?: number | null; track?: Track | null; first?: number | null },
): Promise<PromotionPath[]> {
  const maxSteps = boundedInt(args.maxSteps, "maxSteps", LIMITS.maxSteps);
  const first = boundedInt(args.first, "first", LIMITS.pathsFirst);
  const filter = await checkedFilter(ctx, args);
  const {
    paths: raw,
    nodes,
    explored,
  } = await repo.promotionPaths(ctx.scope, args.from, args.to, {
    ...filter,
    track: args.track ?? null,
    maxSteps,
    first,
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
  return raw.map((p) => pathOf(p.ids, p.steps));
}

export async function shortestPromotionPath(ctx: Context, args: PathArgs): Promise<PromotionPath | null> {
  const filter = await checkedFilter(ctx, args);
  const raw = await repo.shortestPromotionPath(ctx.scope, args.from, args.to, filter);
  if (!raw) {
    await requireRoles(ctx, { from: args.from, to: args.to });
    return null;
  }
  primeNodes(ctx.loaders, raw.nodes);
  return pathOf(raw.ids, raw.steps);
}
