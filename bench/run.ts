/**
 * npm run bench [-- --scales 1,10,100 --duration 5 --rounds 5 --warmup 5 --connections 8 --compare-scale 1 --baseline DIR]
 *
 * In one run: (1) the four operations against laddergraph, @neo4j/graphql and the raw floor on the
 * same Neo4j and the same data, checked to answer the same data first, then timed in interleaved
 * rounds; (2) the same operations on laddergraph at each scale, with Cypher round trips and load
 * times. Writes bench/results.json and prints the tables as markdown. With --baseline DIR (a checkout
 * of an earlier commit with its node_modules), that tree's laddergraph is a fifth lane of (1): checked
 * to answer the same data, timed in the same rounds.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, release, totalmem, type } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { NEO4J_VERSION } from "../src/neo4j/version.ts";
import { ask, type CheckedOperation, checkSameData, cypherRoundTrips, firstDifference } from "./check.ts";
import { type BenchDatabase, type DatabasePool, openDatabases } from "./databases.ts";
import { nestingLevels } from "./depth.ts";
import { emptyGraph, ensureNeo4jGraphqlInstalled, type LoadedCorpus, loadInto, prepareCorpus } from "./graph.ts";
import { hammer, type LoadOptions, type Measured, type RoundResult, requestBody, summariseRounds } from "./measure.ts";
import { OPERATIONS, type Operation, TARGET_LABELS, TARGETS, type TargetName } from "./operations.ts";
import { BENCH_DIR } from "./paths.ts";
import { evaluateTargets, markdown } from "./report.ts";
import type { BaselineComparison, BenchOptions, BenchResults, ComparedOperation, CorpusSummary, ScaledOperation } from "./results.ts";
import { type RunningTarget, startTarget } from "./targets/spawn.ts";

type Options = BenchOptions;

/** One scale's corpus, loaded into its database. */
interface Stage {
  scale: number;
  db: BenchDatabase;
  corpus: LoadedCorpus;
}

