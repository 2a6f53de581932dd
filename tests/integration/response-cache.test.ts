import { type ChildProcess, spawn } from "node:child_process";
import { print } from "graphql";
import { afterAll, describe, expect, inject, it } from "vitest";
import { readDataVersion } from "../../src/cache/dataVersion.ts";
import { createDriver } from "../../src/db/driver.ts";
import { loadCorpus, removeSources } from "../../src/db/writes/corpus.ts";
import { readCorpus } from "../../src/seed/corpus.ts";
import { freePort } from "../support/database.ts";
import { graphql } from "../support/graphql.ts";
import { startTestServer } from "../support/server.ts";
import { S } from "../support/sources.ts";
import { widgetLadderClaims } from "../support/widgetLadder.ts";

/**
 * The response cache keyed on the data version in Neo4j: ETag, Cache-Control and 304 on GET; the
 * version changed by every write transaction; and, with two server processes on one database, the
 * one that did not write never answers from the old version once the staleness bound has passed.
 */
const db = inject("neo4j");
const TOKEN = "cache-test-admin-token-0123456789";
const FIXTURE = "zz_cache_fixture";
// The default (250 ms) doubled: a poll read slower than the bound (2 × poll) leaves the version
// unconfirmed and answers uncached, which a loaded CI machine can hit at 100 ms.
const POLL_MS = 500;
const BOUND_MS = 2 * POLL_MS;

const driver = createDriver({ uri: db.uri, user: db.user, password: db.password });
const { app } = startTestServer({ adminToken: TOKEN, env: { LADDERGRAPH_CACHE_POLL_MS: String(POLL_MS) } });
const processes: ChildProcess[] = [];

afterAll(async () => {
  for (const child of processes.filter((c) => c.exitCode === null)) {
    const exited = new Promise((done) => child.once("exit", done));
    child.kill("SIGTERM");
    await exited;
  }
  // A failed test must not leave the fixture source behind for the other test files.
  await removeSources(driver, [FIXTURE]);
  await driver.close();
});

const QUOTE = "A widget manager is promoted from junior widget manager.";
const TEXT = `Cache Ladder\n\nJunior Widget Manager\nA junior widget manager polishes widgets.\n\nWidget Manager\n${QUOTE}\n`;
const CLAIMS = widgetLadderClaims({ id: FIXTURE, title: "Cache Ladder", text: TEXT, quote: QUOTE });
// Typed documents, printed: the cache keys on the query text as sent.
const ADD = print(
  graphql(`mutation ($id: ID!, $text: String!, $claims: String!) { addSource(id: $id, text: $text, claims: $claims) { source { id } } }`),
);
const REMOVE = print(graphql(`mutation ($id: ID!) { removeSource(id: $id) { removedId } }`));
const SOURCES = print(graphql(`{ sources { id title } }`));
const FIVE = Object.values(S);

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;
const inApp: Fetch = (url, init) => Promise.resolve(app.fetch(new Request(url, init)));

/** GET of the sources list: status, ETag, Cache-Control and the source ids (null on a 304). */
async function getSources(fetcher: Fetch, origin: string, ifNoneMatch?: string) {
  const response = await fetcher(`${origin}/graphql?query=${encodeURIComponent(SOURCES)}`, {
    headers: { accept: "application/graphql-response+json", ...(ifNoneMatch ? { "if-none-match": ifNoneMatch } : {}) },
  });
  const text = await response.text();
  const body = text ? (JSON.parse(text) as { data?: { sources: { id: string }[] } }) : null;
  return {
    status: response.status,
    etag: response.headers.get("etag"),
    cacheControl: response.headers.get("cache-control"),
    ids: body?.data?.sources.map((s) => s.id) ?? null,
  };
}

