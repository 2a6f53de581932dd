import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TadaDocumentNode } from "gql.tada";
import { afterAll, describe, expect, it } from "vitest";
import { ENDPOINT_FILE } from "../../src/neo4j/endpoint.ts";
import { freePort } from "../support/database.ts";
import { graphql, requestBody } from "../support/graphql.ts";

/**
 * The README's "add an article" steps, as written, while `npm start` runs on the local launcher:
 * `npm run seed:check -- --only <id>`, then `npm run seed`, which must load into the running
 * server's Neo4j (not start a second one on its folder and port); the new article is in the API
 * at once. Then a restart on a changed seed/ says which command reloads it.
 */

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}
const runs: Run[] = [];

function run(command: string, args: string[], env: Record<string, string>): Run {
  let output = "";
  const child = spawn(command, args, {
    env: { ...process.env, NEO4J_URI: "", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  const r = { child, output: () => output, exited };
  runs.push(r);
  return r;
}

async function waitFor(r: Run, text: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!r.output().includes(text)) {
    if (r.child.exitCode !== null) throw new Error(`exited ${r.child.exitCode} before "${text}":\n${r.output()}`);
    if (Date.now() > deadline) throw new Error(`no "${text}" within ${timeoutMs} ms:\n${r.output()}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

const work = mkdtempSync(join(tmpdir(), "laddergraph-add-"));
const seedDir = join(work, "seed");
cpSync("seed", seedDir, { recursive: true });
afterAll(async () => {
  for (const r of runs.filter((x) => x.child.exitCode === null)) {
    r.child.kill("SIGTERM");
    await r.exited;
  }
  rmSync(work, { recursive: true, force: true });
});

const ID = "zz_small_ladder";
const ARTICLE = `The Small Ladder
Associate Product Manager: the first rung.
Product Manager: after 2-4 years.
`;
const CLAIMS = `source: { id: ${ID}, title: The Small Ladder, sha256: ${createHash("sha256").update(ARTICLE).digest("hex")} }
roles:
  - { role: associate-product-manager, title: "Associate Product Manager", rank: 1, summary: "the first rung." }
  - { role: product-manager, title: { text: "Product Manager", occurrence: 2 }, rank: 2, summary: "after 2-4 years." }
promotions:
  - { from: associate-product-manager, to: product-manager, kind: LADDER_ORDER, quote: { text: "Product Manager", occurrence: 2 } }
`;

async function post<T, V>(port: string, document: TadaDocumentNode<T, V>, variables?: NoInfer<V>): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: requestBody(document, variables),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

describe("adding an article while the server runs (README steps)", () => {
  it("seed:check, then npm run seed into the running server's Neo4j; the article is in the API at once; a changed seed/ is reported at the next start", async () => {
    const env = {
      LADDERGRAPH_NEO4J_HOME: join(work, "data"),
      LADDERGRAPH_NEO4J_PORT: String(await freePort()),
      LADDERGRAPH_SEED_DIR: seedDir,
      PORT: String(await freePort()),
      NEO4J_PASSWORD: "laddergraph-add-test",
    };
    const server = run(process.execPath, ["src/main.ts"], env);
    await waitFor(server, "laddergraph ready");
    expect(server.output()).toContain("empty database: seed articles loaded");
    // Every long step says when it starts and how long it took; the examples ran before the port opened.
    for (const step of [
      "starting the local Neo4j",
      "preparing the database (schema, seed on first start)",
      "warming up (running the GraphiQL examples once)",
    ]) {
      expect(server.output()).toContain(`"msg":"${step}…"`);
      expect(server.output()).toMatch(new RegExp(`"msg":"${step.replace(/[()]/g, "\\$&")}: done in \\d+\\.\\d s"`));
    }
    expect(existsSync(join(env.LADDERGRAPH_NEO4J_HOME, ENDPOINT_FILE))).toBe(true);

    // Steps 1 and 2: the article and its claims.
    writeFileSync(join(seedDir, "sources", `${ID}.txt`), ARTICLE);
    writeFileSync(join(seedDir, "claims", `${ID}.yaml`), CLAIMS);
    // Step 3.
    const check = run("npm", ["run", "--silent", "seed:check", "--", "--only", ID], env);
    expect(await check.exited, check.output()).toBe(0);
    expect(check.output()).toContain("seed:check ok: 1 sources, 2 role definitions, 1 promotion steps");
    const seed = run("npm", ["run", "--silent", "seed"], env);
    expect(await seed.exited, seed.output()).toBe(0);
    expect(seed.output()).toContain(`using the Neo4j of the server running on this data folder (pid ${server.child.pid})`);
    expect(seed.output()).toMatch(/seed: loaded 6 sources, /);
    expect(seed.output()).not.toContain("local Neo4j ready");

    const data = await post(env.PORT, graphql(`query ($id: ID!) { ladder(source: $id) { rank definitions { role { slug } title } } }`), {
      id: ID,
    });
    expect(data.ladder).toEqual([
      { rank: 1, definitions: [{ role: { slug: "associate-product-manager" }, title: "Associate Product Manager" }] },
      { rank: 2, definitions: [{ role: { slug: "product-manager" }, title: "Product Manager" }] },
    ]);

    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    expect(existsSync(join(env.LADDERGRAPH_NEO4J_HOME, ENDPOINT_FILE))).toBe(false);

    // A claims file edited by hand, no `npm run seed`: the next start says so, and how to reload.
    const claimsFile = join(seedDir, "claims", `${ID}.yaml`);
    writeFileSync(claimsFile, `${readFileSync(claimsFile, "utf8")}# reviewed\n`);
    const again = run(process.execPath, ["src/main.ts"], env);
    await waitFor(again, "laddergraph ready");
    expect(again.output()).toContain("seed/ has changed since it was last loaded into this database: run `npm run seed`");
    again.child.kill("SIGTERM");
    expect(await again.exited).toBe(0);
  }, 400_000);

  it("a taken HTTP port stops start-up before Neo4j is started", async () => {
    const blocker = createServer();
    const port = await new Promise<number>((ok) => blocker.listen(0, "0.0.0.0", () => ok((blocker.address() as { port: number }).port)));
    try {
      const home = join(work, "blocked");
      const r = run(process.execPath, ["src/main.ts"], { LADDERGRAPH_NEO4J_HOME: home, PORT: String(port), NEO4J_PASSWORD: "x-unused-1" });
      expect(await r.exited).toBe(1);
      expect(r.output()).toContain(`laddergraph: port ${port} is already in use: stop what holds it, or set PORT to another port`);
      expect(existsSync(join(home, "launcher.log"))).toBe(false);
    } finally {
      blocker.close();
    }
  });
});