function positiveInt(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a whole number ≥ 1 (got ${text})`);
  return value;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      scales: { type: "string" },
      "compare-scale": { type: "string" },
      duration: { type: "string" },
      warmup: { type: "string" },
      rounds: { type: "string" },
      connections: { type: "string" },
      "skip-compare": { type: "boolean" },
      out: { type: "string" },
      baseline: { type: "string" },
    },
  });
  const scales = (values.scales ?? "1,10,100").split(",").map((s) => positiveInt("scales", s.trim(), 1));
  return {
    scales: [...new Set(scales)].sort((a, b) => a - b),
    compareScale: positiveInt("compare-scale", values["compare-scale"], 1),
    duration: positiveInt("duration", values.duration, 5),
    warmup: positiveInt("warmup", values.warmup, 5),
    rounds: positiveInt("rounds", values.rounds, 5),
    connections: positiveInt("connections", values.connections, 8),
    skipCompare: values["skip-compare"] ?? false,
    out: values.out ?? "results.json",
    baseline: values.baseline ? resolve(values.baseline) : null,
  };
}

function log(line: string): void {
  console.error(`bench: ${line}`);
}

function corpusSummary(c: LoadedCorpus): CorpusSummary {
  return {
    scale: c.scale,
    sources: c.sources,
    roles: c.roles,
    nodes: c.nodes,
    relationships: c.relationships,
    generateMs: c.generateMs,
    readMs: c.readMs,
    loadMs: c.loadMs,
    replanMs: c.replanMs,
  };
}

async function loadStage(pool: DatabasePool, scale: number): Promise<Stage> {
  const db = pool.byScale.get(scale) as BenchDatabase;
  log(`preparing the ${scale}× corpus`);
  const corpus = await loadInto(db.driver, prepareCorpus(scale));
  log(
    `loaded ${scale}×: ${corpus.sources} sources, ${corpus.nodes} nodes, ${corpus.relationships} relationships in ${(corpus.loadMs / 1000).toFixed(1)}s`,
  );
  return { scale, db, corpus };
}

function requestOf(op: Operation, target: TargetName): string {
  // laddergraphCached is sent laddergraph's request.
  return requestBody(target === "neo4jGraphql" ? op.neo4jGraphql : op.laddergraph);
}

/** One timed run; any failed request fails the benchmark. */
async function timed(target: RunningTarget, op: Operation, load: LoadOptions, neo4jPid: number | undefined): Promise<RoundResult> {
  const round = await hammer(target.url, requestOf(op, target.name), load, { server: target.pid, neo4j: neo4jPid });
  if (round.failures > 0) throw new Error(`${TARGET_LABELS[target.name]} failed ${round.failures} ${op.name} requests under load`);
  return round;
}

/** A runner under load: a target process and the Neo4j whose CPU its requests cost. */
interface Lane {
  key: string;
  target: RunningTarget;
  neo4jPid: number | undefined;
}

/**
 * For each operation a warm-up per lane (not kept), then `rounds` rounds in which every lane gets
 * its turn on every operation, lanes interleaved (a b c a b c …). Returns rounds by operation and lane.
 */
async function interleaved(lanes: readonly Lane[], options: Options): Promise<Map<string, RoundResult[]>> {
  const rounds = new Map<string, RoundResult[]>();
  const warm = { connections: options.connections, duration: options.warmup };
  const load = { connections: options.connections, duration: options.duration };
  for (const op of OPERATIONS) for (const lane of lanes) await timed(lane.target, op, warm, lane.neo4jPid);
  for (let r = 1; r <= options.rounds; r++) {
    for (const op of OPERATIONS) {
      for (const lane of lanes) {
        const round = await timed(lane.target, op, load, lane.neo4jPid);
        const key = `${op.name}/${lane.key}`;
        rounds.set(key, [...(rounds.get(key) ?? []), round]);
        log(
          `round ${r}/${options.rounds} ${op.name} ${lane.key}: ${round.requestsPerSecond.toFixed(0)} req/s, p50 ${round.p50} ms, p99 ${round.p99} ms`,
        );
      }
    }
  }
  return rounds;
}

function compared(op: Operation, checked: CheckedOperation, rounds: Map<string, RoundResult[]>): ComparedOperation {
  const measured = Object.fromEntries(TARGETS.map((t) => [t, summariseRounds(rounds.get(`${op.name}/${t}`) ?? [])])) as Record<
    TargetName,
    Measured
  >;
  const rps = (t: TargetName) => measured[t].requestsPerSecond.median;
  return {
    name: op.name,
    title: op.title,
    nestingLevels: nestingLevels(op.laddergraph.query),
    pathQuery: op.pathQuery,
    bytes: checked.bytes,
    // @neo4j/graphql compiles each request into one Cypher statement; the raw floor runs one by
    // construction; a cached answer runs none.
    cypherQueries: { laddergraph: checked.cypherQueries, neo4jGraphql: 1, raw: 1, laddergraphCached: 0 },
    measured,
    ratios: {
      vsNeo4jGraphql: rps("laddergraph") / rps("neo4jGraphql"),
      vsRaw: rps("laddergraph") / rps("raw"),
      cachedVsNeo4jGraphql: rps("laddergraphCached") / rps("neo4jGraphql"),
    },
  };
}

/** Throws unless the baseline's laddergraph answers every operation with the same data as this tree's. */
async function checkBaseline(url: string, baselineUrl: string): Promise<void> {
  for (const op of OPERATIONS) {
    const [now, then] = await Promise.all([ask(url, op.laddergraph), ask(baselineUrl, op.laddergraph)]);
    const diff = firstDifference(op.canonical.laddergraph(now.body.data), op.canonical.laddergraph(then.body.data));
    if (diff) throw new Error(`${op.name}: laddergraph and the baseline's answer different data at ${diff}`);
  }
}

function baselineOf(tree: string, rounds: Map<string, RoundResult[]>): BaselineComparison {
  const commit = execFileSync("git", ["-C", tree, "rev-parse", "HEAD"], { encoding: "utf8" }).trim();
  return {
    tree,
    commit,
    operations: OPERATIONS.map((op) => {
      const measured = summariseRounds(rounds.get(`${op.name}/baseline`) ?? []);
      const now = summariseRounds(rounds.get(`${op.name}/laddergraph`) ?? []);
      return { name: op.name, measured, ratio: now.requestsPerSecond.median / measured.requestsPerSecond.median };
    }),
  };
}

/** The targets on one database and one corpus (and the baseline's laddergraph): same data first, then interleaved rounds. */
async function comparison(stage: Stage, options: Options): Promise<NonNullable<BenchResults["comparison"]>> {
  const started = await Promise.all(TARGETS.map((t) => startTarget(t, stage.db)));
  const baseline = options.baseline ? await startTarget("laddergraph", stage.db, 60_000, [], options.baseline) : null;
  try {
    const urls = Object.fromEntries(started.map((t) => [t.name, t.url])) as Record<TargetName, string>;
    const checked = await checkSameData(urls, OPERATIONS);
    if (baseline) await checkBaseline(urls.laddergraph, baseline.url);
    log(
      `same data from all targets at ${stage.scale}×: ${OPERATIONS.map((o) => `${o.name} (${checked[o.name]?.items} items)`).join(", ")}`,
    );
    const lanes: Lane[] = started.map((t) => ({ key: t.name, target: t, neo4jPid: stage.db.pid }));
    if (baseline) lanes.push({ key: "baseline", target: baseline, neo4jPid: stage.db.pid });
    const rounds = await interleaved(lanes, options);
    await checkSameData(urls, OPERATIONS);
    if (baseline) await checkBaseline(urls.laddergraph, baseline.url);
    return {
      corpus: corpusSummary(stage.corpus),
      operations: OPERATIONS.map((op) => compared(op, checked[op.name] as CheckedOperation, rounds)),
      baseline: options.baseline ? baselineOf(options.baseline, rounds) : null,
    };
  } finally {
    await Promise.all([...started, ...(baseline ? [baseline] : [])].map((t) => t.stop()));
  }
}

