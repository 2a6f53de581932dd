import type { DefinitionClaim } from "../claims/definition.ts";
import type { Context } from "../context.ts";
import { ladderOfSource } from "../db/repositories/ladders.ts";
import { groupEdges } from "../domain/promotions.ts";
import type { SourceRoles } from "../domain/sourceRoles.ts";
import { prime } from "../loaders/index.ts";
import { requireSource } from "./lookup.ts";
import type { LadderRung, SourceRoleEntry } from "./shapes.ts";
import { sourceRolesOf } from "./sourceRoles.ts";

/**
 * The ladder as one source tells it: its ranked roles rung by rung, each source role once (the
 * titles it joins by its SAME_AS are one entry), with the steps it asserts from each. One statement
 * reads the source, its definitions and its steps, and primes the loaders the rest of this (and the
 * rungs' fields) then read from.
 */
export async function ladderOf(ctx: Context, sourceId: string): Promise<LadderRung[]> {
  prime.ladder(ctx.loaders, sourceId, await ladderOfSource(ctx.scope, sourceId));
  await requireSource(ctx, sourceId, "source");
  const [definitions, promotions, roles] = await Promise.all([
    ctx.loaders.claims.definitions.bySource.load(sourceId),
    ctx.loaders.claims.promotions.bySource.load(sourceId),
    sourceRolesOf(ctx, [sourceId]),
  ]);
  const byRank = new Map<number, DefinitionClaim[]>();
  for (const d of definitions) {
    if (d.rank === null || d.rank === undefined) continue;
    byRank.set(d.rank, [...(byRank.get(d.rank) ?? []), d]);
  }
  const edges = groupEdges(promotions, { sources: [sourceId], minSupport: 1 }, roles);
  return [...byRank.entries()]
    .sort(([a], [b]) => a - b)
    .map(([rank, rung]) => {
      const entries = sourceRoleEntries(sourceId, rung, roles);
      const headings = new Set(entries.map((e) => e.role));
      return { source: sourceId, rank, definitions: rung, sourceRoles: entries, promotions: edges.filter((e) => headings.has(e.from)) };
    });
}

/** The source roles of one source's definitions, in the definitions' order: each once, with all its members' definitions. */
export function sourceRoleEntries(source: string, definitions: readonly DefinitionClaim[], roles: SourceRoles): SourceRoleEntry[] {
  const entries = new Map<string, SourceRoleEntry>();
  for (const d of definitions) {
    const group = roles.of(source, d.role);
    const entry = entries.get(group.key) ?? { source, role: group.key, roles: [...group.members], rank: d.rank, definitions: [] };
    entry.definitions.push(d);
    entries.set(group.key, entry);
  }
  return [...entries.values()];
}
