import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, truncateSync, unlinkSync, writeSync } from "node:fs";
import { statfs } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DocumentNode, print } from "graphql";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphCounts } from "../../src/db/repositories/graph.ts";
import { localPassword } from "../../src/neo4j/credentials.ts";
import { logSink } from "../../src/observability/logSink.ts";
import { freePort } from "../support/database.ts";
import { graphql } from "../support/graphql.ts";
import { widgetLadderClaims } from "../support/widgetLadder.ts";

/**
 * The real `npm start` process with its local Neo4j's data folder, and its own log (stdout), on a
 * small file system of its own (a tmpfs), which the test then fills: the process must live, keep
 * answering reads, give writes a coded error, and recover by itself when space returns. Then its
 * Neo4j is frozen (SIGSTOP) and the process is sent SIGTERM: it must be gone within its 10 s with
 * a 503 for the request in flight.
 */
const mountPoint = mkdtempSync(join(tmpdir(), "laddergraph-disk-"));
const TOKEN = "disk-test-admin-token-0123456789";
const SEED_IDS = ["000_18567d4f4f5ab0b1", "001_a8ebed2f27fe2428", "002_d2d1fea17da82400", "003_24894dd3d8424456", "004_502e8f18b33a844e"];
let mounted = false;
let child: ChildProcess | undefined;
let exited: Promise<number | null>;
let stderr = "";
let port = "";
let boltPort = 0;
const stdoutPath = join(mountPoint, "server.log");
const filler = join(mountPoint, "filler");

function fillDisk(path: string): number {
  const fd = openSync(path, "w");
  const chunk = Buffer.alloc(1024 * 1024, 7);
  let written = 0;
  try {
    for (;;) written += writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
  } finally {
    closeSync(fd);
  }
  // Whatever tail a 1 MB write could not fit: fill it byte by byte-ish.
  const fd2 = openSync(path, "a");
  try {
    for (;;) written += writeSync(fd2, Buffer.alloc(512, 7));
  } catch {
    // full
  } finally {
    closeSync(fd2);
  }
  return written;
}

