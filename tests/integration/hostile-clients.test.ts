// Its documents stay strings on purpose (not gql.tada typed documents): what hostile clients send, on the wire, malformed or oversized.
import { request as httpRequest } from "node:http";
import { connect, createServer as createTcpServer, type Socket, type Server as TcpServer } from "node:net";
import { Writable } from "node:stream";
import { createYoga } from "graphql-yoga";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDriver } from "../../src/db/driver.ts";
import { metrics } from "../../src/observability/metrics.ts";
import { schema } from "../../src/schema/index.ts";
import { EXAMPLES } from "../../src/server/examples.ts";
import { CSRF_HEADER, HTTP_LIMITS } from "../../src/server/httpGuards.ts";
import { MAX_NAME_LENGTH } from "../../src/server/listCost.ts";
import { createHttpServer, drainHttpServer } from "../../src/server/requests.ts";
import { type ListeningServer, startListeningServer } from "../support/listening.ts";

/**
 * Clients that mean harm, over real sockets: idle connections, invented operation names,
 * cross-site forms, foreign Host names, bodies where none belong, and a shutdown under load.
 */
let server: ListeningServer;
let port: number;

beforeAll(async () => {
  server = await startListeningServer();
  port = Number(new URL(server.origin).port);
});
afterAll(async () => {
  await server?.close();
});

interface Raw {
  status: number;
  text: string;
  headers: Record<string, string | string[] | undefined>;
}

/** One request over node:http, so Host and a GET body can be whatever the test says. */
function raw(
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string; localAddress?: string; port?: number },
  timeoutMs = 10_000,
): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port: options.port ?? port,
        method: options.method ?? "GET",
        path: options.path ?? "/graphql",
        headers: options.headers,
        localAddress: options.localAddress,
        agent: false,
        timeout: timeoutMs,
      },
      (res) => {
        let text = "";
        res.on("data", (d) => (text += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text, headers: res.headers }));
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on("error", reject);
    req.end(options.body);
  });
}

const SOURCES = "{ sources { id } }";
const FIVE = ["000_18567d4f4f5ab0b1", "001_a8ebed2f27fe2428", "002_d2d1fea17da82400", "003_24894dd3d8424456", "004_502e8f18b33a844e"];
const json = (body: unknown) => ({ "content-type": "application/json", "content-length": String(Buffer.byteLength(JSON.stringify(body))) });
const postJson = (body: unknown, extra: Record<string, string> = {}) =>
  raw({ method: "POST", headers: { ...json(body), ...extra }, body: JSON.stringify(body) });
const ids = (text: string) => (JSON.parse(text) as { data?: { sources?: { id: string }[] } }).data?.sources?.map((s) => s.id);

function openIdle(count: number, localAddress: string): Promise<Socket[]> {
  return Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<Socket>((ok) => {
          const socket = connect({ host: "127.0.0.1", port, localAddress });
          socket.on("error", () => undefined);
          socket.once("connect", () => ok(socket));
          // A socket the server refuses outright may close before 'connect' is seen.
          socket.once("close", () => ok(socket));
        }),
    ),
  );
}

describe("connections", () => {
  it(`600 idle sockets from one address leave room for another address: at most ${HTTP_LIMITS.maxConnectionsPerAddress} are kept, and each is closed ${HTTP_LIMITS.firstByteTimeoutMs / 1000} s after it connected without a byte`, async () => {
    const opened = Date.now();
    const idle = await openIdle(600, "127.0.0.1");
    // Each refused socket is closed at once by the server; count those still open a moment later.
    await new Promise((r) => setTimeout(r, 300));
    const open = idle.filter((s) => !s.destroyed && s.readyState === "open");
    expect(open.length).toBeLessThanOrEqual(HTTP_LIMITS.maxConnectionsPerAddress);

    // Another address connects and gets its answer while they are held.
    const started = Date.now();
    const other = await raw({
      method: "POST",
      headers: json({ query: SOURCES }),
      body: JSON.stringify({ query: SOURCES }),
      localAddress: "127.0.0.2",
    });
    const health = await raw({ path: "/health", localAddress: "127.0.0.3" });
    const took = Date.now() - started;
    expect([other.status, ids(other.text)]).toEqual([200, FIVE]);
    expect(health.status).toBe(200);
    console.log(
      `600 idle sockets from 127.0.0.1: ${open.length} kept open; a query from 127.0.0.2 and /health from 127.0.0.3 answered in ${took} ms`,
    );

    // Every idle socket is closed by the server within the first-byte timeout (and the 1 s check).
    await Promise.all(idle.map((s) => (s.destroyed ? undefined : new Promise((r) => s.once("close", r)))));
    const allClosed = Date.now() - opened;
    console.log(`all 600 idle sockets closed by the server ${allClosed} ms after they were opened`);
    expect(allClosed).toBeLessThan(HTTP_LIMITS.firstByteTimeoutMs + 2_000);
  }, 30_000);

  it("a socket that sent its request is not cut by the first-byte timer (a slow answer still arrives)", async () => {
    const socket = connect({ host: "127.0.0.1", port });
    await new Promise((r) => socket.once("connect", r));
    // Half a request now, the rest after the first-byte timeout: the header timeout (10 s) governs it, not the idle one.
    socket.write(`GET /health HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`);
    await new Promise((r) => setTimeout(r, HTTP_LIMITS.firstByteTimeoutMs + 1_200));
    expect(socket.destroyed).toBe(false);
    let text = "";
    socket.on("data", (d) => (text += d));
    socket.end("Connection: close\r\n\r\n");
    await new Promise((r) => socket.once("close", r));
    expect(text).toMatch(/^HTTP\/1\.1 200 OK/);
  }, 15_000);
});

