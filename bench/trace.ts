/**
 * node bench/trace.ts [--scale N]: where laddergraph's time goes, per benchmark operation.
 *
 * Loads the corpus (laddergraph's loadCorpus), then runs each operation through laddergraph's app
 * (in process, warm) with the driver wrapped to record every Cypher statement: its name, its wave
 * (the statements one DataLoader tick sends together; waves run one after another), its time and
 * its PROFILE db hits — first with the plans Neo4j makes right after the load, then again after
 * db.prepareForReplanning. Then the raw floor's one statement for the same operation, and the
 * fixed cost of one round trip (RETURN 1). Uses NEO4J_URI if set (it must be empty), else a Neo4j
 * of its own.
 */
import { parseArgs } from "node:util";
import { type Driver, int, type Session } from "neo4j-driver";
import pino from "pino";
import { readEnv } from "../src/config/env.ts";
import { LIMITS } from "../src/config/limits.ts";
import { BOUNDS, type BoundedStatementName, boundedStatement, boundedTexts, statement, statements } from "../src/db/cypher.ts";
import { createDriver } from "../src/db/driver.ts";
import { graphCounts } from "../src/db/repositories/graph.ts";
import { loadCorpus } from "../src/db/writes/corpus.ts";
import { createApp } from "../src/server/app.ts";
import { appSettings } from "../src/server/settings.ts";
import { startOwnNeo4j } from "../tests/support/database.ts";
import { cpuMs } from "./cpu.ts";
import { emptyGraph, prepareCorpus, prepareForReplanning } from "./graph.ts";
import { OPERATIONS, type OperationName } from "./operations.ts";
import { benchCypher } from "./statements.ts";

interface Call {
  name: string;
  query: string;
  params: Record<string, unknown>;
  started: number;
  ended: number;
  rows: number;
}

interface ProfileNode {
  dbHits: number;
  children: ProfileNode[];
}

function dbHits(node: ProfileNode | false | undefined): number {
  return node ? node.dbHits + node.children.reduce((sum, child) => sum + dbHits(child), 0) : 0;
}

/**
 * A driver whose sessions' `run` (laddergraph's auto-commit reads, src/db/query.ts) and whose
 * `executeQuery` (its writes and start-up reads) also record each call (name, time, rows) into `calls`.
 */
function recording(driver: Driver, calls: Call[]): Driver {
  const names = new Map<string, string>(Object.entries(statements()).map(([name, text]) => [text, name]));
  for (const bounded of Object.keys(BOUNDS) as BoundedStatementName[]) {
    for (const [bound, text] of boundedTexts(bounded)) names.set(text, `${bounded} (${bound})`);
  }
  const record = (query: string, params: Record<string, unknown>, started: number, rows: number) =>
    calls.push({ name: names.get(query) ?? "(other)", query, params, started, ended: performance.now(), rows });
  const executeQuery = (async (query: string, params: Record<string, unknown>, config: never) => {
    const started = performance.now();
    const result = await driver.executeQuery(query, params, config);
    record(query, params, started, result.records.length);
    return result;
  }) as Driver["executeQuery"];
  const session = ((config: never) => {
    const inner = driver.session(config);
    const run = (async (query: string, params: Record<string, unknown>, txConfig: never) => {
      const started = performance.now();
      const result = await inner.run(query, params, txConfig);
      record(query, params, started, result.records.length);
      return result;
    }) as unknown as Session["run"];
    return new Proxy(inner, { get: (target, prop) => (prop === "run" ? run : Reflect.get(target, prop, target)) });
  }) as Driver["session"];
  return new Proxy(driver, {
    get: (target, prop) => (prop === "executeQuery" ? executeQuery : prop === "session" ? session : Reflect.get(target, prop, target)),
  });
}

/**
 * Each statement's wave: one more than the deepest statement that had finished before it started.
 * Statements of one wave went out together (one DataLoader tick); waves are the sequential depth.
 */
function waves(calls: readonly Call[]): number[] {
  const sorted = [...calls].sort((a, b) => a.started - b.started);
  const depth: number[] = [];
  for (const [i, c] of sorted.entries()) {
    const before = sorted.slice(0, i).flatMap((d, j) => (d.ended <= c.started ? [depth[j] ?? 0] : []));
    depth.push(1 + Math.max(0, ...before));
  }
  return depth;
}

async function profiled(driver: Driver, query: string, params: Record<string, unknown>): Promise<number> {
  const { summary } = await driver.executeQuery(`PROFILE ${query}`, params);
  return dbHits(summary.profile as ProfileNode | false);
}

const RAW: Record<
  OperationName,
  { query: (v: Record<string, unknown>) => string; params: (v: Record<string, unknown>) => Record<string, unknown> }
> = {
  rolesPage: { query: () => benchCypher("raw/roles-page"), params: (v) => ({ offset: int(0), limit: int(Number(v.first)) }) },
  roleAudit: { query: () => statement("read/audit-claims-by-role"), params: (v) => ({ ids: [v.id] }) },
  promotionPaths: {
    // laddergraph's own statement, with the bound the loader writes for the request's maxSteps.
    query: (v) => boundedStatement("read/promotion-paths", Number(v.maxSteps)),
    params: (v) => ({
      from: v.from,
      to: v.to,
      first: int(Number(v.first)),
      sources: null,
      minSupport: int(1),
      track: null,
      explore: int(LIMITS.pathsExplored),
    }),
  },
  sourceLadder: { query: () => benchCypher("raw/source-ladder"), params: (v) => ({ source: v.source }) },
};

interface Traced {
  totalMs: number;
  rows: { wave: number; call: Call; dbHits: number }[];
  raw: { ms: number; dbHits: number };
}

