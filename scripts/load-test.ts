/**
 * `npm run load`: holds a fixed concurrency for a fixed time on a mix of the README's queries
 * against the real server (a child process, so its memory is its own) on a real Neo4j, and
 * reports requests/s, p50/p99 latency, errors (transport errors, non-2xx, and GraphQL errors inside
 * a 200, by code), the server's RSS before and after, and requests and errors per minute.
 *
 *   npm run load -- [--seconds 60] [--connections 16] [--write-every 60]
 *
 * With --write-every N (the soak), every N seconds a writer removes and re-adds a copy of article 004
 * (addSource/removeSource with the admin token), so each write retires the response cache and the
 * readers' next answers are executed again; the report then gives each minute's RSS of both
 * processes (the Node server and its Neo4j).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { EXAMPLES } from "../src/server/examples.ts";

type Options = Parameters<typeof autocannon>[0];
type Request = NonNullable<Options["requests"]>[number];

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "60" },
    connections: { type: "string", default: "16" },
    warmup: { type: "string", default: "30" },
    "write-every": { type: "string", default: "0" },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const warmup = Number(values.warmup);
const writeEvery = Number(values["write-every"]);
const ADMIN_TOKEN = "load-test-admin-token-0123456789";

async function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/);
  return Math.round(Number(line?.[1] ?? 0) / 102.4) / 10;
}

/** The server's local Neo4j: its child process (none when NEO4J_URI names an outside database). */
function neo4jPid(serverPid: number): number | undefined {
  const children = readFileSync(`/proc/${serverPid}/task/${serverPid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
  return children.map(Number).find((pid) => readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("java"));
}

/** The soak's writer: a copy of article 004 under its own id, removed and added again. */
function soakWriter(url: string) {
  const stem = "004_502e8f18b33a844e";
  const id = "soak_004";
  const text = readFileSync(`seed/sources/${stem}.txt`, "utf8");
  const claims = readFileSync(`seed/claims/${stem}.yaml`, "utf8").replace(`id: "${stem}"`, `id: "${id}"`);
  const send = async (query: string, variables: Record<string, string>) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    if (body.errors) throw new Error(`soak write failed: ${body.errors[0]?.message}`);
    return body.data;
  };
  // Asked each time: a write stopped by the deadline may or may not have landed.
  return async () => {
    const listed = (await send("{ sources { id } }", {})) as { sources: { id: string }[] };
    const present = listed.sources.some((source) => source.id === id);
    if (present) await send("mutation ($id: ID!) { removeSource(id: $id) { removedId } }", { id });
    await send(
      "mutation ($id: ID!, $text: String!, $claims: String!) { addSource(id: $id, text: $text, claims: $claims) { nodesAdded } }",
      {
        id,
        text,
        claims,
      },
    );
  };
}

async function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["src/main.ts"], {
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${output}`);
    if (Date.now() > deadline) {
      // Never leave the server (and its Neo4j) running behind a failed run.
      child.kill("SIGTERM");
      throw new Error(`server not ready within 600 s:\n${output}`);
    }
    try {
      if ((await fetch(`http://127.0.0.1:${port}/ready`)).status === 200) return { child, port };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function main() {
  const home = mkdtempSync(join(tmpdir(), "laddergraph-load-"));
  const env: Record<string, string> = process.env.NEO4J_URI
    ? {}
    : { LADDERGRAPH_NEO4J_HOME: home, LADDERGRAPH_NEO4J_PORT: String(await freePort()) };
  const { child, port } = await startServer(writeEvery > 0 ? { ...env, LADDERGRAPH_ADMIN_TOKEN: ADMIN_TOKEN } : env);
  const url = `http://127.0.0.1:${port}/graphql`;
  // Every answer's body is read: a 200 that carries GraphQL errors is an error, counted by code.
  const tally = {
    counting: false,
    started: 0,
    graphqlErrors: 0,
    byCode: new Map<string, number>(),
    perMinute: new Map<number, { requests: number; errors: number }>(),
  };
  const onResponse = (status: number, body: string) => {
    if (!tally.counting) return;
    const minute = Math.floor((Date.now() - tally.started) / 60_000) + 1;
    const bucket = tally.perMinute.get(minute) ?? { requests: 0, errors: 0 };
    bucket.requests += 1;
    let codes: string[] = [];
    try {
      codes = ((JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] }).errors ?? []).map((e) => String(e.extensions?.code));
    } catch {
      codes = ["(body not JSON)"];
    }
    if (codes.length > 0 || status >= 400) {
      bucket.errors += 1;
      if (codes.length > 0) tally.graphqlErrors += 1;
      for (const code of codes) tally.byCode.set(code, (tally.byCode.get(code) ?? 0) + 1);
    }
    tally.perMinute.set(minute, bucket);
  };
  const requests: Request[] = EXAMPLES.map((e) => ({
    method: "POST",
    path: "/graphql",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: e.query }),
    onResponse,
  }));
  const options = (duration: number): Options => ({ url, connections, duration, requests });
  try {
    // Warm-up: JIT, Neo4j query plans and page cache, the heap growing to its working size.
    await autocannon(options(warmup));
    const rssBefore = rssMb(child.pid as number);
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(rssMb(child.pid as number)), 5000);
    const database = neo4jPid(child.pid as number);
    const memoryPerMinute: { minute: number; serverRssMb: number; neo4jRssMb: number | null }[] = [];
    const sampleMinute = () =>
      memoryPerMinute.push({
        minute: memoryPerMinute.length,
        serverRssMb: rssMb(child.pid as number),
        neo4jRssMb: database ? rssMb(database) : null,
      });
    sampleMinute();
    const minutes = setInterval(sampleMinute, 60_000);
    const write = writeEvery > 0 ? soakWriter(url) : undefined;
    const writes = { done: 0, failed: [] as string[] };
    const writer = write
      ? setInterval(() => {
          write().then(
            () => (writes.done += 1),
            (error: Error) => writes.failed.push(error.message),
          );
        }, writeEvery * 1000)
      : undefined;
    tally.counting = true;
    tally.started = Date.now();
    const result = await autocannon(options(seconds));
    tally.counting = false;
    clearInterval(sampler);
    clearInterval(minutes);
    clearInterval(writer);
    sampleMinute();
    await new Promise((r) => setTimeout(r, 2000));
    const rssAfter = rssMb(child.pid as number);
    const report = {
      date: new Date().toISOString(),
      seconds,
      connections,
      operations: EXAMPLES.map((e) => e.name),
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      graphqlErrors: tally.graphqlErrors,
      graphqlErrorCodes: Object.fromEntries(tally.byCode),
      perMinute: [...tally.perMinute].sort(([a], [b]) => a - b).map(([minute, b]) => ({ minute, ...b })),
      rssMb: {
        before: rssBefore,
        after: rssAfter,
        growthPercent: Math.round(((rssAfter - rssBefore) / rssBefore) * 1000) / 10,
        every5s: samples,
      },
      ...(write ? { writes } : {}),
      memoryPerMinute,
    };
    console.log(JSON.stringify(report, null, 2));
    if (report.errors + report.timeouts + report.non2xx + report.graphqlErrors + writes.failed.length > 0) process.exitCode = 1;
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    rmSync(home, { recursive: true, force: true });
  }
}

await main();
