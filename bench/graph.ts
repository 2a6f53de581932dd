import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { type Driver, int } from "neo4j-driver";
import type { Corpus } from "../src/claims/corpus.ts";
import { statement } from "../src/db/cypher.ts";
import { graphCounts } from "../src/db/repositories/graph.ts";
import { loadCorpus, removeSources } from "../src/db/writes/corpus.ts";
import { formatProblem, readCorpus } from "../src/seed/corpus.ts";
import { generateChecked } from "./generate.ts";
import { BENCH_DIR, REPO_DIR } from "./paths.ts";

export interface PreparedCorpus {
  scale: number;
  dir: string;
  corpus: Corpus;
  /** Writing the synthetic articles (0 for the real seed). */
  generateMs: number;
  /** readCorpus: parsing and checking every claim against its article. */
  readMs: number;
}

export interface LoadedCorpus extends PreparedCorpus {
  /** loadCorpus: schema, then every claim in one transaction. */
  loadMs: number;
  /** db.prepareForReplanning after the load (index samples, then cleared query caches). */
  replanMs: number;
  sources: number;
  roles: number;
  nodes: number;
  relationships: number;
}

/** 1× is the real seed; N× is generated (deterministically) into bench/.work/scale-N. */
export function prepareCorpus(scale: number): PreparedCorpus {
  if (scale === 1) {
    const dir = join(REPO_DIR, "seed");
    const started = performance.now();
    const read = readCorpus(dir);
    if (!read.ok) throw new Error(`the seed does not pass readCorpus: ${read.problems.map(formatProblem).join("; ")}`);
    return { scale, dir, corpus: read.corpus, generateMs: 0, readMs: performance.now() - started };
  }
  const generated = generateChecked(scale);
  return { scale, dir: generated.outDir, corpus: generated.corpus, generateMs: generated.generateMs, readMs: generated.readMs };
}

export async function sourceIdsInGraph(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery(statement("read/sources"), {}, { routing: "READ" });
  return records.map((r) => (r.get("source") as { id: string }).id);
}

/** Removes every source and its claims with laddergraph's own removeSources; the graph is empty after. */
export async function emptyGraph(driver: Driver): Promise<void> {
  const ids = await sourceIdsInGraph(driver);
  if (ids.length > 0) await removeSources(driver, ids);
  const counts = await graphCounts(driver);
  if (counts.nodes > 0) throw new Error(`the graph still holds ${counts.nodes} nodes after removing every source`);
}

/**
 * Resamples the indexes and clears the query caches. A graph loaded in one transaction into a
 * fresh database otherwise keeps plans made from its empty-index statistics (measured at 100×:
 * 16× the db hits on the promotion-path statement), and every target would be timed on those.
 */
export async function prepareForReplanning(driver: Driver): Promise<number> {
  const started = performance.now();
  await driver.executeQuery(statement("load/prepare-for-replanning"), { timeoutSeconds: int(300) });
  return performance.now() - started;
}

/** Empties the graph, then loads the corpus through laddergraph's loadCorpus, timed; then replans. */
export async function loadInto(driver: Driver, prepared: PreparedCorpus): Promise<LoadedCorpus> {
  await emptyGraph(driver);
  const started = performance.now();
  const report = await loadCorpus(driver, prepared.corpus);
  const loadMs = performance.now() - started;
  const replanMs = await prepareForReplanning(driver);
  const roles = new Set(prepared.corpus.sources.flatMap((s) => s.definitions.map((d) => d.role))).size;
  return { ...prepared, loadMs, replanMs, sources: report.sources, roles, nodes: report.nodes, relationships: report.relationships };
}

const NEO4J_GRAPHQL_DIR = join(BENCH_DIR, "neo4j-graphql");

/** @neo4j/graphql lives in its own folder (graphql 16): installed from its lock file the first time. */
export function ensureNeo4jGraphqlInstalled(): void {
  if (existsSync(join(NEO4J_GRAPHQL_DIR, "node_modules", "@neo4j", "graphql", "package.json"))) return;
  console.error("bench: installing @neo4j/graphql into bench/neo4j-graphql (npm ci, once)");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const r = spawnSync(npm, ["ci", "--prefix", NEO4J_GRAPHQL_DIR, "--no-audit", "--no-fund", "--loglevel=error"], { stdio: "inherit" });
  if (r.status !== 0) throw new Error("npm ci --prefix bench/neo4j-graphql failed: see the npm output above");
}
