import type { GraphQLResolveInfo } from "graphql";
import type { DefinitionClaim } from "../claims/definition.ts";
import type { PromotionClaim } from "../claims/promotion.ts";
import type { ResponsibilityClaim } from "../claims/responsibility.ts";
import type { RequirementClaim } from "../claims/skill.ts";
import type { Context } from "../context.ts";
import { type Definition, isHeading } from "../db/repositories/definitionHeadings.ts";
import { allRoleTitles, type RolesPageClaims, rolesPage, rolesPageWithClaims } from "../db/repositories/roles.ts";
import { groupEdges, type PromotionEdge } from "../domain/promotions.ts";
import { compareText, distinctSorted, groupBy } from "../domain/sorting.ts";
import type { SourceRoles } from "../domain/sourceRoles.ts";
import type { MatchedBy } from "../domain/titles.ts";
import type { RoleRow, Track } from "../domain/types.ts";
import { InvalidInputError } from "../errors.ts";
import { prime } from "../loaders/index.ts";
import { fuzzyMatchTitles } from "../search/fuzzyTitles.ts";
import { LIMITS, type StepFilter } from "./args.ts";
import { selects, selectsOnly } from "./lookahead.ts";
import { requireRole } from "./lookup.ts";
import type { Alias, SkillRequirement, SourceSteps } from "./shapes.ts";
import { ofRole, roleAcrossTitles, sourceRolesOf } from "./sourceRoles.ts";

/** How a role matched `roles(search:)`: none without a search. */
export interface RoleSearchMatch {
  matchedBy: MatchedBy;
  /** For FUZZY: the title, name or slug the search was taken for. */
  matchedTitle: string | null;
}
export type SearchedRole = RoleRow & { match?: RoleSearchMatch };

/** Every role, for a search ranked in memory (the vocabulary is tens of roles, not millions). */
const ALL_ROLES = 10_000;

/**
 * Look-ahead lives here, one function per hot field: `roles` (what the page reads with its roles),
 * `role` (an audit read first) and `Role.definitions` (headings only). Each reads the query's
 * selection and tells the repository what to read in one statement; the nested resolvers then find
 * it in the request's loaders, which the statement primed.
 */

/** The fields of the RoleDefinition type a heading answers by itself. */
export const HEADING_FIELDS: ReadonlySet<string> = new Set(["source", "role", "title", "rank", "track", "__typename"]);

/**
 * What a page of roles reads with the page for its roles' fields: definitions (only their headings
 * when nothing else of them is selected and `aliases`, which reads whole ones, is not) and
 * promotion claims up.
 */
export function rolesPageClaims(info: GraphQLResolveInfo): RolesPageClaims {
  const definitionsPath = ["edges", "node", "definitions"];
  const headingsSuffice = selectsOnly(info, definitionsPath, HEADING_FIELDS) && !selects(info, ["edges", "node", "aliases"]);
  return {
    definitions: headingsSuffice ? "headings" : selects(info, definitionsPath),
    promotions: selects(info, ["edges", "node", "promotesTo"]),
  };
}

/** `role(id:)`: the role, its audit read first when the query asks for its conflicts (one statement that primes the loaders). */
export async function findRole(ctx: Context, id: string, info: GraphQLResolveInfo) {
  if (selects(info, ["conflicts"])) await readAuditFirst(ctx, id);
  return requireRole(ctx, id, "id");
}

/** A role's definitions, one source's or all: only their headings when the query selects nothing more (a roles page may have read just those). */
export async function definitionsOf(ctx: Context, roleId: string, source: string | null, info: GraphQLResolveInfo): Promise<Definition[]> {
  const all: Definition[] = selectsOnly(info, [], HEADING_FIELDS)
    ? await ctx.loaders.definitionHeadingsByRole.load(roleId)
    : await ctx.loaders.claims.definitions.byRole.load(roleId);
  return source ? all.filter((d) => d.source === source) : all;
}

/** The whole claim behind a definition: itself, or (for a heading) its source's claim about its role. */
export async function definitionOf(ctx: Context, d: Definition): Promise<DefinitionClaim> {
  if (!isHeading(d)) return d;
  const claim = (await ctx.loaders.claims.definitions.byRole.load(d.role)).find((c) => c.source === d.source);
  if (!claim) throw new Error(`the definition of ${d.role} by ${d.source} was read as a heading but is gone`);
  return claim;
}

/**
 * Roles in ladder order (of one checked source, or of all), on a track and/or matching a search. A search matches the canonical
 * name, slug or any title a source writes as a substring (case-insensitive); when nothing does,
 * it is matched by spelling (typos, word variants) and ranked best first.
 */
