import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TadaDocumentNode } from "gql.tada";
import { afterAll, describe, expect, inject, it } from "vitest";
import { freePort } from "../support/database.ts";
import { graphql, requestBody } from "../support/graphql.ts";

/** The real `npm start` entry point, as a process: start-up, first seed, restart, SIGTERM, bad configuration. */

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

const runs: Run[] = [];

function start(env: Record<string, string>): Run {
  let output = "";
  const child = spawn(process.execPath, ["src/main.ts"], {
    env: { ...process.env, NEO4J_URI: "", NEO4J_PASSWORD: "", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  const run = { child, output: () => output, exited };
  runs.push(run);
  return run;
}

async function waitFor(run: Run, text: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!run.output().includes(text)) {
    if (run.child.exitCode !== null) throw new Error(`exited ${run.child.exitCode} before "${text}":\n${run.output()}`);
    if (Date.now() > deadline) throw new Error(`no "${text}" within ${timeoutMs} ms:\n${run.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const home = mkdtempSync(join(tmpdir(), "laddergraph-start-"));
afterAll(async () => {
  // A failed or timed-out test must not leave a server (and its Neo4j) running.
  for (const run of runs.filter((r) => r.child.exitCode === null)) {
    run.child.kill("SIGTERM");
    await run.exited;
  }
  rmSync(home, { recursive: true, force: true });
});

const SEED_IDS = ["000_18567d4f4f5ab0b1", "001_a8ebed2f27fe2428", "002_d2d1fea17da82400", "003_24894dd3d8424456", "004_502e8f18b33a844e"];
const TOKEN = "process-test-admin-token-0123456789";

async function post<R, V>(
  port: string,
  document: TadaDocumentNode<R, V>,
  variables?: NoInfer<V>,
): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: requestBody(document, variables),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

async function sourceIds(port: string): Promise<string[]> {
  const body = await post(port, graphql(`{ sources { id } }`));
  if (!body.data) throw new Error(`no data: ${JSON.stringify(body)}`);
  return (body.data.sources as { id: string }[]).map((s) => s.id);
}

describe("npm start without NEO4J_URI (the local launcher)", () => {
  it("starts Neo4j, loads the seed on the first start only (never again, even after an operator removed it), and leaves no Java process after SIGTERM", async () => {
    const env = {
      LADDERGRAPH_NEO4J_HOME: home,
      LADDERGRAPH_NEO4J_PORT: String(await freePort()),
      PORT: String(await freePort()),
      LADDERGRAPH_ADMIN_TOKEN: TOKEN,
    };
    for (const [attempt, expected, sources] of [
      [1, "empty database: seed articles loaded", SEED_IDS],
      [2, "database already holds sources; seed not loaded", SEED_IDS],
      [3, "the database holds no sources: they were removed after the seed was loaded; seed not loaded again", []],
    ] as const) {
      const run = start(env);
      await waitFor(run, "laddergraph ready");
      expect(run.output(), `start ${attempt}`).toContain(expected);
      const javaPid = Number(run.output().match(/pid=(\d+)/)?.[1]);
      expect(isAlive(javaPid)).toBe(true);
      expect(await sourceIds(env.PORT)).toEqual(sources);

      if (attempt === 2) {
        // The operator removes every seed article: the next start must not bring them back.
        for (const id of SEED_IDS) {
          expect(await post(env.PORT, graphql(`mutation ($id: ID!) { removeSource(id: $id) { removedId } }`), { id })).toEqual({
            data: { removeSource: { removedId: id } },
          });
        }
        expect(await sourceIds(env.PORT)).toEqual([]);
      }

      run.child.kill("SIGTERM");
      expect(await run.exited).toBe(0);
      expect(isAlive(javaPid)).toBe(false);
      // A random password generated on the first start, kept (and reused) in the private data folder.
      expect([statSync(home).mode & 0o777, statSync(join(home, "password")).mode & 0o777]).toEqual([0o700, 0o600]);
      expect(readFileSync(join(home, "password"), "utf8").trim()).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(run.output()).not.toContain(readFileSync(join(home, "password"), "utf8").trim());
    }
    // Three cold starts of Neo4j's JVM and warm-ups: generous, as a shared 2-core machine under load took over 7 minutes.
  }, 900_000);
});

describe("bad configuration: one line, non-zero exit", () => {
  it("a NEO4J_URI nobody answers at", async () => {
    const run = start({ NEO4J_URI: `bolt://127.0.0.1:${await freePort()}`, NEO4J_PASSWORD: "whatever1", PORT: String(await freePort()) });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/^laddergraph: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+: is it running, and is NEO4J_URI right\?/m);
  });

  it("a wrong password", async () => {
    const db = inject("neo4j");
    const run = start({ NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: "not-the-password", PORT: String(await freePort()) });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain(`laddergraph: Neo4j at ${db.uri} refused the credentials: check NEO4J_USER and NEO4J_PASSWORD`);
  });

  it("a port already taken", async () => {
    const db = inject("neo4j");
    const blocker = createServer();
    const port = await new Promise<number>((ok) => blocker.listen(0, () => ok((blocker.address() as { port: number }).port)));
    try {
      const run = start({ NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password, PORT: String(port) });
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain(`laddergraph: port ${port} is already in use: stop what holds it, or set PORT to another port`);
    } finally {
      blocker.close();
    }
  });

  it("a malformed NEO4J_URI", async () => {
    const run = start({ NEO4J_URI: "http://localhost:7474", NEO4J_PASSWORD: "x" });
    expect(await run.exited).toBe(1);
    expect(run.output().trim()).toBe(
      "laddergraph: invalid configuration: NEO4J_URI: NEO4J_URI must look like bolt://host:7687 or neo4j+s://host",
    );
  });

  it("a missing java (PATH without it) when the launcher must start", async () => {
    const run = start({ PATH: "/nonexistent", LADDERGRAPH_NEO4J_HOME: join(home, "nojava"), PORT: String(await freePort()) });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/laddergraph: (java was not found on PATH|could not start java)/);
  });
});
