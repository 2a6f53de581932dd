import type { Context } from "../context.ts";
import { allRoleIds, allRoleTitles } from "../db/repositories/roles.ts";
import { listSources } from "../db/repositories/sources.ts";
import { closest, matchTitle } from "../domain/titles.ts";
import type { RoleRow, SourceRow } from "../domain/types.ts";
import { InvalidInputError, NotFoundError } from "../errors.ts";
import { fuzzyMatchTitles } from "../search/fuzzyTitles.ts";

/** Ids longer than any slug or source id get no suggestion: the spelling search costs time with the length. */
const MAX_SUGGESTED_LENGTH = 100;

/**
 * Suggests the slug a user probably meant: through title resolution first ("senior-pm"), then
 * the fuzzy title search ("senoir-product-manger"), then by edit distance to every slug.
 */
async function suggestRoles(ctx: Context, id: string): Promise<string[]> {
  if (id.length > MAX_SUGGESTED_LENGTH) return [];
  const [titles, ids] = await Promise.all([allRoleTitles(ctx.scope), allRoleIds(ctx.scope)]);
  const names = new Map(titles.map((t) => [t.role, t.name]));
  const asTitle = id.replace(/[-_]+/g, " ");
  const byTitle = matchTitle(asTitle, titles, names).map((m) => m.role);
  // As in resolveTitle: spelling only when no title matches exactly.
  const bySpelling = byTitle.length > 0 ? [] : fuzzyMatchTitles(asTitle, titles, names, 3).map((m) => m.role);
  return [...new Set([...byTitle, ...bySpelling, ...closest(id, ids)])].slice(0, 3);
}

/** The source ids an unknown one probably meant: the ids it is a prefix of ("000"), then by spelling. */
function suggestSources(unknown: string, known: readonly string[]): string[] {
  if (unknown.length > MAX_SUGGESTED_LENGTH) return [];
  const typed = unknown.trim().toLowerCase();
  const prefixed = typed.length > 0 ? known.filter((k) => k.toLowerCase().startsWith(typed)) : [];
  return [...new Set([...prefixed.slice(0, 3), ...closest(unknown, known, 1)])].slice(0, 3);
}

/** Loads a role by slug or fails with NOT_FOUND naming the likely slug. */
export async function requireRole(ctx: Context, id: string, argument: string): Promise<RoleRow> {
  const role = await ctx.loaders.role.load(id);
  if (role) return role;
  const suggestions = await suggestRoles(ctx, id);
  const hint = suggestions.length > 0 ? `did you mean ${suggestions.join(" or ")}? ` : "";
  throw new NotFoundError(`unknown role '${id}' in ${argument}; ${hint}see resolveTitle(title:) to find a role's slug`, {
    argument,
    suggestions,
  });
}

/**
 * Checks several role arguments at once; with more than one unknown, the error names the first
 * in argument order (always the same answer, however the look-ups finish).
 */
export async function requireRoles(ctx: Context, roles: Record<string, string>): Promise<RoleRow[]> {
  const checked = await Promise.allSettled(Object.entries(roles).map(([argument, id]) => requireRole(ctx, id, argument)));
  const failed = checked.find((c) => c.status === "rejected");
  if (failed) throw failed.reason;
  return checked.map((c) => (c as PromiseFulfilledResult<RoleRow>).value);
}

/** Checks that every source id exists; null means "all sources". */
export async function requireSources(ctx: Context, ids: readonly string[] | null | undefined, argument: string): Promise<string[] | null> {
  if (ids === null || ids === undefined) return null;
  if (ids.length === 0) throw new InvalidInputError(`${argument} is empty; omit it to use every source, or name at least one`);
  const found = await ctx.loaders.source.loadMany([...ids]);
  // A source that could not be read (the database not answering) is not a missing one.
  const failed = found.find((f) => f instanceof Error);
  if (failed) throw failed;
  const missing = ids.filter((_, i) => found[i] === null);
  if (missing.length > 0) {
    const known = (await listSources(ctx.scope)).map((s) => s.id);
    const suggestions = [...new Set(missing.flatMap((m) => suggestSources(m, known)))];
    const hint = suggestions.length > 0 ? `did you mean ${suggestions.join(" or ")}? ` : "";
    throw new NotFoundError(
      `unknown source ${missing.map((m) => `'${m}'`).join(", ")} in ${argument}; ${hint}source ids are file stems such as ${known[0] ?? "000_..."}: see sources { id title }`,
      { argument, suggestions },
    );
  }
  return [...new Set(ids)];
}

export async function requireSource(ctx: Context, id: string, argument: string): Promise<SourceRow> {
  await requireSources(ctx, [id], argument);
  return (await ctx.loaders.source.load(id)) as SourceRow;
}