export async function findRoles(
  ctx: Context,
  filter: { source: string | null; track: Track | null; search: string | null },
  offset: number,
  limit: number,
  info: GraphQLResolveInfo | null = null,
): Promise<SearchedRole[]> {
  const claims: RolesPageClaims = info ? rolesPageClaims(info) : { definitions: false, promotions: false };
  const search = filter.search?.trim() || null;
  if (search && search.length > LIMITS.searchLength) {
    throw new InvalidInputError(`search may be at most ${LIMITS.searchLength} characters`);
  }
  if (!search) {
    const plain = { source: filter.source, track: filter.track, search: null };
    if (filter.source !== null || (!claims.definitions && !claims.promotions)) return rolesPage(ctx.scope, plain, offset, limit);
    // The page's query asks for claims under each role: read them with the page, in one statement.
    const page = await rolesPageWithClaims(ctx.scope, { track: filter.track, search: null }, offset, limit, claims);
    prime.rolesPage(ctx.loaders, page);
    return page.roles.map((r) => r.role);
  }
  const contained = await rolesPage(ctx.scope, { source: filter.source, track: filter.track, search }, 0, ALL_ROLES);
  if (contained.length > 0) {
    const needle = search.toLowerCase();
    return contained.slice(offset, offset + limit).map((r) => ({
      ...r,
      match: {
        matchedBy: r.name.toLowerCase().includes(needle) || r.id.includes(needle) ? "CANONICAL_NAME" : "TITLE",
        matchedTitle: null,
      },
    }));
  }
  const [onTrack, titles] = await Promise.all([
    rolesPage(ctx.scope, { source: filter.source, track: filter.track, search: null }, 0, ALL_ROLES),
    allRoleTitles(ctx.scope),
  ]);
  const byId = new Map(onTrack.map((r) => [r.id, r]));
  const names = new Map(onTrack.map((r) => [r.id, r.name]));
  const fuzzy = fuzzyMatchTitles(
    search,
    titles.filter((t) => byId.has(t.role)),
    names,
    ALL_ROLES,
  );
  return fuzzy.slice(offset, offset + limit).map((m) => ({
    ...(byId.get(m.role) as RoleRow),
    match: { matchedBy: "FUZZY", matchedTitle: m.matched },
  }));
}

/**
 * For `role(id:)` when the query asks for the role's conflicts: the audit's one statement is read
 * first; it holds the role, its definitions and every source they cite, and primes those loaders,
 * so the whole field costs that one statement.
 */
export async function readAuditFirst(ctx: Context, id: string): Promise<void> {
  const claims = await ctx.loaders.auditClaims.load(id);
  if (claims) ctx.loaders.claims.definitions.byRole.prime(id, claims.definitions);
}

/** Every title the sources write for a role, grouped by the exact text. */
export async function aliasesOf(ctx: Context, roleId: string): Promise<Alias[]> {
  const [definitions, mentions] = await Promise.all([
    ctx.loaders.claims.definitions.byRole.load(roleId),
    ctx.loaders.claims.mentions.byRole.load(roleId),
  ]);
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

/**
 * A role's promotion claims up (to the roles above it) or down (from the roles below), grouped into
 * edges, one per source-role step: a source's claims under another title it joins to this role
 * (SAME_AS) are its claims about this role.
 */
export async function promotionsOf(ctx: Context, roleId: string, direction: "up" | "down", filter: StepFilter): Promise<PromotionEdge[]> {
  const { claims, roles } = await stepClaimsOf(ctx, roleId, direction);
  return groupEdges(claims, filter, roles, direction === "up" ? { from: roleId } : { to: roleId });
}

/**
 * The promotion claims out of (or into) a role under every title a source joins to it: the statement
 * reads them through the sources' SAME_AS and returns those sources' identity claims, which prime
 * `identitiesBySource` for the grouping (one statement).
 */
export async function stepClaimsOf(
  ctx: Context,
  roleId: string,
  direction: "up" | "down",
): Promise<{ claims: PromotionClaim[]; roles: SourceRoles }> {
  const claims = await (direction === "up" ? ctx.loaders.claims.promotions.fromRole : ctx.loaders.claims.promotions.toRole).load(roleId);
  const roles = await sourceRolesOf(ctx, [...new Set(claims.map((c) => c.source))]);
  return { claims: ofRole(claims, roleId, roles, (c) => (direction === "up" ? c.from : c.to)), roles };
}

/** A role's responsibility claims, all or one (checked) source's, under every title its source joins to it. */
export async function responsibilitiesOf(ctx: Context, roleId: string, source: string | null): Promise<ResponsibilityClaim[]> {
  const { roles, titles } = await roleAcrossTitles(ctx, roleId);
  const lists = await ctx.loaders.claims.responsibilities.byRole.loadMany(titles);
  const all = ofRole(
    lists.flatMap((list) => {
      if (list instanceof Error) throw list;
      return list;
    }),
    roleId,
    roles,
    (r) => r.role,
  );
  // A bullet a source lists for two titles it joins (001's associate and junior PM) is one responsibility.
  const seen = new Set<string>();
  const once = all.filter((x) => {
    const key = JSON.stringify([x.source, x.evidence.start, x.evidence.end]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return source ? once.filter((x) => x.source === source) : once;
}

/** A role's promotion claims up or down, grouped by the source that makes them (sources by id); each source role at the other end once. */
export async function stepsBySource(ctx: Context, roleId: string, direction: "up" | "down"): Promise<SourceSteps[]> {
  const { claims, roles } = await stepClaimsOf(ctx, roleId, direction);
  return [...groupBy(claims, (c) => c.source).entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([source, steps]) => {
      const ends = distinctSorted(steps.map((c) => roles.key(source, direction === "up" ? c.to : c.from)));
      return {
        source,
        roles: ends,
        sourceRoles: ends.map((role) => ({ source, role, roles: [...roles.members(source, role)] })),
        claims: steps,
      };
    });
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
