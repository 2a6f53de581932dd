import type { Context } from "../context.ts";
import { allRoleIds } from "../db/repositories/roles.ts";
import { listSources } from "../db/repositories/sources.ts";
import { computeSourceAgreement, type SourcePairAgreement } from "../domain/agreement.ts";
import { type Conflict, type ConflictAspect, computeConflicts } from "../domain/conflicts.ts";
import type { DefinitionRow, RoleRow } from "../domain/types.ts";
import { sourcesArg } from "./limits.ts";
import { requireRole, requireSources } from "./lookup.ts";

function settled<T>(values: (T | Error)[]): T[] {
  return values.map((v) => {
    if (v instanceof Error) throw v;
    return v;
  });
}

/**
 * Computes the conflicts for one role, or for every role, from the claims in the graph: nothing
 * about a conflict is stored; adding a source makes its conflicts appear here.
 */
export async function findConflicts(
  ctx: Context,
  args: {
    role?: string | null;
    aspects?: readonly ConflictAspect[] | null;
    sources?: readonly string[] | null;
    withinSourceOnly?: boolean | null;
  },
): Promise<Conflict[]> {
  if (args.role) await requireRole(ctx, args.role, "role");
  const sources = await requireSources(ctx, sourcesArg(args.sources), "sources");
  const roleIds = args.role ? [args.role] : await allRoleIds(ctx.scope);
  const { loaders } = ctx;
  const [definitions, from, to, identities, responsibilities] = await Promise.all([
    loaders.definitionsByRole.loadMany(roleIds).then(settled),
    loaders.promotionsFrom.loadMany(roleIds).then(settled),
    loaders.promotionsTo.loadMany(roleIds).then(settled),
    loaders.identitiesByRole.loadMany(roleIds).then(settled),
    loaders.responsibilitiesByRole.loadMany(roleIds).then(settled),
  ]);
  const ladderSources = [...new Set(definitions.flat().map((d) => d.source))];
  const ladderRows = settled(await loaders.definitionsBySource.loadMany(ladderSources));
  const ladders = new Map<string, DefinitionRow[]>(ladderSources.map((s, i) => [s, ladderRows[i] ?? []]));

  const named = new Set<string>(roleIds);
  for (const list of [...from, ...to]) for (const p of list) named.add(p.from).add(p.to);
  for (const list of identities) for (const x of list) named.add(x.other);
  for (const rung of ladderRows) for (const d of rung) named.add(d.role);
  const roles = settled(await loaders.role.loadMany([...named])).filter((r): r is RoleRow => r !== null);
  const names = new Map(roles.map((r) => [r.id, r.name]));
  const roleName = (id: string) => names.get(id) ?? id;

  const found = roleIds.flatMap((role, i) =>
    computeConflicts(
      {
        role,
        definitions: definitions[i] ?? [],
        promotionsFrom: from[i] ?? [],
        promotionsTo: to[i] ?? [],
        identities: identities[i] ?? [],
        responsibilities: responsibilities[i] ?? [],
        ladders,
        roleName,
      },
      args.aspects ?? undefined,
      sources,
    ),
  );
  return args.withinSourceOnly ? found.filter((c) => c.withinSource.length > 0) : found;
}

/** How far each pair of sources agrees: shared roles and steps, contradicted steps, rank-order agreement. */
export async function sourceAgreement(ctx: Context): Promise<SourcePairAgreement[]> {
  const sources = (await listSources(ctx.scope)).map((s) => s.id);
  const [definitions, promotions, identities] = await Promise.all([
    ctx.loaders.definitionsBySource.loadMany(sources).then(settled),
    ctx.loaders.promotionsBySource.loadMany(sources).then(settled),
    ctx.loaders.identitiesBySource.loadMany(sources).then(settled),
  ]);
  return computeSourceAgreement({
    sources,
    definitions: definitions.flat(),
    promotions: promotions.flat(),
    identities: identities.flat(),
  });
}