describe("/metrics stays small whatever names clients invent", () => {
  it("10,000 distinct operation names of the longest allowed length: the scrape stays under 1 MB, holds none of them, and no Neo4j address", async () => {
    const known = EXAMPLES[0] as (typeof EXAMPLES)[number];
    // The warm-up ran every example once already: count from what the scrape says now.
    const knownSeries = `graphql_envelop_request{operationName="${known.name}",operationType="query"} `;
    const countOf = (scrape: string) =>
      Number(
        scrape
          .split("\n")
          .find((l) => l.startsWith(knownSeries))
          ?.slice(knownSeries.length) ?? 0,
      );
    const before = countOf(await (await fetch(`${server.origin}/metrics`)).text());
    await postJson({ query: known.query, variables: known.variables ?? {}, operationName: known.name });
    // As long as a name may be (MAX_NAME_LENGTH: a longer one is refused before execution).
    const names = Array.from({ length: 10_000 }, (_, i) => `Op${String(i).padStart(5, "0")}_${"x".repeat(MAX_NAME_LENGTH - 8)}`);
    let next = 0;
    const statuses = new Map<number, number>();
    const sendStarted = Date.now();
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < names.length) {
          const name = names[next++] as string;
          const response = await fetch(`${server.origin}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query: `query ${name} { __typename }`, operationName: name }),
          });
          await response.arrayBuffer();
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        }
      }),
    );
    const sendMs = Date.now() - sendStarted;

    const times: number[] = [];
    let text = "";
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const response = await fetch(`${server.origin}/metrics`);
      text = await response.text();
      times.push(performance.now() - started);
      expect(response.status).toBe(200);
    }
    const bytes = Buffer.byteLength(text);
    console.log(
      `10,000 names sent in ${sendMs} ms (statuses ${JSON.stringify(Object.fromEntries(statuses))}); /metrics: ${bytes} bytes, ` +
        `${times.map((t) => t.toFixed(1)).join(", ")} ms over 5 scrapes`,
    );
    expect(bytes).toBeLessThan(1_000_000);
    expect(text).not.toContain("Op00000_");
    expect(text).not.toContain("Op09999_");
    expect(text).toMatch(/graphql_envelop_request\{operationName="other",operationType="query"\} \d+/);
    expect(countOf(text)).toBe(before + 1);
    const neo4j = new URL(inject("neo4j").uri.replace(/^[a-z+]+:/, "http:"));
    expect(text).not.toContain(neo4j.host);
    expect(text).not.toContain(`:${neo4j.port}`);
    expect(text).not.toMatch(/address=/);
    expect(text).toMatch(/laddergraph_neo4j_pool_connections\{state="idle"\} [1-9]/);
    // Every label value comes from a bounded set; none is long.
    const values = [...text.matchAll(/="([^"]*)"/g)].map((m) => m[1] as string);
    expect(Math.max(...values.map((v) => v.length))).toBeLessThanOrEqual(64);
  }, 300_000);

  it("a scrape that fails answers 500 with an error id, no stack and no path; the log has the whole error", async () => {
    const db = inject("neo4j");
    const driver = createDriver({ uri: db.uri, user: db.user, password: db.password });
    // A real driver whose pool internals break when the pool gauges read them (as a driver upgrade could).
    const broken = new Proxy(driver, {
      get(target, property) {
        if (property === "_connectionProvider") throw new Error(`pool internals moved (${process.cwd()}/node_modules/neo4j-driver)`);
        return Reflect.get(target, property);
      },
    });
    const lines: Record<string, unknown>[] = [];
    const log = pino(
      { level: "error" },
      new Writable({
        write(chunk, _e, done) {
          lines.push(JSON.parse(String(chunk)));
          done();
        },
      }),
    );
    const yoga = createYoga({ schema, plugins: [metrics(broken, log)], logging: false });
    try {
      const response = await yoga.fetch("http://laddergraph.test/metrics");
      const text = await response.text();
      expect(response.status).toBe(500);
      const errorId = text.match(/error id ([0-9a-f-]{36})/)?.[1];
      expect(text).toBe(`# the metrics scrape failed (error id ${errorId}, in the server's log)\n`);
      expect(lines.find((l) => l.errorId === errorId)?.msg).toBe("the metrics scrape failed (masked)");
    } finally {
      await driver.close();
    }
  });
});

