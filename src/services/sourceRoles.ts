import type { Context } from "../context.ts";
import { distinctSorted } from "../domain/sorting.ts";
import { SourceRoles } from "../domain/sourceRoles.ts";

/** The source roles of the given sources (src/domain/sourceRoles.ts), from their identity claims as written: one statement per batch. */
export async function sourceRolesOf(ctx: Context, sources: readonly string[]): Promise<SourceRoles> {
  const lists = await ctx.loaders.claims.identities.bySource.loadMany(distinctSorted(sources));
  return new SourceRoles(
    lists.flatMap((list) => {
      if (list instanceof Error) throw list;
      return list;
    }),
  );
}

/**
 * A role as every source tells it: the sources that join it to other titles (their source roles)
 * and every catalogue role some source joins to it (the role itself first). Claims read for all of
 * them, kept where their own source joins them to the role, are that source's claims about the role.
 */
export async function roleAcrossTitles(ctx: Context, role: string): Promise<{ roles: SourceRoles; titles: string[] }> {
  const touching = (await ctx.loaders.claims.identities.byRole.load(role)).filter((c) => c.kind === "SAME_AS");
  if (touching.length === 0) return { roles: new SourceRoles([]), titles: [role] };
  const sources = distinctSorted(touching.map((c) => c.source));
  const roles = await sourceRolesOf(ctx, sources);
  return { roles, titles: [role, ...new Set(sources.flatMap((s) => roles.members(s, role)).filter((r) => r !== role))] };
}

/** Claims about any of `role`'s titles, kept where their own source joins that title to `role`. */
export function ofRole<C extends { source: string }>(
  claims: readonly C[],
  role: string,
  roles: SourceRoles,
  roleOf: (c: C) => string,
): C[] {
  return claims.filter((c) => roles.same(c.source, roleOf(c), role));
}