/** laddergraph at each of these scales (each on its own database), timed in interleaved rounds. */
async function scaling(stages: readonly Stage[], options: Options): Promise<BenchResults["scaling"]> {
  const targets = await Promise.all(stages.map((s) => startTarget("laddergraph", s.db)));
  try {
    const lanes = stages.map((s, i) => ({ key: `${s.scale}x`, target: targets[i] as RunningTarget, neo4jPid: s.db.pid }));
    const rounds = await interleaved(lanes, options);
    const runs: BenchResults["scaling"] = [];
    for (const [i, stage] of stages.entries()) {
      const target = targets[i] as RunningTarget;
      const operations: ScaledOperation[] = [];
      for (const op of OPERATIONS) {
        operations.push({
          name: op.name,
          title: op.title,
          scope: op.scope,
          nestingLevels: nestingLevels(op.laddergraph.query),
          pathQuery: op.pathQuery,
          cypherQueries: await cypherRoundTrips(target.url, op),
          bytes: await responseBytes(target.url, op),
          measured: summariseRounds(rounds.get(`${op.name}/${stage.scale}x`) ?? []),
        });
      }
      runs.push({ corpus: corpusSummary(stage.corpus), operations });
    }
    return runs;
  } finally {
    await Promise.all(targets.map((t) => t.stop()));
  }
}

async function responseBytes(url: string, op: Operation): Promise<number> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: requestOf(op, "laddergraph"),
  });
  return Buffer.byteLength(await response.text());
}

function machine(start: number): BenchResults["machine"] {
  return {
    nproc: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? "unknown",
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.versions.node,
    neo4j: NEO4J_VERSION,
    loadAverage: { start, end: loadavg()[0] ?? 0 },
  };
}

/**
 * Own databases: every scale loaded first (one at a time, timed); then the scales, timed while all
 * their Neo4j are equally cold; then the three targets side by side on the compare scale's Neo4j.
 */
async function runOnOwnDatabases(pool: DatabasePool, options: Options) {
  const stages = new Map<number, Stage>();
  for (const scale of pool.byScale.keys()) stages.set(scale, await loadStage(pool, scale));
  const scaled = await scaling(
    options.scales.map((s) => stages.get(s) as Stage),
    options,
  );
  const compared = options.skipCompare ? null : await comparison(stages.get(options.compareScale) as Stage, options);
  return { compared, scaled };
}

/** One shared database (NEO4J_URI): each corpus is loaded in turn, and emptied again at the end. */
async function runOnSharedDatabase(pool: DatabasePool, options: Options) {
  try {
    const compared = options.skipCompare ? null : await comparison(await loadStage(pool, options.compareScale), options);
    const scaled: BenchResults["scaling"] = [];
    for (const scale of options.scales) scaled.push(...(await scaling([await loadStage(pool, scale)], options)));
    return { compared, scaled };
  } finally {
    const db = pool.byScale.values().next().value as BenchDatabase;
    await emptyGraph(db.driver).catch((error: unknown) => log(`could not empty the graph at NEO4J_URI: ${String(error)}`));
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const began = performance.now();
  const loadStart = loadavg()[0] ?? 0;
  ensureNeo4jGraphqlInstalled();
  const scales = [...new Set([...options.scales, ...(options.skipCompare ? [] : [options.compareScale])])].sort((a, b) => a - b);
  const pool = await openDatabases(scales, log);
  try {
    const { compared, scaled } = pool.shared ? await runOnSharedDatabase(pool, options) : await runOnOwnDatabases(pool, options);
    const results: BenchResults = {
      date: new Date().toISOString(),
      command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
      options,
      database: pool.shared ? "NEO4J_URI" : "own",
      machine: machine(loadStart),
      comparison: compared,
      scaling: scaled,
      targets: [],
      durationSeconds: (performance.now() - began) / 1000,
    };
    results.targets = evaluateTargets(results);
    writeFileSync(join(BENCH_DIR, options.out), `${JSON.stringify(results, null, 2)}\n`);
    console.log(markdown(results));
    log(`wrote bench/${options.out} (${Math.round(results.durationSeconds)}s)`);
  } finally {
    await pool.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
