import type { Context } from "../context.ts";
import * as repo from "../db/repositories/paths.ts";
import { edgeOf, type PromotionEdge, type PromotionPath, pathOf } from "../domain/promotions.ts";
import type { Track } from "../domain/types.ts";
import { InvalidInputError } from "../errors.ts";
import { boundedInt, LIMITS, minSupportArg, sourcesArg } from "./limits.ts";
import { requireRole, requireSources } from "./lookup.ts";

interface PathArgs {
  from: string;
  to: string;
  sources?: readonly string[] | null;
  minSupport?: number | null;
}

async function endpoints(ctx: Context, args: PathArgs) {
  if (args.from === args.to) {
    throw new InvalidInputError(`from and to are the same role ('${args.from}'); a promotion path needs two different roles`);
  }
  const [, , sources] = await Promise.all([
    requireRole(ctx, args.from, "from"),
    requireRole(ctx, args.to, "to"),
    requireSources(ctx, sourcesArg(args.sources), "sources"),
  ]);
  return { sources, minSupport: minSupportArg(args.minSupport) };
}

export async function nextRoles(
  ctx: Context,
  args: { from: string; sources?: readonly string[] | null; minSupport?: number | null },
): Promise<PromotionEdge[]> {
  const [, sources] = await Promise.all([requireRole(ctx, args.from, "from"), requireSources(ctx, sourcesArg(args.sources), "sources")]);
  const steps = await repo.nextRoles(ctx.scope, args.from, { sources, minSupport: minSupportArg(args.minSupport) });
  return steps.map(edgeOf);
}

export async function promotionPaths(
  ctx: Context,
  args: PathArgs & { maxSteps?: number | null; track?: Track | null; first?: number | null },
): Promise<PromotionPath[]> {
  const maxSteps = boundedInt(args.maxSteps, "maxSteps", LIMITS.maxSteps);
  const first = boundedInt(args.first, "first", LIMITS.pathsFirst);
  const filter = await endpoints(ctx, args);
  const raw = await repo.promotionPaths(ctx.scope, args.from, args.to, { ...filter, track: args.track ?? null, maxSteps, first });
  return raw.map((p) => pathOf(p.ids, p.steps));
}

export async function shortestPromotionPath(ctx: Context, args: PathArgs): Promise<PromotionPath | null> {
  const filter = await endpoints(ctx, args);
  const raw = await repo.shortestPromotionPath(ctx.scope, args.from, args.to, filter);
  return raw ? pathOf(raw.ids, raw.steps) : null;
}
