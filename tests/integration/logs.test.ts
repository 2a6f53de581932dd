import { Writable } from "node:stream";
import { type DocumentNode, print } from "graphql";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../support/graphql.ts";
import { type ListeningServer, startListeningServer } from "../support/listening.ts";

/** Structured logs: one line per request with its id, operation, duration and outcome. */
const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});
const log = pino({ level: "info" }, sink);
let server: ListeningServer;
// A server configured for a database that does not exist: every read fails in a way no user caused,
// which must be masked for the client and logged in full.
let broken: ListeningServer;
const base = { ok: "", broken: "" };

beforeAll(async () => {
  server = await startListeningServer({ log });
  broken = await startListeningServer({ log, database: "nosuchdatabase" });
  base.ok = `${server.origin}/graphql`;
  base.broken = `${broken.origin}/graphql`;
  lines.length = 0; // the warm-up's lines
});
afterAll(async () => {
  await server?.close();
  await broken?.close();
});

const post = (url: string, document: DocumentNode) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: print(document) }) });
const requestLine = (id: string | null) => lines.find((l) => l.msg === "request" && l.requestId === id);

describe("request logs", () => {
  it("logs one line per request with its id (also sent as x-request-id), operation, duration and outcome", async () => {
    const response = await post(base.ok, graphql(`query ListSources { sources { id } }`));
    const id = response.headers.get("x-request-id");
    await response.json();
    await new Promise((r) => setTimeout(r, 20));
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = requestLine(id);
    expect(line).toMatchObject({ requestId: id, method: "POST", path: "/graphql", operation: "ListSources", status: 200, outcome: "ok" });
    expect(typeof line?.durationMs).toBe("number");
  });

  it("marks a user's error as rejected, with its code", async () => {
    const response = await post(base.ok, graphql(`query Bad { nextRoles(from: "nobody") { support } }`));
    const id = response.headers.get("x-request-id");
    await response.json();
    await new Promise((r) => setTimeout(r, 20));
    expect(requestLine(id)).toMatchObject({ operation: "Bad", outcome: "rejected", errorCodes: ["NOT_FOUND"] });
  });

  it("masks an unexpected error; the client's errorId is in the error's log line and in the request's line", async () => {
    const response = await post(base.broken, graphql(`query Sources { sources { id } }`));
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
