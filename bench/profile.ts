/**
 * `npm run bench:profile -- --operation rolesPage [--target laddergraph] [--duration 10] [--scale 1] [--query Q]`:
 * where a target's CPU goes while it serves one operation under the bench's load. Starts a Neo4j
 * of its own (or uses NEO4J_URI, which must be empty), loads the corpus as the bench does, runs the
 * target with `node --cpu-prof`, hammers it for `duration` seconds from 8 connections, stops it, and
 * prints its self time by package (and our own files by file) and the heaviest functions. The
 * profile is kept in bench/.work/profiles/ for Chrome DevTools.
 */
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openDatabases } from "./databases.ts";
import { loadInto, prepareCorpus } from "./graph.ts";
import { hammer, requestBody } from "./measure.ts";
import { OPERATIONS, type OperationName, TARGETS, type TargetName } from "./operations.ts";
import { BENCH_DIR, REPO_DIR } from "./paths.ts";
import { startTarget } from "./targets/spawn.ts";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code lives: an npm package, one of our files, Node itself, or V8 (GC, idle, program). */
export function placeOf(url: string, functionName: string): string {
  if (url === "") return `(${functionName || "anonymous"})`;
  const path = url.replace(/^file:\/\//, "");
  const inModules = path.lastIndexOf("node_modules/");
  if (inModules >= 0) {
    const rest = path.slice(inModules + "node_modules/".length).split("/");
    return rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1]}` : (rest[0] ?? path);
  }
  if (path.startsWith("node:")) return "node (built-in)";
  if (path.startsWith(REPO_DIR)) return path.slice(REPO_DIR.length + 1);
  return path;
}

/** Self time per place and per function, in ms, from the profile's samples. */
export function selfTimes(profile: CpuProfile): { byPlace: Map<string, number>; byFunction: Map<string, number>; totalMs: number } {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byPlace = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const node = nodes.get(id);
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!node) return;
    totalMs += ms;
    const place = placeOf(node.callFrame.url, node.callFrame.functionName);
    byPlace.set(place, (byPlace.get(place) ?? 0) + ms);
    const fn = `${node.callFrame.functionName || "(anonymous)"} ${place}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  });
  return { byPlace, byFunction, totalMs };
}

function table(title: string, entries: Map<string, number>, totalMs: number, rows: number): string {
  const sorted = [...entries].sort((a, b) => b[1] - a[1]).slice(0, rows);
  const lines = sorted.map(([name, ms]) => `| ${name} | ${ms.toFixed(0)} | ${((100 * ms) / totalMs).toFixed(1)} % |`);
  return [`| ${title} | self ms | share |`, "| --- | --- | --- |", ...lines].join("\n");
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      operation: { type: "string", default: "rolesPage" },
      target: { type: "string", default: "laddergraph" },
      duration: { type: "string", default: "10" },
      scale: { type: "string", default: "1" },
      rows: { type: "string", default: "25" },
      query: { type: "string" },
    },
  });
  const operation = OPERATIONS.find((o) => o.name === values.operation);
  if (!operation) throw new Error(`--operation must be one of ${OPERATIONS.map((o) => o.name).join(", ")}`);
  const target = values.target as TargetName;
  if (!TARGETS.includes(target) || target === "neo4jGraphql") throw new Error("--target must be laddergraph, laddergraphCached or raw");
  const scale = Number(values.scale);
  const log = (line: string) => console.error(`profile: ${line}`);
  const pool = await openDatabases([scale], log);
  const db = pool.byScale.get(scale);
  if (!db) throw new Error("no database");
  try {
    const loaded = await loadInto(db.driver, prepareCorpus(scale));
    log(`loaded ${scale}×: ${loaded.nodes} nodes in ${(loaded.loadMs / 1000).toFixed(1)} s`);
    const dir = join(BENCH_DIR, ".work", "profiles", `${target}-${operation.name as OperationName}-${Date.now()}`);
    mkdirSync(dir, { recursive: true });
    const running = await startTarget(target, db, 60_000, ["--cpu-prof", `--cpu-prof-dir=${dir}`]);
    // --query: any GraphQL document instead of the operation's (e.g. "{ __typename }" for the stack's fixed cost).
    const body = values.query ? JSON.stringify({ query: values.query }) : requestBody(operation.laddergraph);
    const pids = { server: running.pid, neo4j: db.pid };
    await hammer(running.url, body, { connections: 8, duration: 2 }, pids);
    const round = await hammer(running.url, body, { connections: 8, duration: Number(values.duration) }, pids);
    await running.stop();
    const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
    if (!file) throw new Error(`no profile was written to ${dir}`);
    const { byPlace, byFunction, totalMs } = selfTimes(JSON.parse(readFileSync(join(dir, file), "utf8")) as CpuProfile);
    const busy = totalMs - (byPlace.get("(idle)") ?? 0);
    console.log(`## ${target} serving ${values.query ? `\`${values.query}\`` : operation.name} at ${scale}×`);
    console.log(
      `\n${round.requestsPerSecond.toFixed(0)} req/s, p50 ${round.p50} ms, server CPU ${round.serverCpuMs?.toFixed(2) ?? "?"} ms/request; profile ${(totalMs / 1000).toFixed(1)} s, busy ${(busy / 1000).toFixed(1)} s; ${join(dir, file)}\n`,
    );
    console.log(table("where (package, our file, or V8)", byPlace, totalMs, Number(values.rows)));
    console.log();
    console.log(table("function", byFunction, totalMs, Number(values.rows)));
  } finally {
    await pool.close();
  }
}

await main();
