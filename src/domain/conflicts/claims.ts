import type { DefinitionClaim } from "../../claims/definition.ts";
import type { IdentityClaim } from "../../claims/identity.ts";
import type { PromotionClaim } from "../../claims/promotion.ts";
import type { ResponsibilityClaim } from "../../claims/responsibility.ts";
import type { RoleRow } from "../types.ts";

/** Everything the rules read about one role, as one statement returns it (cypher/read/audit-claims-by-role). */
export interface RoleAuditClaims {
  /** DESCRIBED_BY claims of this role (one per source). */
  definitions: DefinitionClaim[];
  /** PROMOTES_TO claims whose `from` is this role. */
  promotionsFrom: PromotionClaim[];
  /** PROMOTES_TO claims whose `to` is this role. */
  promotionsTo: PromotionClaim[];
  /** SAME_AS / MAY_COEXIST claims touching this role, normalised so `role` is this role and `other` the other one. */
  identities: IdentityClaim[];
  responsibilities: ResponsibilityClaim[];
  /** Every definition of every source that defines the role: those sources' whole ladders. */
  ladders: { source: string; definitions: DefinitionClaim[] }[];
  /** Names of the roles those claims mention. */
  names: RoleRow[];
}

/** The claims the rules read about one role, indexed for them. */
export interface RoleClaims extends Omit<RoleAuditClaims, "ladders" | "names"> {
  role: string;
  /** For every source that defines this role: ALL that source's definitions (its whole ladder). */
  ladders: ReadonlyMap<string, DefinitionClaim[]>;
  /** Display name for a role id. */
  roleName: (id: string) => string;
}

export function roleClaimsOf(role: string, claims: RoleAuditClaims): RoleClaims {
  const names = new Map(claims.names.map((r) => [r.id, r.name]));
  return {
    role,
    definitions: claims.definitions,
    promotionsFrom: claims.promotionsFrom,
    promotionsTo: claims.promotionsTo,
    identities: claims.identities,
    responsibilities: claims.responsibilities,
    ladders: new Map(claims.ladders.map((l) => [l.source, l.definitions])),
    roleName: (id) => names.get(id) ?? id,
  };
}

/** The same claims, keeping only the given sources'. */
export function restrictToSources(c: RoleClaims, sources: readonly string[]): RoleClaims {
  const allowed = new Set(sources);
  const keep = <T extends { source: string }>(rows: readonly T[]): T[] => rows.filter((row) => allowed.has(row.source));
  const ladders = new Map<string, DefinitionClaim[]>();
  for (const [source, ladder] of c.ladders) if (allowed.has(source)) ladders.set(source, keep(ladder));
  return {
    ...c,
    definitions: keep(c.definitions),
    promotionsFrom: keep(c.promotionsFrom),
    promotionsTo: keep(c.promotionsTo),
    identities: keep(c.identities),
    responsibilities: keep(c.responsibilities),
    ladders,
  };
}

/** The whole ladder of the source that gave this definition. */
export function ladderOf(c: RoleClaims, def: DefinitionClaim): readonly DefinitionClaim[] {
  return c.ladders.get(def.source) ?? [def];
}

function ranksOf(ladder: readonly DefinitionClaim[]): number[] {
  return ladder.flatMap((d) => (d.rank === null ? [] : [d.rank]));
}

export function maxRank(ladder: readonly DefinitionClaim[]): number {
  return Math.max(...ranksOf(ladder));
}

export function minRank(ladder: readonly DefinitionClaim[]): number {
  return Math.min(...ranksOf(ladder));
}
