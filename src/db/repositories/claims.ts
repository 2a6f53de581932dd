import { z } from "zod";
import { type DefinitionClaim, definitions } from "../../claims/definition.ts";
import { type IdentityClaim, identities } from "../../claims/identity.ts";
import { type MentionClaim, mentions } from "../../claims/mention.ts";
import { type PromotionClaim, promotions } from "../../claims/promotion.ts";
import { type ResponsibilityClaim, responsibilities } from "../../claims/responsibility.ts";
import { type RequirementClaim, storedRequirement } from "../../claims/skill.ts";
import type { RoleAuditClaims } from "../../domain/conflicts/claims.ts";
import type { StatementName } from "../cypher.ts";
import type { QueryScope } from "../query.ts";
import { type Keyed, keyedRead, RoleRowSchema } from "./rows.ts";

/** A read of claims of one kind, keyed by role or source id: one statement per batch of ids. */
export type ClaimsRead<C> = (scope: QueryScope, ids: readonly string[]) => Promise<Keyed<C[]>>;

/** Claims of one kind, one list per id, parsed with the kind's stored-row schema. */
function claimsBy<C>(name: StatementName, stored: z.ZodType<C>): ClaimsRead<C> {
  return (scope, ids) => keyedRead(scope, name, ids, z.array(stored), []);
}

export const definitionsByRole: ClaimsRead<DefinitionClaim> = claimsBy("read/definitions-by-role", definitions.stored);
export const definitionsBySource: ClaimsRead<DefinitionClaim> = claimsBy("read/definitions-by-source", definitions.stored);
export const mentionsByRole: ClaimsRead<MentionClaim> = claimsBy("read/mentions-by-role", mentions.stored);
export const promotionsFromRoles: ClaimsRead<PromotionClaim> = claimsBy("read/promotions-from-roles", promotions.stored);
export const promotionsToRoles: ClaimsRead<PromotionClaim> = claimsBy("read/promotions-to-roles", promotions.stored);
export const promotionsBySource: ClaimsRead<PromotionClaim> = claimsBy("read/promotions-by-source", promotions.stored);
export const identitiesByRole: ClaimsRead<IdentityClaim> = claimsBy("read/identities-by-role", identities.stored);
export const identitiesBySource: ClaimsRead<IdentityClaim> = claimsBy("read/identities-by-source", identities.stored);
export const requirementsByRole: ClaimsRead<RequirementClaim> = claimsBy("read/requirements-by-role", storedRequirement);
export const responsibilitiesByRole: ClaimsRead<ResponsibilityClaim> = claimsBy("read/responsibilities-by-role", responsibilities.stored);

export const AuditClaimsSchema: z.ZodType<RoleAuditClaims> = z.object({
  definitions: z.array(definitions.stored),
  promotionsFrom: z.array(promotions.stored),
  promotionsTo: z.array(promotions.stored),
  identities: z.array(identities.stored),
  responsibilities: z.array(responsibilities.stored),
  ladders: z.array(z.object({ source: z.string(), definitions: z.array(definitions.stored) })),
  names: z.array(RoleRowSchema),
});

/** Everything the conflict rules need about each role, in one statement per batch of roles; null for an unknown role. */
export function auditClaimsByRole(scope: QueryScope, ids: readonly string[]): Promise<Keyed<RoleAuditClaims | null>> {
  return keyedRead(scope, "read/audit-claims-by-role", ids, AuditClaimsSchema.nullable(), null);
}
