import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDriver } from "../../src/db/driver.ts";
import { createApp, createHttpServer } from "../../src/server/app.ts";
import { JIT_SCALAR_LITERAL_WARNING } from "../../src/server/compiledExecution.ts";

/** Structured logs: one line per request with its id, operation, duration and outcome. */
const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});
const log = pino({ level: "info" }, sink);
const db = inject("neo4j");
const driver = createDriver({ uri: db.uri, user: db.user, password: db.password });
const server = createHttpServer(createApp({ driver, database: undefined, log, txTimeoutMs: 10_000 }), log);
// A server configured for a database that does not exist: every read fails in a way no user caused,
// which must be masked for the client and logged in full.
const broken = createHttpServer(createApp({ driver, database: "nosuchdatabase", log, txTimeoutMs: 10_000 }), log);
const base = { ok: "", broken: "" };

beforeAll(async () => {
  for (const [key, s] of [
    ["ok", server],
    ["broken", broken],
  ] as const) {
    await new Promise<void>((ok) => s.listen(0, "127.0.0.1", ok));
    base[key] = `http://127.0.0.1:${(s.address() as AddressInfo).port}/graphql`;
  }
});
afterAll(async () => {
  await new Promise((ok) => server.close(ok));
  await new Promise((ok) => broken.close(ok));
  await driver.close();
});

const post = (url: string, query: string) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
const requestLine = (id: string | null) => lines.find((l) => l.msg === "request" && l.requestId === id);

describe("request logs", () => {
  it("logs one line per request with its id (also sent as x-request-id), operation, duration and outcome", async () => {
    const response = await post(base.ok, "query ListSources { sources { id } }");
    const id = response.headers.get("x-request-id");
    await response.json();
    await new Promise((r) => setTimeout(r, 20));
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = requestLine(id);
    expect(line).toMatchObject({ requestId: id, method: "POST", path: "/graphql", operation: "ListSources", status: 200, outcome: "ok" });
    expect(typeof line?.durationMs).toBe("number");
  });

  it("marks a user's error as rejected, with its code", async () => {
    const response = await post(base.ok, 'query Bad { nextRoles(from: "nobody") { support } }');
    const id = response.headers.get("x-request-id");
    await response.json();
    await new Promise((r) => setTimeout(r, 20));
    expect(requestLine(id)).toMatchObject({ operation: "Bad", outcome: "rejected", errorCodes: ["NOT_FOUND"] });
  });

  it("masks an unexpected error; the client's errorId is in the error's log line and in the request's line", async () => {
    const response = await post(base.broken, "query Sources { sources { id } }");
    const id = response.headers.get("x-request-id");
    const body = (await response.json()) as {
      errors: { message: string; extensions: { code: string; errorId: string; requestId: string } }[];
    };
    await new Promise((r) => setTimeout(r, 20));
    const [error] = body.errors;
    expect(error?.message).toBe("Unexpected error.");
    expect(error?.extensions.code).toBe("INTERNAL_SERVER_ERROR");
    expect(error?.extensions.requestId).toBe(id);
    const errorLine = lines.find((l) => l.errorId === error?.extensions.errorId);
    expect(errorLine).toMatchObject({ level: 50, requestId: id, msg: "unexpected error (masked)" });
    expect(requestLine(id)).toMatchObject({ outcome: "error", errorIds: [error?.extensions.errorId] });
  });
});

describe("graphql-jit's compile-time warning", () => {
  it("about graphql 17 scalar literals goes to the debug log, not to stderr; other console errors pass", async () => {
    const printed: unknown[][] = [];
    const before = console.error;
    console.error = (...args: unknown[]) => {
      printed.push(args);
    };
    const debugLines: Record<string, unknown>[] = [];
    const debugSink = new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split("\n").filter(Boolean)) debugLines.push(JSON.parse(line));
        done();
      },
    });
    try {
      const app = createApp({ driver, database: undefined, log: pino({ level: "debug" }, debugSink), txTimeoutMs: 10_000 });
      const response = await app.fetch("http://laddergraph/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: '{ role(id: "vp-of-product") { name } }' }),
      });
      expect(await response.json()).toEqual({ data: { role: { name: "VP of Product" } } });
      console.error("something else");
    } finally {
      console.error = before;
    }
    expect(printed).toEqual([["something else"]]);
    expect(debugLines.some((l) => l.warning === JIT_SCALAR_LITERAL_WARNING)).toBe(true);
  });
});