describe("cross-site requests (CSRF)", () => {
  const form = (contentType: string, body: string) =>
    raw({ method: "POST", headers: { "content-type": contentType, "content-length": String(Buffer.byteLength(body)) }, body });

  it.each([
    ["application/x-www-form-urlencoded", `query=${encodeURIComponent(SOURCES)}`],
    [
      "multipart/form-data; boundary=x",
      `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"${SOURCES}"}\r\n--x--\r\n`,
    ],
    ["text/plain", JSON.stringify({ query: SOURCES })],
  ])("a %s POST (what a form on another site can send) is refused with 403 before it is read", async (contentType, body) => {
    const answer = await form(contentType, body);
    expect(answer.status).toBe(403);
    expect(answer.text).not.toContain('"data"');
    const error = JSON.parse(answer.text).errors[0];
    expect([error.message, error.extensions.code]).toEqual(["Required CSRF header(s) not present", "FORBIDDEN"]);
  });

  it("the same POST with the CSRF header (which no cross-site page can add) runs, and JSON POSTs need nothing", async () => {
    const body = JSON.stringify({ query: SOURCES });
    const withHeader = await raw({
      method: "POST",
      headers: { "content-type": "text/plain", "content-length": String(body.length), [CSRF_HEADER]: "1" },
      body,
    });
    // yoga reads no query from text/plain; the point is it got past the CSRF check to say so.
    expect(withHeader.status).not.toBe(403);
    const plain = await postJson({ query: SOURCES });
    expect([plain.status, ids(plain.text)]).toEqual([200, FIVE]);
  });

  it("a GET the browser marks cross-site (a link, an image on another page) is refused; same-origin, typed, and non-browser GETs run", async () => {
    const path = `/graphql?query=${encodeURIComponent(SOURCES)}`;
    const accept = { accept: "application/json" };
    expect((await raw({ path, headers: { ...accept, "sec-fetch-site": "cross-site" } })).status).toBe(403);
    expect((await raw({ path, headers: { ...accept, "sec-fetch-site": "same-site" } })).status).toBe(403);
    for (const headers of [accept, { ...accept, "sec-fetch-site": "same-origin" }, { ...accept, "sec-fetch-site": "none" }]) {
      const answer = await raw({ path, headers });
      expect([answer.status, ids(answer.text)]).toEqual([200, FIVE]);
    }
    // A link from another site to GraphiQL still opens the page (it runs nothing by itself).
    const page = await raw({ path, headers: { accept: "text/html", "sec-fetch-site": "cross-site" } });
    expect([page.status, String(page.headers["content-type"]).split(";")[0]]).toEqual([200, "text/html"]);
  });
});

