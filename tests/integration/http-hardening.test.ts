import { Writable } from "node:stream";
import { print } from "graphql";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HTTP_LIMITS } from "../../src/server/httpGuards.ts";
import { LIST_LIMITS } from "../../src/server/listCost.ts";
import { LOG_FIELD_MAX } from "../../src/server/requests.ts";
import { graphql, requestBody } from "../support/graphql.ts";
import { type ListeningServer, startListeningServer } from "../support/listening.ts";

/** Malformed and abusive requests over real HTTP to a listening server (not yoga.fetch). */
const TOKEN = "http-admin-token-0123456789abcdef";
let server: ListeningServer;
let small: ListeningServer;
let cors: ListeningServer;

beforeAll(async () => {
  server = await startListeningServer({ adminToken: TOKEN });
  small = await startListeningServer({ env: { LADDERGRAPH_MAX_RESPONSE_BYTES: "20000" } });
  cors = await startListeningServer({ env: { LADDERGRAPH_CORS_ORIGINS: "https://ladder.example" } });
});
afterAll(async () => {
  await server?.close();
  await small?.close();
  await cors?.close();
});

interface Answer {
  status: number;
  codes: string[];
  text: string;
  headers: Headers;
}

async function raw(origin: string, path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(`${origin}${path}`, init);
  const text = await response.text();
  let codes: string[] = [];
  try {
    codes = ((JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors ?? []).map((e) => String(e.extensions?.code));
  } catch {
    codes = ["(not JSON)"];
  }
  return { status: response.status, codes, text, headers: response.headers };
}

const post = (body: string, headers: Record<string, string> = {}, origin = server.origin) =>
  raw(origin, "/graphql", { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

// Raw bodies and strings on purpose below: malformed requests cannot be typed documents.
describe("malformed requests never reach INTERNAL_SERVER_ERROR", () => {
  it.each([
    ['{"query": 1}', 400, "BAD_REQUEST"],
    ["[]", 400, "BAD_REQUEST"],
    ["{}", 400, "BAD_REQUEST"],
    ['{"query": null}', 400, "BAD_REQUEST"],
    ['{"query": {"a": 1}}', 400, "BAD_REQUEST"],
    ['{"query": true}', 400, "BAD_REQUEST"],
    ['[{"query": "{ sources { id } }"}]', 400, "BAD_REQUEST"],
    ["null", 400, "BAD_REQUEST"],
    ['{"query": "{ sources { id } }", "variables": "x"}', 400, "BAD_REQUEST"],
    ['{"query": "{ sources { id } }", "operationName": 5}', 400, "BAD_REQUEST"],
    ['{"query": "{ sources { id } }", "extensions": 7}', 400, "BAD_REQUEST"],
  ])("POST %s → %i %s", async (body, status, code) => {
    const answer = await post(body);
    expect([answer.status, answer.codes]).toEqual([status, [code]]);
  });

  it.each([
    ["?query={sources{id}}&variables={bad", 400, "BAD_REQUEST"],
    ["?query={sources{id}}&extensions=[", 400, "BAD_REQUEST"],
    ["?query={sources{id}}&variables=1", 400, "BAD_REQUEST"],
    ["?query=1", 200, "GRAPHQL_PARSE_FAILED"],
    ["?variables={}", 400, "BAD_REQUEST"],
  ])("GET %s → %i %s", async (query, status, code) => {
    const answer = await raw(server.origin, `/graphql${query}`, { headers: { accept: "application/json" } });
    expect([answer.status, answer.codes]).toEqual([status, [code]]);
  });

  it("never echoes an invalid JSON body", async () => {
    const body = `${"x".repeat(50_000)}{`;
    const answer = await post(body);
    expect(answer.codes).toEqual(["BAD_REQUEST"]);
    expect(answer.text).toBe('{"errors":[{"message":"POST body sent invalid JSON.","extensions":{"code":"BAD_REQUEST"}}]}');
  });
});

describe("body limits", () => {
  const big = (bytes: number) => JSON.stringify({ query: print(graphql(`{ sources { id } }`)), variables: { pad: "x".repeat(bytes) } });

  it(`refuses a body over ${HTTP_LIMITS.queryBodyBytes} bytes before reading it (413 LIMIT_EXCEEDED), and allows it with the admin token`, async () => {
    const refused = await post(big(HTTP_LIMITS.queryBodyBytes));
    expect([refused.status, refused.codes]).toEqual([413, ["LIMIT_EXCEEDED"]]);
    expect(refused.text).toContain("larger bodies only with the admin token, for addSource");
    const wrongToken = await post(big(HTTP_LIMITS.queryBodyBytes), { authorization: "Bearer not-the-token-at-all-0123456" });
    expect(wrongToken.status).toBe(413);
    const admitted = await post(big(HTTP_LIMITS.queryBodyBytes), { authorization: `Bearer ${TOKEN}` });
    expect([admitted.status, admitted.codes]).toEqual([200, []]);
    const tooBigEvenSo = await post(big(HTTP_LIMITS.adminBodyBytes), { authorization: `Bearer ${TOKEN}` });
    expect(tooBigEvenSo.status).toBe(413);
  });

  it("sets the header, body and keep-alive timeouts and the connection cap on the listener", () => {
    expect([
      server.server.headersTimeout,
      server.server.requestTimeout,
      server.server.keepAliveTimeout,
      server.server.maxConnections,
    ]).toEqual([HTTP_LIMITS.headersTimeoutMs, HTTP_LIMITS.requestTimeoutMs, HTTP_LIMITS.keepAliveTimeoutMs, HTTP_LIMITS.maxConnections]);
  });
});

describe("lists and response size", () => {
  it(`caps every list argument at ${LIST_LIMITS.maxListArgument}: nodes(ids:) literal, and sources: as a variable`, async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `"r${i}"`).join(",");
    // A string on purpose: a list literal built longer than the cap.
    const literal = await post(JSON.stringify({ query: `{ nodes(ids: [${ids}]) { id } }` }));
    expect(literal.codes).toEqual(["LIMIT_EXCEEDED"]);
    expect(literal.text).toContain("nodes(ids:) holds 101 items; a list argument may hold at most 100");
    const variable = await post(
      requestBody(graphql(`query ($s: [ID!]) { nextRoles(from: "product-manager", sources: $s) { support } }`), {
        s: Array.from({ length: 150 }, (_, i) => `s${i}`),
      }),
    );
    expect(variable.codes).toEqual(["LIMIT_EXCEEDED"]);
    expect(variable.text).toContain("variable $s holds 150 items");
  });

  it("refuses, before execution, a small query whose lists multiply into a huge answer (every conflict's evidence with its article's text)", async () => {
    const answer = await post(requestBody(graphql(`{ conflicts { positions { evidence { source { text } } } } }`)));
    expect(answer.codes).toEqual(["LIMIT_EXCEEDED"]);
    expect(answer.text).toMatch(/this query could return about \d+ values, counting each list at its bound/);
  });

  it("refuses a response over the configured size with one LIMIT_EXCEEDED error instead of data", async () => {
    const query = requestBody(graphql(`{ sources { id text } }`));
    const whole = await post(query);
    expect(whole.codes).toEqual([]);
    expect(whole.text.length).toBeGreaterThan(20_000);
    const refused = await post(query, {}, small.origin);
    expect(refused.codes).toEqual(["LIMIT_EXCEEDED"]);
    expect(JSON.parse(refused.text).data).toBeNull();
    expect(refused.text).toContain("the response would be larger than 0.0 MB");
  });
});

describe("defaults", () => {
  it("sends CSP and the usual security headers on the GraphiQL page", async () => {
    const page = await raw(server.origin, "/graphql", { headers: { accept: "text/html" } });
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(page.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(page.headers.get("content-security-policy")).not.toMatch(/https?:/);
    expect([page.headers.get("x-content-type-options"), page.headers.get("x-frame-options"), page.headers.get("referrer-policy")]).toEqual([
      "nosniff",
      "DENY",
      "no-referrer",
    ]);
  });

  it("gives no CORS grant to a foreign origin by default; an allow-listed origin gets one, without credentials", async () => {
    const preflight = (origin: string, target: string) =>
      raw(target, "/graphql", {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type,authorization" },
      });
    const foreign = await preflight("https://evil.example", server.origin);
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
    const reflected = await post('{"query":"{ sources { id } }"}', { origin: "https://evil.example" });
    expect(reflected.headers.get("access-control-allow-origin")).toBeNull();

    const listed = await preflight("https://ladder.example", cors.origin);
    expect(listed.headers.get("access-control-allow-origin")).toBe("https://ladder.example");
    expect(listed.headers.get("access-control-allow-credentials")).toBeNull();
    const unlisted = await preflight("https://evil.example", cors.origin);
    expect(unlisted.headers.get("access-control-allow-origin")).not.toBe("https://evil.example");
  });
});

describe("logs", () => {
  it("caps client-supplied log fields and logs a database outage as the server's error", async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const down = await startListeningServer({ uri: "bolt://127.0.0.1:1", log: pino({ level: "info" }, sink) });
    lines.length = 0; // the warm-up's lines
    const port = new URL(down.origin).port;
    try {
      // A name over the length cap is refused before execution; the log line still cuts it.
      const name = "Op".repeat(5_000);
      await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        // A string on purpose: an operation name over the length cap.
        body: JSON.stringify({ query: `query ${name} { sources { id } }`, operationName: name }),
      });
      const refused = lines.find((l) => l.msg === "request");
      expect(String(refused?.operation).length).toBe(LOG_FIELD_MAX + 1);
      expect([refused?.outcome, refused?.errorCodes]).toEqual(["rejected", ["LIMIT_EXCEEDED"]]);
      // A query the server runs, with its database down: the server's error.
      lines.length = 0;
      await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: requestBody(graphql(`query Down { sources { id } }`)),
      });
      const outage = lines.find((l) => l.msg === "request");
      expect([outage?.operation, outage?.outcome, outage?.errorCodes]).toEqual(["Down", "error", ["DATABASE_UNAVAILABLE"]]);
    } finally {
      await down.close();
    }
  });
});
