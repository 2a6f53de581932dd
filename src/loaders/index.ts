import DataLoader from "dataloader";
import type { IdentityClaim } from "../claims/identity.ts";
import type { ClaimKindName, ReadClaimOf, ReadNameOf } from "../claims/registry.ts";
import type { QueryScope } from "../db/query.ts";
import { auditClaimsByRole, type ClaimsRead, claimReads } from "../db/repositories/claims.ts";
import { type DefinitionHeading, headingOf } from "../db/repositories/definitionHeadings.ts";
import type { LadderClaims } from "../db/repositories/ladders.ts";
import type { RoleWithClaims } from "../db/repositories/roles.ts";
import { outsideLadderByRole, rolesById } from "../db/repositories/roles.ts";
import type { Keyed, Nodes } from "../db/repositories/rows.ts";
import { skillsById } from "../db/repositories/skills.ts";
import { sourcesById, sourceTextsById } from "../db/repositories/sources.ts";
import type { RoleRow, SkillRow, SourceRow } from "../domain/types.ts";

/** One loader per read of every claim kind (`loaders.claims.promotions.fromRole`), derived from the registry. */
export type ClaimLoaders = { [N in ClaimKindName]: { [R in ReadNameOf<N>]: DataLoader<string, ReadClaimOf<N, R>[]> } };

/**
 * A node loader that also holds, synchronously, the nodes it has (primed or loaded): `known`. A
 * field that returns a held node's id is answered with the node itself, without a loader round and
 * without a promise (src/schema/heldNodes.ts); an id it does not hold goes through the loader.
 */
export class NodeLoader<V extends { id: string }> extends DataLoader<string, V | null> {
  readonly known = new Map<string, V>();

  constructor(load: (ids: readonly string[]) => Promise<(V | null)[]>) {
    super(
      async (ids) => {
        const values = await load(ids);
        for (const v of values) if (v && !this.known.has(v.id)) this.known.set(v.id, v);
        return values;
      },
      { maxBatchSize: 1000 },
    );
  }

  override prime(key: string, value: V | null | Error | PromiseLike<V | null>): this {
    if (value && !(value instanceof Error) && !("then" in value) && !this.known.has(key)) this.known.set(key, value);
    return super.prime(key, value);
  }

  /** A node a write changed is forgotten here too (src/services/admin.ts). */
  override clear(key: string): this {
    this.known.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.known.clear();
    return super.clearAll();
  }
}

type NodeLoaders = {
  source: NodeLoader<SourceRow>;
  role: NodeLoader<RoleRow>;
  skill: NodeLoader<SkillRow>;
  claims: ClaimLoaders;
};

/**
 * Statements return the source and role nodes they read anyway; putting them in the request's
 * node loaders saves the next level a round trip (`source { title }`, `to { name }`).
 */
export function primeNodes(loaders: NodeLoaders, nodes: Nodes): void {
  for (const source of nodes.sources) loaders.source.prime(source.id, source);
  for (const role of nodes.roles) loaders.role.prime(role.id, role);
  for (const skill of nodes.skills) loaders.skill.prime(skill.id, skill);
  if (nodes.sourceIdentities) {
    // Each cited source's identity claims, once each (a claim can come back from several keys' rows).
    const bySource = new Map<string, Map<string, IdentityClaim>>(nodes.sources.map((s) => [s.id, new Map()]));
    for (const c of nodes.sourceIdentities) {
      bySource.get(c.source)?.set(JSON.stringify([c.role, c.other, c.kind, c.evidence.start]), c);
    }
    for (const [source, claims] of bySource) loaders.claims.identities.bySource.prime(source, [...claims.values()]);
  }
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
  const claims = Object.fromEntries(
    Object.entries(claimReads).map(([kind, reads]) => [
      kind,
      Object.fromEntries(Object.entries(reads).map(([read, load]) => [read, batch(load as ClaimsRead<unknown>)])),
    ]),
  ) as unknown as ClaimLoaders;
  /** A node loader over `load`, priming the nodes its statement returns besides, as `batch` does. */
  const nodeLoader = <V extends { id: string }>(load: (scope: QueryScope, ids: readonly string[]) => Promise<Keyed<V | null>>) =>
    new NodeLoader<V>(async (ids) => {
      const { values, nodes: read } = await load(scope, ids);
      primeNodes(nodes, read);
      return values;
    });
  const nodes: NodeLoaders = {
    source: nodeLoader(sourcesById),
    role: nodeLoader(rolesById),
    skill: nodeLoader(skillsById),
    claims,
  };
  return {
    ...nodes,
    sourceText: batch(sourceTextsById),
    /** Only the headings of a role's definitions: primed by a roles page that read only those, else cut from the whole claims. */
    definitionHeadingsByRole: new DataLoader<string, DefinitionHeading[]>(async (ids) =>
      (await claims.definitions.byRole.loadMany(ids)).map((list) => (list instanceof Error ? list : list.map(headingOf))),
    ),
    auditClaims: batch(auditClaimsByRole),
    outsideLadder: batch(outsideLadderByRole),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * A root field that read everything its query selects in one statement hands the rows to the
 * request's loaders, so the nested resolvers (unchanged, correct for any selection) find them there.
 */
export const prime = {
  ladder(loaders: Loaders, sourceId: string, ladder: LadderClaims): void {
    primeNodes(loaders, ladder.nodes);
    loaders.source.prime(sourceId, ladder.source);
    if (!ladder.source) return;
    loaders.claims.definitions.bySource.prime(sourceId, ladder.definitions);
    loaders.claims.promotions.bySource.prime(sourceId, ladder.promotions);
  },
  rolesPage(loaders: Loaders, page: { roles: RoleWithClaims[]; nodes: Nodes }): void {
    primeNodes(loaders, page.nodes);
    for (const { role, definitions, headings, promotions } of page.roles) {
      loaders.role.prime(role.id, role);
      if (definitions) loaders.claims.definitions.byRole.prime(role.id, definitions);
      if (headings) loaders.definitionHeadingsByRole.prime(role.id, headings);
      if (promotions) loaders.claims.promotions.fromRole.prime(role.id, promotions);
    }
  },
};
