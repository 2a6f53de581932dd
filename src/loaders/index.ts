import DataLoader from "dataloader";
import type { QueryScope } from "../db/query.ts";
import * as claims from "../db/repositories/claims.ts";
import { rolesById } from "../db/repositories/roles.ts";
import { skillsById } from "../db/repositories/skills.ts";
import { sourcesById, sourceTextsById } from "../db/repositories/sources.ts";

/** Batches every lookup of one kind made while resolving one level of a query into one Cypher statement. */
function batch<V>(scope: QueryScope, load: (scope: QueryScope, ids: readonly string[]) => Promise<V[]>) {
  return new DataLoader<string, V>((ids) => load(scope, ids), { maxBatchSize: 1000 });
}

export function createLoaders(scope: QueryScope) {
  return {
    source: batch(scope, sourcesById),
    sourceText: batch(scope, sourceTextsById),
    role: batch(scope, rolesById),
    skill: batch(scope, skillsById),
    definitionsByRole: batch(scope, claims.definitionsByRole),
    definitionsBySource: batch(scope, claims.definitionsBySource),
    mentionsByRole: batch(scope, claims.mentionsByRole),
    promotionsFrom: batch(scope, claims.promotionsFromRoles),
    promotionsTo: batch(scope, claims.promotionsToRoles),
    promotionsBySource: batch(scope, claims.promotionsBySource),
    identitiesByRole: batch(scope, claims.identitiesByRole),
    identitiesBySource: batch(scope, claims.identitiesBySource),
    requirementsByRole: batch(scope, claims.requirementsByRole),
    responsibilitiesByRole: batch(scope, claims.responsibilitiesByRole),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
