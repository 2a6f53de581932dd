import type { Context } from "../context.ts";
import { allRoleIds } from "../db/repositories/roles.ts";
import { listSources } from "../db/repositories/sources.ts";
import { computeSourceAgreement, type SourcePairAgreement } from "../domain/agreement.ts";
import { type Conflict, type ConflictAspect, conflictsFromClaims } from "../domain/conflicts/index.ts";
import { requireRole } from "./lookup.ts";

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
    /** Checked (src/services/args.ts); null for every source. */
    sources: readonly string[] | null;
    withinSourceOnly?: boolean | null;
  },
): Promise<Conflict[]> {
  const { sources } = args;
  const roleIds = args.role ? [args.role] : await allRoleIds(ctx.scope);
  const audits = settled(await ctx.loaders.auditClaims.loadMany(roleIds));
  // The audit statement finds nothing for an unknown role: only then is the id looked up, to say so.
  if (args.role && !audits[0]) await requireRole(ctx, args.role, "role");
  const found = roleIds.flatMap((role, i) => {
    const claims = audits[i];
    return claims ? conflictsFromClaims(role, claims, args.aspects ?? undefined, sources) : [];
  });
  return args.withinSourceOnly ? found.filter((c) => c.withinSource.length > 0) : found;
}

/** How far each pair of sources agrees: shared roles and steps, contradicted steps, rank-order agreement. */
export async function sourceAgreement(ctx: Context): Promise<SourcePairAgreement[]> {
  const sources = (await listSources(ctx.scope)).map((s) => s.id);
  const [definitions, promotions, identities] = await Promise.all([
    ctx.loaders.claims.definitions.bySource.loadMany(sources).then(settled),
    ctx.loaders.claims.promotions.bySource.loadMany(sources).then(settled),
    ctx.loaders.claims.identities.bySource.loadMany(sources).then(settled),
  ]);
  return computeSourceAgreement({
    sources,
    definitions: definitions.flat(),
    promotions: promotions.flat(),
    identities: identities.flat(),
  });
}