describe("Host names (DNS rebinding)", () => {
  it("bound to loopback, the server answers to localhost, 127.0.0.1 and [::1] with its port, and to nothing else", async () => {
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, `LOCALHOST:${port}`]) {
      expect((await raw({ path: "/health", headers: { host } })).status, host).toBe(200);
    }
    for (const host of [`evil.example:${port}`, "evil.example", `localhost:${port + 1}`, `127.0.0.1.evil.example:${port}`, "localhost"]) {
      const answer = await raw({ path: "/health", headers: { host } });
      expect([answer.status, JSON.parse(answer.text).errors[0].extensions.code], host).toEqual([403, "FORBIDDEN"]);
    }
    const query = await postJson({ query: SOURCES }, { host: `rebound.example:${port}` });
    expect(query.status).toBe(403);
  });

  it("LADDERGRAPH_ALLOWED_HOSTS adds names: `name` for any port, `name:port` for one", async () => {
    const listener = createHttpServer(server.app, pino({ level: "silent" }), { allowedHosts: ["ladder.test", "proxy.test:8443"] });
    await new Promise<void>((ok) => listener.listen(0, "127.0.0.1", ok));
    const other = (listener.address() as { port: number }).port;
    try {
      const status = async (host: string) => (await raw({ port: other, path: "/health", headers: { host } })).status;
      expect(await status("ladder.test:9999")).toBe(200);
      expect(await status("ladder.test")).toBe(200);
      expect(await status("proxy.test:8443")).toBe(200);
      expect(await status("proxy.test:8444")).toBe(403);
      expect(await status(`localhost:${other}`)).toBe(200);
      expect(await status("evil.example")).toBe(403);
    } finally {
      listener.closeAllConnections();
      await new Promise((r) => listener.close(r));
    }
  });
});

describe("request shapes", () => {
  it("a GET with a body is refused (400) before the body is read, even a small one", async () => {
    for (const body of ["x", "y".repeat(1024 * 1024)]) {
      const answer = await raw({
        path: `/graphql?query=${encodeURIComponent(SOURCES)}`,
        headers: { accept: "application/json", "content-length": String(body.length) },
        body,
      });
      expect([answer.status, JSON.parse(answer.text).errors[0].message]).toEqual([400, "a GET request carries no body"]);
    }
  });

  it.each([['{"query": null}'], ["{}"], ['{"query": null, "variables": {}}']])(
    "POST %s answers 400 BAD_REQUEST whatever the client accepts",
    async (body) => {
      for (const accept of ["application/json", "application/graphql-response+json"]) {
        const answer = await raw({
          method: "POST",
          headers: { "content-type": "application/json", accept, "content-length": String(body.length) },
          body,
        });
        expect([answer.status, JSON.parse(answer.text).errors[0].extensions.code], accept).toEqual([400, "BAD_REQUEST"]);
      }
    },
  );
});

describe("shutdown", () => {
  /** A "database" that accepts connections and never says a word: every query hangs until the driver gives up. */
  let blackHole: TcpServer;
  const held = new Set<Socket>();
  beforeAll(async () => {
    blackHole = createTcpServer((socket) => {
      held.add(socket);
      socket.on("error", () => undefined);
    });
    await new Promise<void>((ok) => blackHole.listen(0, "127.0.0.1", ok));
  });
  afterAll(async () => {
    for (const socket of held) socket.destroy();
    await new Promise<void>((ok) => blackHole.close(() => ok()));
  });

  it("requests in flight past the grace get 503, requests arriving meanwhile get 503, and the listener closes on time", async () => {
    const frozen = await startListeningServer({ uri: `bolt://127.0.0.1:${(blackHole.address() as { port: number }).port}` });
    const frozenPort = Number(new URL(frozen.origin).port);
    try {
      const inFlight = raw({
        port: frozenPort,
        method: "POST",
        headers: json({ query: SOURCES }),
        body: JSON.stringify({ query: SOURCES }),
      });
      await new Promise((r) => setTimeout(r, 300));
      const started = Date.now();
      const draining = drainHttpServer(frozen.server, 1_500);
      await new Promise((r) => setTimeout(r, 200));
      const arriving = await raw({ port: frozenPort, path: "/health" });
      expect([arriving.status, arriving.headers["retry-after"], JSON.parse(arriving.text).errors[0].extensions.code]).toEqual([
        503,
        "10",
        "SERVICE_UNAVAILABLE",
      ]);
      const cut = await inFlight;
      expect([cut.status, JSON.parse(cut.text).errors[0].message]).toEqual([503, "the server is shutting down; retry in a few seconds"]);
      await draining;
      const took = Date.now() - started;
      console.log(
        `drain with a frozen database: the in-flight request answered 503 and the listener closed ${took} ms after shutdown began (grace 1,500 ms)`,
      );
      expect(took).toBeLessThan(2_500);
      await expect(raw({ port: frozenPort, path: "/health" }, 2_000)).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      frozen.server.closeAllConnections();
      await frozen.close().catch(() => undefined);
    }
  });
});
