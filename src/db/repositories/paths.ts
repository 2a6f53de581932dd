import { int } from "neo4j-driver";
import { z } from "zod";
import { type PromotionClaim, promotions } from "../../claims/promotion.ts";
import type { Track } from "../../domain/types.ts";
import { type QueryScope, read } from "../query.ts";
import { type Nodes, NodesSchema } from "./rows.ts";

export interface PathFilter {
  sources: string[] | null;
  minSupport: number;
}

export interface RawPath {
  ids: string[];
  /** For each step, the claims of every source (within the filter) that asserts it. */
  steps: PromotionClaim[][];
  nodes: Nodes;
}

const PathSchema = z
  .object({ ids: z.array(z.string()), steps: z.array(z.array(promotions.stored)), ...NodesSchema })
  .transform((r): RawPath => ({ ids: r.ids, steps: r.steps, nodes: { sources: r.sources, roles: r.roles } }));

const StepSchema = z
  .object({ edges: z.array(promotions.stored), ...NodesSchema })
  .transform((r) => ({ claims: r.edges, nodes: { sources: r.sources, roles: r.roles } }));

/** The steps up from `from`, each with its claims, and the nodes read on the way. */
export async function nextRoles(
  scope: QueryScope,
  from: string,
  filter: PathFilter,
): Promise<{ claims: PromotionClaim[]; nodes: Nodes }[]> {
  const rows = await read<unknown>(scope, "read/next-roles", { from, sources: filter.sources, minSupport: int(filter.minSupport) });
  return z.array(StepSchema).parse(rows);
}

export async function promotionPaths(
  scope: QueryScope,
  from: string,
  to: string,
  filter: PathFilter & { track: Track | null; maxSteps: number; first: number },
): Promise<RawPath[]> {
  const rows = await read<unknown>(scope, "read/promotion-paths", {
    from,
    to,
    sources: filter.sources,
    minSupport: int(filter.minSupport),
    track: filter.track,
    maxSteps: int(filter.maxSteps),
    first: int(filter.first),
  });
  return z.array(PathSchema).parse(rows);
}

export async function shortestPromotionPath(scope: QueryScope, from: string, to: string, filter: PathFilter): Promise<RawPath | null> {
  const rows = await read<unknown>(scope, "read/shortest-promotion-path", {
    from,
    to,
    sources: filter.sources,
    minSupport: int(filter.minSupport),
  });
  return z.array(PathSchema).parse(rows)[0] ?? null;
}
