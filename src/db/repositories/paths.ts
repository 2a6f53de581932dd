import { int } from "neo4j-driver";
import type { PromotionRow, RoleRow, Track } from "../../domain/types.ts";
import type { StatementName } from "../cypher.ts";
import { type QueryScope, read } from "../query.ts";

export interface PathFilter {
  sources: string[] | null;
  minSupport: number;
}

export interface RawPath {
  ids: string[];
  roleNodes: RoleRow[];
  /** For each step, the claims of every source (within the filter) that asserts it. */
  steps: PromotionRow[][];
}

export async function nextRoles(scope: QueryScope, from: string, filter: PathFilter): Promise<PromotionRow[][]> {
  const rows = await read<{ to: string; edges: PromotionRow[] }>(scope, "read/next-roles", {
    from,
    sources: filter.sources,
    minSupport: int(filter.minSupport),
  });
  return rows.map((r) => r.edges);
}

/** One statement per bound on the number of steps (a quantifier cannot take a parameter): index = maxSteps - 1. */
const PATHS_UP_TO: readonly StatementName[] = [
  "read/promotion-paths-1",
  "read/promotion-paths-2",
  "read/promotion-paths-3",
  "read/promotion-paths-4",
  "read/promotion-paths-5",
  "read/promotion-paths-6",
  "read/promotion-paths-7",
  "read/promotion-paths-8",
  "read/promotion-paths-9",
  "read/promotion-paths-10",
];
export const MAX_PATH_STEPS = PATHS_UP_TO.length;

/**
 * Simple paths of at most `maxSteps` steps; the search stops after `explore` paths, and `explored`
 * says how many it looked at (equal to `explore`: the answer may be incomplete).
 */
export async function promotionPaths(
  scope: QueryScope,
  from: string,
  to: string,
  filter: PathFilter & { track: Track | null; maxSteps: number; first: number; explore: number },
): Promise<{ paths: RawPath[]; explored: number }> {
  const statement = PATHS_UP_TO[filter.maxSteps - 1];
  if (!statement) throw new RangeError(`maxSteps must be 1 to ${MAX_PATH_STEPS} (got ${filter.maxSteps})`);
  const rows = await read<RawPath & { explored: number }>(scope, statement, {
    from,
    to,
    sources: filter.sources,
    minSupport: int(filter.minSupport),
    track: filter.track,
    first: int(filter.first),
    explore: int(filter.explore),
  });
  return { paths: rows, explored: rows[0]?.explored ?? 0 };
}

export async function shortestPromotionPath(scope: QueryScope, from: string, to: string, filter: PathFilter): Promise<RawPath | null> {
  const rows = await read<RawPath>(scope, "read/shortest-promotion-path", {
    from,
    to,
    sources: filter.sources,
    minSupport: int(filter.minSupport),
  });
  return rows[0] ?? null;
}
