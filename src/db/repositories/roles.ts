import { int } from "neo4j-driver";
import { z } from "zod";
import { type DefinitionClaim, definitions } from "../../claims/definition.ts";
import { type PromotionClaim, promotions } from "../../claims/promotion.ts";
import type { TitleEvidence } from "../../domain/titles.ts";
import type { RoleRow, Track } from "../../domain/types.ts";
import { type QueryScope, read } from "../query.ts";
import { type DefinitionHeading, StoredHeadingSchema } from "./definitionHeadings.ts";
import { EvidenceSchema, type Keyed, keyedRead, listRead, type Nodes, NodesSchema, RoleRowSchema } from "./rows.ts";

export function rolesById(scope: QueryScope, ids: readonly string[]): Promise<Keyed<RoleRow | null>> {
  return keyedRead(scope, "read/roles-by-id", ids, RoleRowSchema.nullable(), null);
}

/** Whether each role is outside the product ladder (the catalogue's flag); false for unknown ids. */
export function outsideLadderByRole(scope: QueryScope, ids: readonly string[]): Promise<Keyed<boolean>> {
  return keyedRead(scope, "read/role-flags", ids, z.boolean(), false);
}

export async function allRoleIds(scope: QueryScope): Promise<string[]> {
  return listRead(scope, "read/role-ids", "id", z.string());
}

export function rolesPage(
  scope: QueryScope,
  filter: { source: string | null; track: Track | null; search: string | null },
  offset: number,
  limit: number,
): Promise<RoleRow[]> {
  return listRead(scope, "read/roles-page", "role", RoleRowSchema, {
    source: filter.source,
    track: filter.track,
    search: filter.search === null ? null : filter.search.toLowerCase(),
    offset: int(offset),
    limit: int(limit),
  });
}

const TitleEvidenceSchema: z.ZodType<TitleEvidence> = z.object({
  role: z.string(),
  name: z.string(),
  title: z.string(),
  evidence: EvidenceSchema,
});

/** Every title any source writes for any role (definitions and mentions), with its evidence. */
export async function allRoleTitles(scope: QueryScope): Promise<TitleEvidence[]> {
  return z.array(TitleEvidenceSchema).parse(await read<unknown>(scope, "read/role-titles"));
}

/** What a roles page reads beside the roles: only what the query selects under each role. */
export interface RolesPageClaims {
  /** false: no definitions; "headings": only their headings (`DefinitionHeading`); true: whole claims. */
  definitions: boolean | "headings";
  promotions: boolean;
}

/** One role of a page with the claims asked for (null: not asked for). */
export interface RoleWithClaims {
  role: RoleRow;
  definitions: DefinitionClaim[] | null;
  /** The definitions' headings, when only those were asked for. */
  headings: DefinitionHeading[] | null;
  promotions: PromotionClaim[] | null;
}

/** The statement's one row: the page's roles in order with their claims, then the nodes they cite, once each. */
const pageSchema = <D>(definitionRow: z.ZodType<D>) =>
  z.object({
    page: z.array(z.object({ role: RoleRowSchema, definitions: z.array(definitionRow), promotions: z.array(promotions.stored) })),
    ...NodesSchema,
  });
const WITH_CLAIMS = pageSchema(definitions.stored);
const WITH_HEADINGS = pageSchema(StoredHeadingSchema);

/**
 * A page of roles (as `rolesPage`) with each role's definitions and promotion claims up, as far as
 * `claims` asks, in one statement (`cypher/read/roles-page-with-claims.cypher`); the lists are
 * those `definitionsByRole` and `promotionsFromRoles` return, and the nodes they cite come along.
 */
export async function rolesPageWithClaims(
  scope: QueryScope,
  filter: { track: Track | null; search: string | null },
  offset: number,
  limit: number,
  claims: RolesPageClaims,
): Promise<{ roles: RoleWithClaims[]; nodes: Nodes }> {
  const headingsOnly = claims.definitions === "headings";
  const stored = await read<unknown>(scope, "read/roles-page-with-claims", {
    track: filter.track,
    search: filter.search === null ? null : filter.search.toLowerCase(),
    offset: int(offset),
    limit: int(limit),
    withDefinitions: claims.definitions !== false,
    headingsOnly,
    withPromotions: claims.promotions,
  });
  // One row, also for an empty page (the statement ends in aggregations).
  const row = stored[0] ?? { page: [] };
  const promotionsOf = (r: { promotions: PromotionClaim[] }) => (claims.promotions ? r.promotions : null);
  if (headingsOnly) {
    const parsed = WITH_HEADINGS.parse(row);
    return {
      roles: parsed.page.map((r) => ({ role: r.role, definitions: null, headings: r.definitions, promotions: promotionsOf(r) })),
      nodes: { sources: parsed.sources, roles: parsed.roles, skills: [], sourceIdentities: parsed.sourceIdentities ?? [] },
    };
  }
  const parsed = WITH_CLAIMS.parse(row);
  return {
    roles: parsed.page.map((r) => ({
      role: r.role,
      definitions: claims.definitions ? r.definitions : null,
      headings: null,
      promotions: promotionsOf(r),
    })),
    nodes: { sources: parsed.sources, roles: parsed.roles, skills: [], sourceIdentities: parsed.sourceIdentities ?? [] },
  };
}
