import DataLoader from "dataloader";
import type { QueryScope } from "../db/query.ts";
import * as claims from "../db/repositories/claims.ts";
import { rolesById } from "../db/repositories/roles.ts";
import type { Keyed, Nodes } from "../db/repositories/rows.ts";
import { skillsById } from "../db/repositories/skills.ts";
import { sourcesById, sourceTextsById } from "../db/repositories/sources.ts";
import type { RoleRow, SourceRow } from "../domain/types.ts";

type NodeLoaders = { source: DataLoader<string, SourceRow | null>; role: DataLoader<string, RoleRow | null> };

/**
 * Statements return the source and role nodes they read anyway; putting them in the request's
 * node loaders saves the next level a round trip (`source { title }`, `to { name }`).
 */
export function primeNodes(loaders: NodeLoaders, nodes: Nodes): void {
  for (const source of nodes.sources) loaders.source.prime(source.id, source);
  for (const role of nodes.roles) loaders.role.prime(role.id, role);
}

export function createLoaders(scope: QueryScope) {
  /** Batches every lookup of one kind made while resolving one level of a query into one Cypher statement. */
  const batch = <V>(load: (scope: QueryScope, ids: readonly string[]) => Promise<Keyed<V>>) =>
    new DataLoader<string, V>(
      async (ids) => {
        const { values, nodes: read } = await load(scope, ids);
        primeNodes(nodes, read);
        return values;
      },
      { maxBatchSize: 1000 },
    );
  const nodes: NodeLoaders = { source: batch(sourcesById), role: batch(rolesById) };
  return {
    ...nodes,
    sourceText: batch(sourceTextsById),
    skill: batch(skillsById),
    definitionsByRole: batch(claims.definitionsByRole),
    definitionsBySource: batch(claims.definitionsBySource),
    mentionsByRole: batch(claims.mentionsByRole),
    promotionsFrom: batch(claims.promotionsFromRoles),
    promotionsTo: batch(claims.promotionsToRoles),
    promotionsBySource: batch(claims.promotionsBySource),
    identitiesByRole: batch(claims.identitiesByRole),
    identitiesBySource: batch(claims.identitiesBySource),
    requirementsByRole: batch(claims.requirementsByRole),
    responsibilitiesByRole: batch(claims.responsibilitiesByRole),
    auditClaims: batch(claims.auditClaimsByRole),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
