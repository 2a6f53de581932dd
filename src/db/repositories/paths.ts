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

const PathSchema = z.object({ ids: z.array(z.string()), steps: z.array(z.array(promotions.stored)), ...NodesSchema }).transform(
  (r): RawPath => ({
    ids: r.ids,
    steps: r.steps,
    nodes: { sources: r.sources, roles: r.roles, skills: r.skills, sourceIdentities: r.sourceIdentities ?? [] },
  }),
);

/** The paths statements' one row: the paths in order, then every role and source they cite, once each. */
const PathsSchema = z.object({
  paths: z.array(z.object({ ids: z.array(z.string()), steps: z.array(z.array(promotions.stored)) })),
  explored: z.number().int(),
  ...NodesSchema,
});

/**
 * Simple paths of at most `maxSteps` steps, and the roles and sources they cite; the search stops
 * after `explore` paths, and `explored` says how many it looked at (equal to `explore`: the answer
 * may be incomplete).
 */
export async function promotionPaths(
  scope: QueryScope,
  from: string,
  to: string,
  filter: PathFilter & { track: Track | null; maxSteps: number; first: number; explore: number },
): Promise<{ paths: Omit<RawPath, "nodes">[]; nodes: Nodes; explored: number }> {
  // The loader wrote each allowed maxSteps into the pattern (a quantifier cannot take a parameter).
  const rows = await read<unknown>(
    scope,
    { name: "read/promotion-paths", bound: filter.maxSteps },
    {
      from,
      to,
      sources: filter.sources,
      minSupport: int(filter.minSupport),
      track: filter.track,
      first: int(filter.first),
      explore: int(filter.explore),
    },
  );
  // One row, also when nothing is found (the statement ends in aggregations).
  const found = PathsSchema.parse(rows[0] ?? { paths: [], explored: 0 });
  return {
    paths: found.paths,
    nodes: { sources: found.sources, roles: found.roles, skills: [], sourceIdentities: found.sourceIdentities ?? [] },
    explored: found.explored,
  };
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
