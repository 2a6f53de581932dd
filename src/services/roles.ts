import type { RequirementClaim } from "../claims/skill.ts";
import type { Context } from "../context.ts";
import { type RolesPageClaims, rolesPage, rolesPageWithClaims } from "../db/repositories/roles.ts";
import { groupEdges, type PromotionEdge } from "../domain/promotions.ts";
import type { RoleRow, Track } from "../domain/types.ts";
import { InvalidInputError } from "../errors.ts";
import { prime } from "../loaders/index.ts";
import { LIMITS, minSupportArg, sourcesArg } from "./limits.ts";
import type { Alias, SkillRequirement } from "./shapes.ts";

export async function findRoles(
  ctx: Context,
  filter: { track: Track | null; search: string | null },
  offset: number,
  limit: number,
  claims: RolesPageClaims = { definitions: false, promotions: false },
): Promise<RoleRow[]> {
  const search = filter.search?.trim() || null;
  if (search && search.length > LIMITS.searchLength) {
    throw new InvalidInputError(`search may be at most ${LIMITS.searchLength} characters`);
  }
  if (!claims.definitions && !claims.promotions) return rolesPage(ctx.scope, { track: filter.track, search }, offset, limit);
  // The page's query asks for claims under each role: read them with the page, in one statement.
  const page = await rolesPageWithClaims(ctx.scope, { track: filter.track, search }, offset, limit, claims);
  prime.rolesPage(ctx.loaders, page);
  return page.roles.map((r) => r.role);
}

/**
 * One role by slug (null when unknown). With `audit` (the query asks for the role's conflicts),
 * the audit's one statement is read first: it holds the role, its definitions and every source
 * they cite, and primes those loaders, so the whole `role(id:)` field costs that one statement.
 */
export async function roleById(ctx: Context, id: string, reads: { audit: boolean }): Promise<RoleRow | null> {
  if (reads.audit) {
    const claims = await ctx.loaders.auditClaims.load(id);
    if (claims) ctx.loaders.definitionsByRole.prime(id, claims.definitions);
  }
  return ctx.loaders.role.load(id);
}

/** Every title the sources write for a role, grouped by the exact text. */
export async function aliasesOf(ctx: Context, roleId: string): Promise<Alias[]> {
  const [definitions, mentions] = await Promise.all([ctx.loaders.definitionsByRole.load(roleId), ctx.loaders.mentionsByRole.load(roleId)]);
  const byTitle = new Map<string, Alias>();
  const add = (title: string, kind: Alias["kind"], evidence: Alias["evidence"][number]) => {
    const key = `${kind}\u0000${title}`;
    const alias = byTitle.get(key) ?? { title, kind, sources: [], evidence: [] };
    if (!alias.sources.includes(evidence.source)) alias.sources.push(evidence.source);
    alias.evidence.push(evidence);
    byTitle.set(key, alias);
  };
  for (const d of definitions) add(d.title, "DEFINITION", d.evidence);
  for (const m of mentions) add(m.title, "MENTION", m.evidence);
  return [...byTitle.values()].sort((a, b) => (a.kind === b.kind ? a.title.localeCompare(b.title) : a.kind === "DEFINITION" ? -1 : 1));
}

/** A role's promotion claims up (to the roles above it) or down (from the roles below), grouped into edges. */
export async function promotionsOf(
  ctx: Context,
  roleId: string,
  direction: "up" | "down",
  args: { sources?: readonly string[] | null; minSupport?: number | null },
): Promise<PromotionEdge[]> {
  const claims = await (direction === "up" ? ctx.loaders.promotionsFrom : ctx.loaders.promotionsTo).load(roleId);
  return groupEdges(claims, { sources: sourcesArg(args.sources), minSupport: minSupportArg(args.minSupport) });
}

/** Groups per-source REQUIRES claims by skill. */
export function groupRequirements(claims: readonly RequirementClaim[]): SkillRequirement[] {
  const bySkill = new Map<string, SkillRequirement>();
  for (const c of claims) {
    const r = bySkill.get(c.skill) ?? { skill: c.skill, sources: [], claims: [] };
    if (!r.sources.includes(c.source)) r.sources.push(c.source);
    r.claims.push(c);
    bySkill.set(c.skill, r);
  }
  return [...bySkill.values()].sort((a, b) => a.skill.localeCompare(b.skill));
}
