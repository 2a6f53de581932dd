import type { BandClaim } from "../../claims/band.ts";
import type { DefinitionClaim } from "../../claims/definition.ts";
import type { IdentityClaim } from "../../claims/identity.ts";
import type { ManagementClaim } from "../../claims/management.ts";
import type { PromotionClaim } from "../../claims/promotion.ts";
import type { RelativeRankClaim } from "../../claims/relativeRank.ts";
import type { ResponsibilityClaim } from "../../claims/responsibility.ts";
import { type SourceIdentities, sameRoleIn, sourceIdentities } from "../sourceIdentity.ts";
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
  /**
   * Every definition of every source that defines the role, or a role that source says is the same
   * one (SAME_AS): those sources' whole ladders.
   */
  ladders: { source: string; definitions: DefinitionClaim[] }[];
  /** Every SAME_AS / MAY_COEXIST claim, as written, of the sources that make one about the role. */
  sourceIdentities: IdentityClaim[];
  /** Every band claim of the sources that band the role (under any title they give it). */
  bands: BandClaim[];
  /** Management-scope claims about the role under any title its source gives it. */
  management: ManagementClaim[];
  /** Relative-rank claims naming the role, first or second, under any title its source gives it; as written. */
  relativeRanks: RelativeRankClaim[];
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
    sourceIdentities: claims.sourceIdentities,
    bands: claims.bands,
    management: claims.management,
    relativeRanks: claims.relativeRanks,
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
    sourceIdentities: keep(c.sourceIdentities),
    bands: keep(c.bands),
    management: keep(c.management),
    relativeRanks: keep(c.relativeRanks),
  };
}

/** Each source's own SAME_AS claims: which of its claims are about one role. */
export function identitiesOf(c: RoleClaims): SourceIdentities {
  return sourceIdentities(c.sourceIdentities);
}

/** Every definition on the ladders read (the whole ladders of the sources that define the role under any title). */
export function allDefinitions(c: RoleClaims): DefinitionClaim[] {
  return [...c.ladders.values()].flat();
}

/** The role's definitions, and each source's definitions of a role it says is the same one (its SAME_AS). */
export function definitionsAbout(c: RoleClaims): DefinitionClaim[] {
  const ids = identitiesOf(c);
  const followed = allDefinitions(c).filter((d) => d.role !== c.role && sameRoleIn(ids, d.source, c.role).has(d.role));
  return [...c.definitions, ...followed];
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
