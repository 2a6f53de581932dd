import type { DefinitionClaim } from "../claims/definition.ts";
import type { Context } from "../context.ts";
import { groupEdges } from "../domain/promotions.ts";
import { requireSource } from "./lookup.ts";
import type { LadderRung } from "./shapes.ts";

/** The ladder as one source tells it: its ranked roles rung by rung, with the steps it asserts from each. */
export async function ladderOf(ctx: Context, sourceId: string): Promise<LadderRung[]> {
  await requireSource(ctx, sourceId, "source");
  const [definitions, promotions] = await Promise.all([
    ctx.loaders.definitionsBySource.load(sourceId),
    ctx.loaders.promotionsBySource.load(sourceId),
  ]);
  const byRank = new Map<number, DefinitionClaim[]>();
  for (const d of definitions) {
    if (d.rank === null || d.rank === undefined) continue;
    byRank.set(d.rank, [...(byRank.get(d.rank) ?? []), d]);
  }
  const edges = groupEdges(promotions, { sources: [sourceId], minSupport: 1 });
  return [...byRank.entries()]
    .sort(([a], [b]) => a - b)
    .map(([rank, rung]) => {
      const roles = new Set(rung.map((d) => d.role));
      return { source: sourceId, rank, definitions: rung, promotions: edges.filter((e) => roles.has(e.from)) };
    });
}
