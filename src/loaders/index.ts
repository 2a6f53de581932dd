import DataLoader from "dataloader";
import type { QueryScope } from "../db/query.ts";
import * as claims from "../db/repositories/claims.ts";
import { rolesById } from "../db/repositories/roles.ts";
import { skillsById } from "../db/repositories/skills.ts";
import { sourcesById, sourceTextsById } from "../db/repositories/sources.ts";
import type { EvidenceRow, RoleRow, SourceRow } from "../domain/types.ts";

/** Batches every lookup of one kind made while resolving one level of a query into one Cypher statement. */
function batch<V>(scope: QueryScope, load: (scope: QueryScope, ids: readonly string[]) => Promise<V[]>, after?: (values: V[]) => void) {
  return new DataLoader<string, V>(
    async (ids) => {
      const values = await load(scope, ids);
      after?.(values);
      return values;
    },
    { maxBatchSize: 1000 },
  );
}

type NodeLoaders = { source: DataLoader<string, SourceRow | null>; role: DataLoader<string, RoleRow | null> };

/**
 * Claim statements return the source and role nodes they read anyway; putting them in the request's
 * node loaders saves the next level a round trip (`source { title }`, `to { name }`).
 */
export function primeNodes(nodes: NodeLoaders, rows: readonly EvidenceRow[]): void {
  for (const row of rows) {
    if (row.sourceNode) nodes.source.prime(row.sourceNode.id, row.sourceNode);
    for (const role of row.roleNodes ?? []) nodes.role.prime(role.id, role);
  }
}

export function createLoaders(scope: QueryScope) {
  const nodes: NodeLoaders = { source: batch(scope, sourcesById), role: batch(scope, rolesById) };
  const claimsOf = <Row extends EvidenceRow>(load: (scope: QueryScope, ids: readonly string[]) => Promise<Row[][]>) =>
    batch(scope, load, (lists) => primeNodes(nodes, lists.flat()));
  return {
    ...nodes,
    sourceText: batch(scope, sourceTextsById),
    skill: batch(scope, skillsById),
    definitionsByRole: claimsOf(claims.definitionsByRole),
    definitionsBySource: claimsOf(claims.definitionsBySource),
    mentionsByRole: claimsOf(claims.mentionsByRole),
    promotionsFrom: claimsOf(claims.promotionsFromRoles),
    promotionsTo: claimsOf(claims.promotionsToRoles),
    promotionsBySource: claimsOf(claims.promotionsBySource),
    identitiesByRole: claimsOf(claims.identitiesByRole),
    identitiesBySource: claimsOf(claims.identitiesBySource),
    requirementsByRole: claimsOf(claims.requirementsByRole),
    responsibilitiesByRole: claimsOf(claims.responsibilitiesByRole),
    auditClaims: batch(scope, claims.auditClaimsByRole, (all) => {
      for (const a of all) {
        for (const s of a?.sources ?? []) nodes.source.prime(s.id, s);
        for (const r of a?.names ?? []) nodes.role.prime(r.id, r);
      }
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
