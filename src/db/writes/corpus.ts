import { type Driver, int, type ManagedTransaction } from "neo4j-driver";
import type { Corpus } from "../../claims/corpus.ts";
import type { ClaimKind } from "../../claims/kind.ts";
import { KINDS } from "../../claims/registry.ts";
import { claimStatements } from "../claimStatements.ts";
import { STATEMENTS, statement } from "../cypher.ts";
import { graphCounts } from "../repositories/graph.ts";
import { write } from "./write.ts";

/** One kind's load statements with the rows of every source's claims of that kind. */
function kindLoads<I, C>(kind: ClaimKind<I, C>, lists: readonly C[][]) {
  const claims = lists.flat();
  return kind.load.map((load) => ({ statement: load.statement, rows: load.rows(claims) }));
}

/** The role and skill ids a corpus's claims refer to: the load creates only those nodes. */
function referencedNodes(corpus: Corpus): { roles: Set<string>; skills: Set<string> } {
  const roles = new Set<string>();
  const skills = new Set<string>();
  for (const s of corpus.sources) {
    for (const { name, kind } of KINDS) {
      for (const c of s[name]) {
        for (const id of kind.roles(c)) roles.add(id);
        for (const id of kind.skills?.(c) ?? []) skills.add(id);
      }
    }
  }
  return { roles, skills };
}

/** Creates the constraints and indexes (idempotent; schema changes cannot share a transaction with data, so one write each). */
export async function ensureSchema(driver: Driver, database?: string): Promise<void> {
  for (const name of STATEMENTS.filter((n) => n.startsWith("schema/"))) {
    await write({ driver, database }, name, (tx) => tx.run(statement(name)));
  }
  for (const index of claimStatements().sourceIndexes) await write({ driver, database }, "claim-source-index", (tx) => tx.run(index));
}

export interface LoadReport {
  sources: number;
  nodes: number;
  relationships: number;
}

/** What one write transaction changed, from Neo4j's own counters. */
export interface WriteCounts {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

/**
 * Writes the corpus inside the caller's write transaction: every source's old claims are removed
 * and its claims MERGEd again. Returns what the statements changed (Neo4j's counters). The same transaction gives the graph a new
 * data version (response caches key on it).
 */
export async function writeCorpus(tx: ManagedTransaction, corpus: Corpus): Promise<WriteCounts> {
  const referenced = referencedNodes(corpus);
  const loads = KINDS.flatMap(({ name, kind }) =>
    kindLoads(
      kind,
      corpus.sources.map((s): unknown[] => s[name]),
    ),
  );
  const counts: WriteCounts = { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
  const run = async (statement: string, params: Record<string, unknown> = {}) => {
    const updates = (await tx.run(statement, params)).summary.counters.updates();
    counts.nodesCreated += updates.nodesCreated;
    counts.nodesDeleted += updates.nodesDeleted;
    counts.relationshipsCreated += updates.relationshipsCreated;
    counts.relationshipsDeleted += updates.relationshipsDeleted;
  };
  await run(claimStatements().deleteSourceClaims, { sourceIds: corpus.sources.map((s) => s.source.id) });
  await run(statement("load/merge-sources"), { sources: corpus.sources.map(({ source }) => ({ ...source })) });
  await run(statement("load/merge-roles"), { roles: corpus.roles.filter((r) => referenced.roles.has(r.id)) });
  await run(statement("load/merge-skills"), { skills: corpus.skills.filter((k) => referenced.skills.has(k.id)) });
  for (const load of loads) await run(statement(load.statement), { rows: load.rows });
  await run(statement("load/delete-orphans"));
  // Not counted: the ladder ranks and the version node are bookkeeping, not the article's graph.
  await tx.run(statement("load/rank-roles"));
  await tx.run(statement("load/bump-data-version"));
  return counts;
}

/**
 * Loads the corpus in ONE write transaction (writeCorpus), so a failure changes nothing and a
 * second load of the same files is a no-op.
 */
export async function loadCorpus(driver: Driver, corpus: Corpus, database?: string): Promise<LoadReport> {
  await ensureSchema(driver, database);
  await write({ driver, database }, "load-corpus", (tx) => writeCorpus(tx, corpus));
  await replan(driver, database);
  const counts = await graphCounts(driver, database);
  return { sources: corpus.sources.length, ...counts };
}

/** Has Neo4j plan reads again from the graph as loaded (statistics of an empty graph plan badly). */
export async function replan(driver: Driver, database?: string): Promise<void> {
  await write({ driver, database }, "replan", (tx) => tx.run(statement("load/prepare-for-replanning"), { timeoutSeconds: int(60) }));
}

/**
 * Removes sources and every claim they made inside the caller's write transaction, which also
 * gives the graph a new data version; nodes no claim refers to go too.
 */
export async function deleteSources(tx: ManagedTransaction, sourceIds: readonly string[]): Promise<void> {
  await tx.run(claimStatements().deleteSourceClaims, { sourceIds });
  await tx.run(statement("load/delete-sources"), { sourceIds });
  await tx.run(statement("load/delete-orphans"));
  await tx.run(statement("load/rank-roles"));
  await tx.run(statement("load/bump-data-version"));
}

/** Removes sources and every claim they made, in one transaction (deleteSources). */
export async function removeSources(driver: Driver, sourceIds: readonly string[], database?: string): Promise<void> {
  await write({ driver, database }, "remove-sources", (tx) => deleteSources(tx, sourceIds));
}

/**
 * Brings a graph loaded by an earlier laddergraph up to date, changing nothing in one that is: a
 * data version, and each role's stored ladder rank (derived from the claims, as a load stores it).
 */
export async function ensureDerivedData(driver: Driver, database?: string): Promise<void> {
  await write({ driver, database }, "ensure-derived-data", async (tx) => {
    await tx.run(statement("load/ensure-data-version"));
    await tx.run(statement("load/rank-roles"));
  });
}
