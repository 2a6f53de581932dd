import { int } from "neo4j-driver";
import type { PromotionRow, RoleRow, Track } from "../../domain/types.ts";
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

export async function promotionPaths(
  scope: QueryScope,
  from: string,
  to: string,
  filter: PathFilter & { track: Track | null; maxSteps: number; first: number },
): Promise<RawPath[]> {
  return read<RawPath>(scope, "read/promotion-paths", {
    from,
    to,
    sources: filter.sources,
    minSupport: int(filter.minSupport),
    track: filter.track,
    maxSteps: int(filter.maxSteps),
    first: int(filter.first),
  });
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