async function waitFor(read: () => string, text: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!read().includes(text)) {
    if (child?.exitCode !== null && child?.exitCode !== undefined)
      throw new Error(`exited ${child.exitCode} before "${text}":\n${read()}\n${stderr}`);
    if (Date.now() > deadline) throw new Error(`no "${text}" within ${timeoutMs} ms:\n${read()}\n${stderr}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const stdoutText = () => (existsSync(stdoutPath) ? readFileSync(stdoutPath, "utf8") : "");

/** POSTs a typed document (or a string built per request, to miss the response cache). */
async function post(query: DocumentNode | string, variables: Record<string, unknown> = {}, timeoutMs = 20_000) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query: typeof query === "string" ? query : print(query), variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: Record<string, unknown> | null;
      errors?: { message: string; extensions?: { code?: string } }[];
    },
  };
}

const ADD = graphql(
  `mutation ($id: ID!, $text: String!, $claims: String!) { addSource(id: $id, text: $text, claims: $claims) { source { id } } }`,
);
const REMOVE = graphql(`mutation ($id: ID!) { removeSource(id: $id) { removedId } }`);
const FIXTURE = "diskfull_widgets";
const QUOTE = "A widget manager is promoted from junior widget manager.";
const TEXT = `Disk Ladder\n\nJunior Widget Manager\nA junior widget manager polishes widgets.\n\nWidget Manager\n${QUOTE}\n${"Padding so the write is not tiny. ".repeat(2_000)}\n`;
const ARTICLE = { id: FIXTURE, text: TEXT, claims: widgetLadderClaims({ id: FIXTURE, title: "Disk Ladder", text: TEXT, quote: QUOTE }) };
/** Almost the largest text addSource takes (1,000,000 characters): more than the disk will have left. */
const BIG_TEXT = `Disk Ladder\n\nJunior Widget Manager\nA junior widget manager polishes widgets.\n\nWidget Manager\n${QUOTE}\n${"Padding so the write is large. ".repeat(31_000)}\n`;
const BIG = {
  id: "diskfull_big",
  text: BIG_TEXT,
  claims: widgetLadderClaims({ id: "diskfull_big", title: "Disk Ladder", text: BIG_TEXT, quote: QUOTE }),
};
/** The margin the server keeps for writes (LADDERGRAPH_MIN_FREE_MB), small so a write can get past it to a disk too full for it. */
const MIN_FREE_MB = 0.5;
/** Every Neo4j this test's server ran (one more after each restart), from the launcher's ready lines. */
const javaPids = () => [...stdoutText().matchAll(/pid=(\d+)/g)].map((m) => Number(m[1]));
/** Nodes and relationships in the server's own Neo4j, read directly (not through the server). */
async function countsInNeo4j() {
  const driver = neo4j.driver(`bolt://127.0.0.1:${boltPort}`, neo4j.auth.basic("neo4j", localPassword(join(mountPoint, "home"))));
  try {
    return await graphCounts(driver);
  } finally {
    await driver.close();
  }
}
const freeOnDisk = async () => {
  const s = await statfs(mountPoint);
  return Number(s.bavail) * Number(s.bsize);
};

beforeAll(() => {
  execFileSync("mount", ["-t", "tmpfs", "-o", "size=192m,mode=0700", "tmpfs", mountPoint]);
  mounted = true;
});

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill("SIGKILL");
    await exited;
  }
  for (const java of javaPids()) {
    try {
      process.kill(java, "SIGKILL");
    } catch {
      // gone
    }
  }
  if (mounted) execFileSync("umount", ["-l", mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

describe("a log on a full disk", () => {
  it("is reported once, never thrown, and written out when space returns", async () => {
    const logPath = join(mountPoint, "sink.log");
    const reports: string[] = [];
    const sink = logSink({ dest: logPath, what: "a test log", report: (line) => reports.push(line) });
    sink.write("first line\n");
    const fill = join(mountPoint, "sink-filler");
    // Lines longer than the tmpfs page the file already has, so the full disk shows at once.
    const pad = "p".repeat(200);
    try {
      fillDisk(fill);
      for (let i = 0; i < 100; i++) sink.write(`line ${i} while the disk is full ${pad}\n`);
      expect(reports).toHaveLength(1);
      expect(reports[0]).toMatch(/^laddergraph: cannot write a test log \(ENOSPC: no space left on the device\); lines wait in memory/);
    } finally {
      unlinkSync(fill);
    }
    sink.write("after space returned\n");
    expect(reports[1]).toMatch(/^laddergraph: writing a test log again after \d+\.\d s$/);
    sink.end();
    const lines = readFileSync(logPath, "utf8").trim().split("\n");
    expect([lines[0], lines[1], lines[100], lines[101], lines.length]).toEqual([
      "first line",
      `line 0 while the disk is full ${pad}`,
      `line 99 while the disk is full ${pad}`,
      "after space returned",
      102,
    ]);
    unlinkSync(logPath);
  });
});

describe("npm start on a disk that fills up", () => {
  it("keeps running and answering reads with the disk full, refuses writes with a code, and recovers when space returns", async () => {
    port = String(await freePort());
    boltPort = await freePort();
    const out = openSync(stdoutPath, "a");
    child = spawn(process.execPath, ["src/main.ts"], {
      env: {
        ...process.env,
        NEO4J_URI: "",
        NEO4J_PASSWORD: "",
        LOG_LEVEL: "info",
        LOG_FORMAT: "json",
        PORT: port,
        LADDERGRAPH_NEO4J_HOME: join(mountPoint, "home"),
        LADDERGRAPH_NEO4J_PORT: String(boltPort),
        LADDERGRAPH_ADMIN_TOKEN: TOKEN,
        LADDERGRAPH_MIN_FREE_MB: String(MIN_FREE_MB),
        // The seed is one transaction; a loaded 2-core machine took over 30 s for it.
        LADDERGRAPH_NEO4J_TX_TIMEOUT_S: "300",
      },
      stdio: ["ignore", out, "pipe"],
    });
    closeSync(out);
    child.stderr?.on("data", (d) => (stderr += d));
    exited = new Promise((done) => child?.once("exit", (code) => done(code)));
    await waitFor(stdoutText, "laddergraph ready", 600_000);

    const filled = fillDisk(filler);
    console.log(`filled the ${(filled / 1024 / 1024).toFixed(1)} MB left on the tmpfs`);

    // Reads go on (each also writes a log line to the full disk).
    for (const query of [graphql(`{ sources { id } }`), graphql(`{ a: sources { id } }`), graphql(`{ b: sources { id title } }`)]) {
      const read = await post(query);
      expect(read.status).toBe(200);
      expect((Object.values(read.body.data ?? {})[0] as { id: string }[]).map((s) => s.id)).toEqual(SEED_IDS);
    }
    // A write is refused before it reaches Neo4j (which would stop its database on a failed commit).
    const refused = await post(ADD, ARTICLE, 60_000);
    const code = refused.body.errors?.[0]?.extensions?.code;
    console.log(`addSource on the full disk: HTTP ${refused.status}, ${code}: ${refused.body.errors?.[0]?.message}`);
    expect([refused.status, code, refused.body.data]).toEqual([200, "INSUFFICIENT_STORAGE", null]);
    expect(refused.body.errors?.[0]?.message).toMatch(/^the database's disk has \d+\.\d MB free; writes are refused below 0.5 MB/);
    expect(child.exitCode).toBeNull();
    // The log file's last page may still hold a few lines: read on until a log write meets the full disk.
    for (let i = 0; i < 500 && !stderr.includes("cannot write the server's log"); i++) {
      // A string on purpose: a fresh alias per request, so no answer comes from the response cache.
      const read = await post(`{ r${i}: sources { id } }`);
      expect(read.status).toBe(200);
    }
    expect(stderr).toContain("laddergraph: cannot write the server's log (stdout) (ENOSPC: no space left on the device)");
    expect(stderr.match(/cannot write the server's log/g)).toHaveLength(1);
    const stillReads = await post(graphql(`{ c: sources { id } }`));
    expect((stillReads.body.data?.c as { id: string }[] | undefined)?.map((s) => s.id)).toEqual(SEED_IDS);

    // Space returns: the same process writes again, and its log resumes.
    unlinkSync(filler);
    const recovered = Date.now();
    let added: Awaited<ReturnType<typeof post>> | undefined;
    for (let attempt = 0; attempt < 30; attempt++) {
      added = await post(ADD, ARTICLE, 60_000);
      if (!added.body.errors?.length) break;
      await new Promise((r) => setTimeout(r, 1_000));
    }
    console.log(`space returned: addSource landed after ${Date.now() - recovered} ms (${JSON.stringify(added?.body.errors ?? [])})`);
    expect(added?.body).toEqual({ data: { addSource: { source: { id: FIXTURE } } } });
    expect((await post(REMOVE, { id: FIXTURE })).body).toEqual({ data: { removeSource: { removedId: FIXTURE } } });
    await waitFor(() => stderr, "laddergraph: writing the server's log (stdout) again after", 10_000);
    expect(stdoutText()).toContain('"msg":"request"');
    expect(child.exitCode).toBeNull();
  }, 900_000);

  // Neo4j 5.26 answers a commit its full disk cut short with a panic ("needs to be restarted");
  // shut down gracefully, it then flushed its log buffer again at the end of the transaction log
  // (bytes from the middle of the failed entry), and every later start ended in OutOfMemoryError
  // reading that as an entry. The launcher (tools/neo4j) now halts a panicked Neo4j instead, so the
  // log ends where the disk cut it and the restart's recovery truncates the torn entry.
  it("a disk that fills during a commit: that write gets INSUFFICIENT_STORAGE, Neo4j is restarted by itself once space returns, reads and writes work again", async () => {
    expect(child?.exitCode).toBeNull();
    const [firstJava] = javaPids();
    // Leave more than the margin free (so the guard lets the write through) and less than the write needs.
    fillDisk(filler);
    truncateSync(filler, statSync(filler).size - 750 * 1024);
    const free = await freeOnDisk();
    expect(free).toBeGreaterThan(MIN_FREE_MB * 1024 * 1024);
    const before = await countsInNeo4j();
    expect(before.nodes).toBeGreaterThan(0);
    const failed = await post(ADD, BIG, 120_000);
    const code = failed.body.errors?.[0]?.extensions?.code;
    console.log(
      `addSource of ${BIG_TEXT.length} characters with ${(free / 1024).toFixed(0)} KB free: HTTP ${failed.status}, ${code}: ${failed.body.errors?.[0]?.message}`,
    );
    expect([failed.status, code, failed.body.data]).toEqual([200, "INSUFFICIENT_STORAGE", null]);
    expect(failed.body.errors?.[0]?.message).toMatch(
      /^the database's disk filled up while this write was being committed, so nothing was written; the database is restarted as soon as its disk has 0.5 MB free/,
    );
    expect(child?.exitCode).toBeNull();

    // Neo4j stopped its database ("needs to be restarted"); /ready says what the server waits for.
    const ready = await fetch(`http://127.0.0.1:${port}/ready`);
    const readyText = await ready.text();
    expect([ready.status, readyText]).toEqual([503, expect.stringContaining("it is restarted once its disk has 0.5 MB free")]);
    // A read meanwhile: from the cache, or a coded DATABASE_UNAVAILABLE, never a masked error.
    const meanwhile = await post(graphql("{ waiting: sources { id } }"));
    expect(meanwhile.body.errors?.[0]?.extensions?.code ?? "answered").toMatch(/^(answered|DATABASE_UNAVAILABLE)$/);

    // Space returns: the supervisor restarts Neo4j, and the same process reads and writes again.
    unlinkSync(filler);
    const spaceBack = Date.now();
    let readyAgain = false;
    while (!readyAgain && Date.now() - spaceBack < 600_000) {
      readyAgain = (await fetch(`http://127.0.0.1:${port}/ready`)).status === 200;
      if (!readyAgain) await new Promise((r) => setTimeout(r, 1_000));
    }
    const restartedMs = Date.now() - spaceBack;
    expect(readyAgain).toBe(true);
    expect(javaPids().length).toBe(2);
    expect(javaPids()[1]).not.toBe(firstJava);
    const read = await post(graphql("{ after: sources { id } }"));
    // The failed write left nothing behind, and nothing committed before it was lost.
    expect(await countsInNeo4j()).toEqual(before);
    expect((read.body.data?.after as { id: string }[] | undefined)?.map((s) => s.id)).toEqual(SEED_IDS);
    const added = await post(ADD, ARTICLE, 120_000);
    console.log(
      `space returned: /ready 200 after ${restartedMs} ms (Neo4j restarted by the supervisor), graph ${JSON.stringify(before)} as before; addSource then: ${JSON.stringify(added.body)}`,
    );
    expect(added.body).toEqual({ data: { addSource: { source: { id: FIXTURE } } } });
    expect((await post(REMOVE, { id: FIXTURE })).body).toEqual({ data: { removeSource: { removedId: FIXTURE } } });
    expect(child?.exitCode).toBeNull();
  }, 900_000);

  it("SIGTERM with its Neo4j frozen: a 503 for the request in flight and for one arriving, and gone within 10 s", async () => {
    expect(child?.exitCode).toBeNull();
    const java = javaPids().at(-1) as number;
    expect(java).toBeGreaterThan(0);
    process.kill(java, "SIGSTOP");
    // Not in the response cache: this query was never asked.
    const inFlight = post(graphql(`{ frozen: sources { id title } }`), {}, 30_000);
    await new Promise((r) => setTimeout(r, 1_000));
    const started = Date.now();
    child?.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    const arriving = await fetch(`http://127.0.0.1:${port}/health`);
    expect([
      arriving.status,
      ((await arriving.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ]).toEqual([503, "SERVICE_UNAVAILABLE"]);
    const cut = await inFlight;
    expect([cut.status, cut.body.errors?.[0]?.extensions?.code]).toEqual([503, "SERVICE_UNAVAILABLE"]);
    const code = await exited;
    const took = Date.now() - started;
    console.log(`SIGTERM with Neo4j frozen: exit ${code} after ${took} ms`);
    expect(code).toBe(0);
    expect(took).toBeLessThan(10_500);
    let javaAlive = true;
    try {
      process.kill(java, 0);
    } catch {
      javaAlive = false;
    }
    expect(javaAlive).toBe(false);
  }, 60_000);
});
