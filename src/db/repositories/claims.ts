import { z } from "zod";
import { bands } from "../../claims/band.ts";
import { definitions } from "../../claims/definition.ts";
import { identities } from "../../claims/identity.ts";
import { management } from "../../claims/management.ts";
import { promotions } from "../../claims/promotion.ts";
import { type ClaimKindName, KINDS, type ReadClaimOf, type ReadNameOf } from "../../claims/registry.ts";
import { relativeRanks } from "../../claims/relativeRank.ts";
import { responsibilities } from "../../claims/responsibility.ts";
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

/** Every kind's reads, kind by kind and read by read (`claimReads.promotions.fromRole`): derived from the registry. */
export type ClaimReads = { [N in ClaimKindName]: { [R in ReadNameOf<N>]: ClaimsRead<ReadClaimOf<N, R>> } };

export const claimReads = Object.fromEntries(
  KINDS.map(({ name, kind }) => [
    name,
    Object.fromEntries(
      Object.entries(kind.reads).map(([read, spec]) => [
        read,
        typeof spec === "string" ? claimsBy(spec, kind.stored) : claimsBy(spec.statement, spec.stored),
      ]),
    ),
  ]),
) as ClaimReads;

export const AuditClaimsSchema: z.ZodType<RoleAuditClaims> = z.object({
  definitions: z.array(definitions.stored),
  promotionsFrom: z.array(promotions.stored),
  promotionsTo: z.array(promotions.stored),
  identities: z.array(identities.stored),
  responsibilities: z.array(responsibilities.stored),
  ladders: z.array(z.object({ source: z.string(), definitions: z.array(definitions.stored) })),
  sourceIdentities: z.array(identities.stored),
  bands: z.array(bands.stored),
  management: z.array(management.stored),
  relativeRanks: z.array(relativeRanks.stored),
  names: z.array(RoleRowSchema),
});

/** Everything the conflict rules need about each role, in one statement per batch of roles; null for an unknown role. */
export function auditClaimsByRole(scope: QueryScope, ids: readonly string[]): Promise<Keyed<RoleAuditClaims | null>> {
  return keyedRead(scope, "read/audit-claims-by-role", ids, AuditClaimsSchema.nullable(), null);
}