/** One warm run of the operation through laddergraph's app, every statement profiled; then the raw floor's statement. */
async function traceOperation(driver: Driver, name: OperationName): Promise<Traced> {
  const op = OPERATIONS.find((o) => o.name === name);
  if (!op) throw new Error(`no operation ${name}`);
  const calls: Call[] = [];
  // The cache off: every statement of the operation is traced.
  const settings = appSettings(readEnv({ LADDERGRAPH_RESPONSE_CACHE: "off" }));
  const app = createApp({ driver: recording(driver, calls), database: undefined, log: pino({ level: "silent" }), settings });
  const ask = () =>
    app.fetch("http://trace/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(op.laddergraph),
    });
  for (let i = 0; i < 5; i++) await (await ask()).text();
  calls.length = 0;
  const started = performance.now();
  await (await ask()).text();
  const totalMs = performance.now() - started;
  const sorted = [...calls].sort((a, b) => a.started - b.started);
  const wave = waves(sorted);
  const rows = [];
  for (const [i, call] of sorted.entries())
    rows.push({ wave: wave[i] ?? 0, call, dbHits: await profiled(driver, call.query, call.params) });
  const raw = RAW[name];
  const rawParams = raw.params(op.laddergraph.variables);
  const rawQuery = raw.query(op.laddergraph.variables);
  for (let i = 0; i < 5; i++) await driver.executeQuery(rawQuery, rawParams);
  const rawStarted = performance.now();
  await driver.executeQuery(rawQuery, rawParams);
  const rawMs = performance.now() - rawStarted;
  return { totalMs, rows, raw: { ms: rawMs, dbHits: await profiled(driver, rawQuery, rawParams) } };
}

function sumHits(t: Traced): number {
  return t.rows.reduce((sum, r) => sum + r.dbHits, 0);
}

/** One table per operation: statements by wave, with db hits under the first plans and after replanning. */
function traceTable(name: OperationName, cold: Traced, warm: Traced): string[] {
  const waveCount = Math.max(0, ...warm.rows.map((r) => r.wave));
  const lines = [
    `### ${name}: ${warm.rows.length} statements in ${waveCount} waves, ${warm.totalMs.toFixed(1)} ms`,
    "",
    "| wave | statement | rows | ms | db hits, first plans | db hits, replanned |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  for (const [i, r] of warm.rows.entries()) {
    const before = cold.rows.find((c) => c.call.name === r.call.name && JSON.stringify(c.call.params) === JSON.stringify(r.call.params));
    lines.push(
      `| ${r.wave} | ${r.call.name} | ${r.call.rows} | ${(r.call.ended - r.call.started).toFixed(1)} | ${before?.dbHits ?? cold.rows[i]?.dbHits ?? "–"} | ${r.dbHits} |`,
    );
  }
  lines.push(`| | **laddergraph, all statements** | | ${warm.totalMs.toFixed(1)} | ${sumHits(cold)} | ${sumHits(warm)} |`);
  lines.push(`| 1 | **raw floor, one statement** | | ${warm.raw.ms.toFixed(1)} | ${cold.raw.dbHits} | ${warm.raw.dbHits} |`, "");
  return lines;
}

/** The fixed price of one Cypher round trip: RETURN 1 through executeQuery, 8 at a time. */
async function roundTripCost(driver: Driver, neo4jPid: number | undefined): Promise<string> {
  const run = async (n: number) => {
    let left = n;
    const worker = async () => {
      while (left-- > 0) await driver.executeQuery("RETURN 1 AS one", {}, { routing: "READ" });
    };
    await Promise.all(Array.from({ length: 8 }, worker));
  };
  await run(500);
  const n = 3000;
  const neo4jBefore = cpuMs(neo4jPid);
  const clientBefore = cpuMs(process.pid);
  const started = performance.now();
  await run(n);
  const seconds = (performance.now() - started) / 1000;
  const per = (before: number | null, after: number | null) =>
    before === null || after === null ? "–" : ((after - before) / n).toFixed(2);
  return `One round trip (RETURN 1 via executeQuery, 8 in flight): ${(n / seconds).toFixed(0)}/s; CPU per round trip: client ${per(clientBefore, cpuMs(process.pid))} ms, Neo4j ${per(neo4jBefore, cpuMs(neo4jPid))} ms.`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: "string" } } });
  const scale = Number(values.scale ?? 1);
  const own = process.env.NEO4J_URI ? undefined : await startOwnNeo4j();
  const uri = process.env.NEO4J_URI ?? (own?.uri as string);
  const driver = createDriver({
    uri,
    user: process.env.NEO4J_USER ?? "neo4j",
    password: own ? own.password : (process.env.NEO4J_PASSWORD ?? ""),
  });
  try {
    if (!own && (await graphCounts(driver)).nodes > 0) throw new Error("NEO4J_URI holds a graph: point it at an empty database");
    const prepared = prepareCorpus(scale);
    await emptyGraph(driver);
    const loaded = await loadCorpus(driver, prepared.corpus);
    const lines = [`## laddergraph's Cypher per operation at ${scale}× (${loaded.nodes} nodes, ${loaded.relationships} relationships)`, ""];
    const cold = new Map<OperationName, Traced>();
    for (const op of OPERATIONS) cold.set(op.name, await traceOperation(driver, op.name));
    await prepareForReplanning(driver);
    for (const op of OPERATIONS) lines.push(...traceTable(op.name, cold.get(op.name) as Traced, await traceOperation(driver, op.name)));
    lines.push(await roundTripCost(driver, own?.local.pid));
    console.log(lines.join("\n"));
  } finally {
    await emptyGraph(driver).catch(() => {});
    await driver.close();
    await own?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`trace: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
