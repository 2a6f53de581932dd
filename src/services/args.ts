import { LIMITS } from "../config/limits.ts";
import type { Context } from "../context.ts";
import type { Track } from "../domain/types.ts";
import { InvalidInputError, LimitExceededError } from "../errors.ts";
import { requireSources } from "./lookup.ts";

/**
 * THE argument parsers: every resolver, at the root or on a nested field, turns its raw arguments
 * into checked values here, once, and hands only those to the services. The numbers come from the
 * limits (src/config/limits.ts), and so do the descriptions the schema gives these arguments. An
 * unknown source id is NOT_FOUND with suggestions wherever it is passed (lookup.ts holds the rule;
 * role ids follow the same rule there, checked where a query's answer is empty).
 */

export { LIMITS };

/** The descriptions of the shared arguments, numbers read off the limits. */
export const DESCRIBE = {
  maxSteps: `Longest path to consider, in steps (default ${LIMITS.maxSteps.default}, at most ${LIMITS.maxSteps.max}).`,
  pathsFirst: `How many paths (default ${LIMITS.pathsFirst.default}, at most ${LIMITS.pathsFirst.max}).`,
  pageSize: `Page size (default ${LIMITS.pageSize.default}, at most ${LIMITS.pageSize.max}).`,
  /** `what`: what the field keeps of the chosen sources ("Only these sources' claims"). */
  sources: (what: string) =>
    `${what} (source ids, at most ${LIMITS.sourcesPerQuery}); omit for every source. An unknown id is NOT_FOUND, with suggestions.`,
  /** `what`: what the field keeps of the one source ("Only this source's definition"). */
  source: (what: string) => `${what} (a source id); omit for every source. An unknown id is NOT_FOUND, with suggestions.`,
} as const;

/** An optional integer argument within [1, max] (its default when absent), naming the argument in the error. */
function boundedInt(value: number | null | undefined, name: string, bound: { default: number; max: number }): number {
  if (value === null || value === undefined) return bound.default;
  if (value < 1) throw new InvalidInputError(`${name} must be at least 1 (got ${value})`);
  if (value > bound.max)
    throw new LimitExceededError(`${name} may be at most ${bound.max} (got ${value}); ask for fewer`, { limit: bound.max });
  return value;
}

/** A page's `first`. */
export const pageSize = (value: number | null | undefined): number => boundedInt(value, "first", LIMITS.pageSize);

/** How many paths a path query returns (`first`). */
export const pathsFirst = (value: number | null | undefined): number => boundedInt(value, "first", LIMITS.pathsFirst);

/** A path query's `maxSteps`: an integer of 1 … LIMITS.maxSteps.max, the only bounds the path statement is loaded with. */
export const maxSteps = (value: number | null | undefined): number => boundedInt(value, "maxSteps", LIMITS.maxSteps);

/** How many distinct sources must assert a step (default 1). */
export function minSupport(value: number | null | undefined): number {
  if (value === null || value === undefined) return 1;
  if (value < 1) throw new InvalidInputError(`minSupport must be at least 1 (got ${value}): it counts the sources that must assert a step`);
  return value;
}

/** A list of source ids, each known (NOT_FOUND with suggestions otherwise), each once; null (absent) means every source. */
export async function sources(ctx: Context, value: readonly string[] | null | undefined, argument = "sources"): Promise<string[] | null> {
  if (value && value.length > LIMITS.sourcesPerQuery) {
    throw new LimitExceededError(`${argument} may name at most ${LIMITS.sourcesPerQuery} sources (got ${value.length})`);
  }
  return requireSources(ctx, value, argument);
}

/** One optional source id, known (NOT_FOUND with suggestions otherwise); null when absent. */
export async function source(ctx: Context, value: string | null | undefined, argument = "source"): Promise<string | null> {
  if (value === null || value === undefined) return null;
  await requireSources(ctx, [value], argument);
  return value;
}

/** A step query's checked arguments: the sources to walk and the support a step needs. */
export interface StepFilter {
  sources: string[] | null;
  minSupport: number;
}

export async function stepFilter(
  ctx: Context,
  args: { sources?: readonly string[] | null; minSupport?: number | null },
): Promise<StepFilter> {
  const support = minSupport(args.minSupport);
  return { sources: await sources(ctx, args.sources), minSupport: support };
}

/** A path query's checked arguments. The role ids are checked only when the answer is empty (a path found proves both ends). */
export interface PathQuery extends StepFilter {
  from: string;
  to: string;
}

export async function pathQuery(
  ctx: Context,
  args: { from: string; to: string; sources?: readonly string[] | null; minSupport?: number | null },
): Promise<PathQuery> {
  if (args.from === args.to) {
    throw new InvalidInputError(`from and to are the same role ('${args.from}'); a promotion path needs two different roles`);
  }
  return { from: args.from, to: args.to, ...(await stepFilter(ctx, args)) };
}

/** `promotionPaths`' checked arguments. */
export interface PathsQuery extends PathQuery {
  maxSteps: number;
  first: number;
  track: Track | null;
}

export async function pathsQuery(
  ctx: Context,
  args: {
    from: string;
    to: string;
    sources?: readonly string[] | null;
    minSupport?: number | null;
    maxSteps?: number | null;
    first?: number | null;
    track?: Track | null;
  },
): Promise<PathsQuery> {
  const steps = maxSteps(args.maxSteps);
  const first = pathsFirst(args.first);
  return { ...(await pathQuery(ctx, args)), maxSteps: steps, first, track: args.track ?? null };
}