async function mutate(fetcher: Fetch, origin: string, query: string, variables: Record<string, unknown>) {
  const response = await fetcher(`${origin}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`mutation failed: ${JSON.stringify(body.errors)}`);
}

/** Waits until the cache has a confirmed data version (its first poll). */
async function cacheReady(fetcher: Fetch, origin: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while ((await getSources(fetcher, origin)).etag === null) {
    if (Date.now() > deadline) throw new Error("the response cache never confirmed a data version");
    await new Promise((r) => setTimeout(r, 20));
  }
}

const ORIGIN = "http://laddergraph.test";

describe("the data version", () => {
  it("changes in every load and removal transaction, and not when a load fails", async () => {
    const corpus = readCorpus("seed");
    if (!corpus.ok) throw new Error("the seed is invalid");
    const v0 = await readDataVersion(driver, undefined);
    await loadCorpus(driver, corpus.corpus);
    const v1 = await readDataVersion(driver, undefined);
    const broken = structuredClone(corpus.corpus);
    const definition = broken.sources[0]?.definitions[0];
    if (!definition) throw new Error("the seed has no definition");
    definition.title = { a: { b: 1 } } as never; // Neo4j refuses map values, mid-transaction
    await expect(loadCorpus(driver, broken)).rejects.toThrow();
    const v2 = await readDataVersion(driver, undefined);
    await removeSources(driver, ["no_such_source"]);
    const v3 = await readDataVersion(driver, undefined);
    expect(typeof v0).toBe("string");
    expect([v1 === v0, v2 === v1, v3 === v2]).toEqual([false, true, false]);
  });
});

describe("one process with the cache", () => {
  it("gives GET answers an ETag from the data version and Cache-Control: no-cache; If-None-Match gets a 304", async () => {
    const version = await readDataVersion(driver, undefined);
    // The previous test's writes changed the version: within the staleness bound the cache may
    // still confirm the old one, so wait for the current version first.
    await expect
      .poll(async () => (await getSources(inApp, ORIGIN)).etag?.startsWith(`"${version}.`) ?? false, { timeout: 10_000, interval: 50 })
      .toBe(true);
    const first = await getSources(inApp, ORIGIN);
    expect(first).toEqual({ status: 200, etag: expect.stringMatching(/^".+"$/), cacheControl: "no-cache", ids: FIVE });
    expect(first.etag?.startsWith(`"${version}.`)).toBe(true);
    const again = await getSources(inApp, ORIGIN, first.etag ?? "");
    expect(again).toEqual({ status: 304, etag: first.etag, cacheControl: "no-cache", ids: null });
    // Another query has another ETag; a stranger's ETag gets the full answer.
    const other = await getSources(inApp, ORIGIN, '"not-a-version.x"');
    expect({ status: other.status, etag: other.etag, ids: other.ids }).toEqual({ status: 200, etag: first.etag, ids: FIVE });
  });

  it("gets a 304 only for the ETag of this very query: not for another query's, nor a guessed key, nor on POST", async () => {
    await cacheReady(inApp, ORIGIN);
    const version = await readDataVersion(driver, undefined);
    const sources = await getSources(inApp, ORIGIN);
    // Another query, asked with the sources' ETag: its full answer, under its own ETag.
    const roles = await inApp(`${ORIGIN}/graphql?query=${encodeURIComponent(print(graphql(`{ role(id: "product-manager") { name } }`)))}`, {
      headers: { accept: "application/graphql-response+json", "if-none-match": sources.etag ?? "" },
    });
    expect([roles.status, await roles.json()]).toEqual([200, { data: { role: { name: "Product Manager" } } }]);
    expect(roles.headers.get("etag")).not.toBe(sources.etag);
    // The old scheme's key (version + SHA-256 of document, operation and variables) is not an ETag here.
    const { createHash } = await import("node:crypto");
    const guessed = `"${version}.${createHash("sha256").update(SOURCES).update("\0").update("").update("\0").update("{}").digest("base64url")}"`;
    expect((await getSources(inApp, ORIGIN, guessed)).status).toBe(200);
    // A list of tags, one of them current, and the weak form: 304 (RFC 9110 weak comparison).
    expect((await getSources(inApp, ORIGIN, `"x", ${sources.etag}`)).status).toBe(304);
    expect((await getSources(inApp, ORIGIN, `W/${sources.etag}`)).status).toBe(304);
    // POST answers carry no ETag, and a POST with If-None-Match gets its answer.
    const posted = await inApp(`${ORIGIN}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json", "if-none-match": sources.etag ?? "" },
      body: JSON.stringify({ query: SOURCES }),
    });
    expect([
      posted.status,
      posted.headers.get("etag"),
      ((await posted.json()) as { data: { sources: unknown[] } }).data.sources.length,
    ]).toEqual([200, null, 5]);
  });

  it("always runs a mutation, whatever If-None-Match it carries", async () => {
    await cacheReady(inApp, ORIGIN);
    const sources = await getSources(inApp, ORIGIN);
    const response = await inApp(`${ORIGIN}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${TOKEN}`,
        "if-none-match": sources.etag ?? "",
        accept: "application/graphql-response+json",
      },
      body: JSON.stringify({ query: REMOVE, variables: { id: "no_such_source" } }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    // It ran: the unknown id was looked up and refused.
    expect([response.status, response.headers.get("etag"), body.errors?.[0]?.extensions?.code]).toEqual([200, null, "NOT_FOUND"]);
  });

  it("answers from the new version right after its own write, and the old ETag no longer gets a 304", async () => {
    await cacheReady(inApp, ORIGIN);
    const before = await getSources(inApp, ORIGIN);
    await mutate(inApp, ORIGIN, ADD, { id: FIXTURE, text: TEXT, claims: CLAIMS });
    // Until a read started after the write confirms the new version, answers are computed afresh.
    const added = await getSources(inApp, ORIGIN, before.etag ?? "");
    expect({ status: added.status, ids: added.ids }).toEqual({ status: 200, ids: [...FIVE, FIXTURE] });
    await cacheReady(inApp, ORIGIN);
    const addedCached = await getSources(inApp, ORIGIN, before.etag ?? "");
    expect({ status: addedCached.status, ids: addedCached.ids }).toEqual({ status: 200, ids: [...FIVE, FIXTURE] });
    await mutate(inApp, ORIGIN, REMOVE, { id: FIXTURE });
    expect((await getSources(inApp, ORIGIN, addedCached.etag ?? "")).ids).toEqual(FIVE);
    await cacheReady(inApp, ORIGIN);
    const removed = await getSources(inApp, ORIGIN);
    expect(removed.ids).toEqual(FIVE);
    expect(new Set([before.etag, addedCached.etag, removed.etag]).size).toBe(3);
  });
});

/** `npm start`'s entry point on the test database, with the cache on; resolves with its origin. */
async function startProcess(adminToken?: string): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, ["src/main.ts"], {
    env: {
      ...process.env,
      NEO4J_URI: db.uri,
      NEO4J_USER: db.user,
      NEO4J_PASSWORD: db.password,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      LADDERGRAPH_RESPONSE_CACHE: "on",
      LADDERGRAPH_CACHE_POLL_MS: String(POLL_MS),
      LADDERGRAPH_ADMIN_TOKEN: adminToken ?? "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  processes.push(child);
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const deadline = Date.now() + 60_000;
  while (!output.includes("laddergraph ready")) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return `http://127.0.0.1:${port}`;
}

/**
 * Asks `reader` for the sources every few milliseconds after a write through `writer` finished,
 * until it has `late` answers asked for after the bound (however slow the machine); returns when
 * each answer was asked for (ms after the write) and whether it had the fixture.
 */
async function watchAfterWrite(reader: string, write: () => Promise<void>, late: number) {
  await write();
  const done = performance.now();
  const seen: { askedAtMs: number; hasFixture: boolean; status: number }[] = [];
  while (seen.filter((s) => s.askedAtMs >= BOUND_MS).length < late) {
    const askedAtMs = performance.now() - done;
    const answer = await getSources(fetch, reader);
    seen.push({ askedAtMs, hasFixture: answer.ids?.includes(FIXTURE) ?? false, status: answer.status });
    await new Promise((r) => setTimeout(r, 5));
  }
  return seen;
}

describe("two server processes on one database", () => {
  it("the one that did not write never answers from the old version after the bound (2 × poll interval)", async () => {
    const [writer, reader] = await Promise.all([startProcess(TOKEN), startProcess()]);
    await cacheReady(fetch, reader);
    // The reader serves the list from its cache: its ETag gets a 304.
    const cached = await getSources(fetch, reader);
    expect((await getSources(fetch, reader, cached.etag ?? "")).status).toBe(304);
    expect(cached.ids).toEqual(FIVE);

    const afterAdd = await watchAfterWrite(reader, () => mutate(fetch, writer, ADD, { id: FIXTURE, text: TEXT, claims: CLAIMS }), 20);
    const lateAdd = afterAdd.filter((s) => s.askedAtMs >= BOUND_MS);
    expect(lateAdd.filter((s) => !s.hasFixture || s.status !== 200)).toEqual([]);
    // The old ETag is not "not modified" any more.
    expect((await getSources(fetch, reader, cached.etag ?? "")).status).toBe(200);

    const afterRemove = await watchAfterWrite(reader, () => mutate(fetch, writer, REMOVE, { id: FIXTURE }), 20);
    const lateRemove = afterRemove.filter((s) => s.askedAtMs >= BOUND_MS);
    expect(lateRemove.filter((s) => s.hasFixture || s.status !== 200)).toEqual([]);
  });
});
