import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMPRESS_MIN_BYTES, chooseEncoding } from "../../src/server/compression.ts";
import { EXPLORER_DIST } from "../../src/server/explorer.ts";
import { graphql, requestBody } from "../support/graphql.ts";
import { type ListeningServer, startListeningServer } from "../support/listening.ts";

// Compression over a real socket (node:http, which decodes nothing): what the server sends for each
// Accept-Encoding, byte for byte.

let server: ListeningServer;

beforeAll(async () => {
  // The explorer's files are served from its build; a direct `vitest run` of this file builds it if stale.
  const build = spawnSync(process.execPath, ["web/build.ts"], { encoding: "utf8" });
  if (build.status !== 0) throw new Error(`the explorer page failed to build:\n${build.stderr}`);
  server = await startListeningServer();
});
afterAll(async () => {
  await server?.close();
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function send(path: string, headers: Record<string, string>, method = "GET", body?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.origin}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

const decode = (raw: Raw): Buffer =>
  raw.headers["content-encoding"] === "br"
    ? brotliDecompressSync(raw.body)
    : raw.headers["content-encoding"] === "gzip"
      ? gunzipSync(raw.body)
      : raw.body;

async function graphiqlScript(): Promise<string> {
  const page = await send("/graphql", { accept: "text/html" });
  const path = /src="(\/graphql\/assets\/graphiql\.[^"]+\.js)"/.exec(page.body.toString())?.[1];
  if (!path) throw new Error("the GraphiQL page names no script");
  return path;
}

function explorerScript(): string {
  const name = readdirSync(`${EXPLORER_DIST}assets`).find((f) => f.endsWith(".js"));
  if (!name) throw new Error("the explorer build has no script");
  return `/explorer/assets/${name}`;
}

const bigQuery = requestBody(graphql(`{ sources { id title text } }`));

describe("compression", () => {
  const targets: [string, () => Promise<[string, Record<string, string>, string?, string?]>][] = [
    ["the GraphiQL page (HTML)", async () => ["/graphql", { accept: "text/html" }]],
    ["GraphiQL's script (JS)", async () => [await graphiqlScript(), {}]],
    ["the explorer's script (JS, read from disk)", async () => [explorerScript(), {}]],
    ["a large GraphQL answer (JSON)", async () => ["/graphql", { "content-type": "application/json" }, "POST", bigQuery]],
  ];

  it.each(targets)("%s: gzip and br decode to the identity bytes; Content-Length and Vary are right", async (_name, target) => {
    const [path, headers, method, body] = await target();
    const identity = await send(path, { ...headers, "accept-encoding": "identity" }, method, body);
    expect(identity.status).toBe(200);
    expect(identity.headers["content-encoding"]).toBeUndefined();
    expect(identity.body.byteLength).toBeGreaterThan(COMPRESS_MIN_BYTES);
    expect(identity.headers.vary).toMatch(/Accept-Encoding/);
    for (const encoding of ["gzip", "br"]) {
      const compressed = await send(path, { ...headers, "accept-encoding": encoding }, method, body);
      expect([compressed.status, compressed.headers["content-encoding"]]).toEqual([200, encoding]);
      expect(compressed.headers.vary).toMatch(/Accept-Encoding/);
      expect(Number(compressed.headers["content-length"])).toBe(compressed.body.byteLength);
      expect(compressed.body.byteLength).toBeLessThan(identity.body.byteLength / 2);
      expect(decode(compressed).equals(identity.body)).toBe(true);
    }
  });

  it("leaves small answers as they are, whatever the client accepts", async () => {
    const small = await send(
      "/graphql",
      { "content-type": "application/json", "accept-encoding": "gzip, br" },
      "POST",
      requestBody(graphql(`{ __typename }`)),
    );
    expect(small.status).toBe(200);
    expect(small.body.byteLength).toBeLessThan(COMPRESS_MIN_BYTES);
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toEqual({ data: { __typename: "Query" } });
  });

  it("follows the browser's Accept-Encoding (spaces, q-values, br preferred on a tie, q=0 refused)", async () => {
    const path = await graphiqlScript();
    const encodingFor = async (accept: string) => (await send(path, { "accept-encoding": accept })).headers["content-encoding"];
    expect(await encodingFor("gzip, deflate, br, zstd")).toBe("br");
    expect(await encodingFor("gzip, deflate")).toBe("gzip");
    expect(await encodingFor("br;q=0.5, gzip")).toBe("gzip");
    expect(await encodingFor("br;q=0, gzip;q=0")).toBeUndefined();
    expect(await encodingFor("deflate")).toBeUndefined();
    expect(chooseEncoding("*")).toBe("br");
    expect(chooseEncoding(null)).toBeUndefined();
  });

  it("answers HEAD with the headers only, and serves a compressed file once compressed (the same bytes each time)", async () => {
    const path = await graphiqlScript();
    const head = await send(path, { "accept-encoding": "br" }, "HEAD");
    expect([head.status, head.body.byteLength]).toEqual([200, 0]);
    expect(head.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const [a, b] = [await send(path, { "accept-encoding": "br" }), await send(path, { "accept-encoding": "br" })];
    expect(a.body.equals(b.body)).toBe(true);
  });

  it("weakens the GraphiQL page's ETag when compressed, and answers 304 to either form", async () => {
    const identity = await send("/graphql", { accept: "text/html", "accept-encoding": "identity" });
    const compressed = await send("/graphql", { accept: "text/html", "accept-encoding": "br" });
    const etag = String(identity.headers.etag);
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(compressed.headers.etag).toBe(`W/${etag}`);
    for (const tag of [etag, `W/${etag}`]) {
      const again = await send("/graphql", { accept: "text/html", "accept-encoding": "br", "if-none-match": tag });
      expect([again.status, again.body.byteLength, again.headers.etag]).toEqual([304, 0, etag]);
    }
    const other = await send("/graphql", { accept: "text/html", "if-none-match": '"another"' });
    expect(other.status).toBe(200);
  });
});
