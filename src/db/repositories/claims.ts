import type { RoleAuditClaims } from "../../domain/conflicts.ts";
import type {
  DefinitionRow,
  IdentityRow,
  MentionRow,
  PromotionRow,
  RequirementRow,
  ResponsibilityRow,
  SourceRow,
} from "../../domain/types.ts";
import type { StatementName } from "../cypher.ts";
import { alignTo, type QueryScope, read } from "../query.ts";

/** Runs one `UNWIND $ids` statement that returns `{ key, value: [...] }` rows, aligned to the ids. */
async function claimsBy<Row>(scope: QueryScope, name: StatementName, ids: readonly string[]): Promise<Row[][]> {
  const rows = await read<{ key: string; value: Row[] }>(scope, name, { ids });
  return alignTo(ids, rows, []);
}

export const definitionsByRole = (scope: QueryScope, ids: readonly string[]) =>
  claimsBy<DefinitionRow>(scope, "read/definitions-by-role", ids);
export const definitionsBySource = (scope: QueryScope, ids: readonly string[]) =>
  claimsBy<DefinitionRow>(scope, "read/definitions-by-source", ids);
export const mentionsByRole = (scope: QueryScope, ids: readonly string[]) => claimsBy<MentionRow>(scope, "read/mentions-by-role", ids);
export const promotionsFromRoles = (scope: QueryScope, ids: readonly string[]) =>
  claimsBy<PromotionRow>(scope, "read/promotions-from-roles", ids);
export const promotionsToRoles = (scope: QueryScope, ids: readonly string[]) =>
  claimsBy<PromotionRow>(scope, "read/promotions-to-roles", ids);
export const promotionsBySource = (scope: QueryScope, ids: readonly string[]) =>
  claimsBy<PromotionRow>(scope, "read/promotions-by-source", ids);
export const identitiesByRole = (scope: QueryScope, ids: readonly string[]) => claimsBy<IdentityRow>(scope, "read/identities-by-role", ids);
export const requirementsByRole = (scope: QueryScope, ids: readonly string[]) =>
  claimsBy<RequirementRow>(scope, "read/requirements-by-role", ids);
export const responsibilitiesByRole = (scope: QueryScope, ids: readonly string[]) =>
  claimsBy<ResponsibilityRow>(scope, "read/responsibilities-by-role", ids);
export const identitiesBySource = (scope: QueryScope, ids: readonly string[]) =>
  claimsBy<IdentityRow>(scope, "read/identities-by-source", ids);

/** Everything the conflict rules need about a role, read in one statement, and the sources it cites. */
export interface AuditClaims extends RoleAuditClaims {
  sources: SourceRow[];
}

export async function auditClaimsByRole(scope: QueryScope, ids: readonly string[]): Promise<(AuditClaims | null)[]> {
  const rows = await read<{ key: string; value: AuditClaims }>(scope, "read/audit-claims-by-role", { ids });
  return alignTo(ids, rows, null);
}
