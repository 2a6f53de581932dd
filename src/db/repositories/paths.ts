import { int } from "neo4j-driver";
import { z } from "zod";
import { type PromotionClaim, promotions } from "../../claims/promotion.ts";
import type { Track } from "../../domain/types.ts";
import { STATEMENTS, type StatementName } from "../cypher.ts";
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
 * One statement per bound on the number of steps (a quantifier cannot take a parameter), taken from
 * the statement list in the order of their bound: index = maxSteps - 1.
 */
const PATHS_UP_TO: readonly StatementName[] = STATEMENTS.flatMap((name) => {
  const bound = /^read\/promotion-paths-(\d+)$/.exec(name)?.[1];
  return bound === undefined ? [] : [{ name, bound: Number(bound) }];
})
  .sort((a, b) => a.bound - b.bound)
  .map((s) => s.name);
if (PATHS_UP_TO.some((name, i) => name !== `read/promotion-paths-${i + 1}`)) {
  throw new Error(`the path statements must be promotion-paths-1 … -N without gaps (found ${PATHS_UP_TO.join(", ")})`);
}
export const MAX_PATH_STEPS = PATHS_UP_TO.length;

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
  const statement = PATHS_UP_TO[filter.maxSteps - 1];
  if (!statement) throw new RangeError(`maxSteps must be 1 to ${MAX_PATH_STEPS} (got ${filter.maxSteps})`);
  const rows = await read<unknown>(scope, statement, {
    from,
    to,
    sources: filter.sources,
    minSupport: int(filter.minSupport),
    track: filter.track,
    first: int(filter.first),
    explore: int(filter.explore),
  });
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
