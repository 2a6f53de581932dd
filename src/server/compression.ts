import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin } from "graphql-yoga";

/** Below this many bytes an answer goes as it is: compressing it saves less than it costs. */
export const COMPRESS_MIN_BYTES = 1024;

/** HTML, scripts, styles, JSON, SVG and icons (mostly uncompressed bitmaps); not PNG or fonts, nor streams (SSE, multipart). */
const COMPRESSIBLE =
  /^(text\/(html|css|javascript|plain)|application\/(json|graphql-response\+json|javascript)|image\/(svg\+xml|x-icon|vnd\.microsoft\.icon))\b/;

/**
 * Brotli at quality 5: within a few percent of gzip's time and about 10 % smaller (the GraphiQL
 * script: 5.3 MB → 1.3 MB in about 0.1 s; quality 11 would take 8 s).
 */
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } };
const ENCODE = {
  br: (bytes: Uint8Array) =>
    promisify(brotliCompress)(bytes, { ...BROTLI, params: { ...BROTLI.params, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength } }),
  gzip: (bytes: Uint8Array) => promisify(gzip)(bytes),
} as const;
type Encoding = keyof typeof ENCODE;

/**
 * The encoding to send for an Accept-Encoding header (RFC 9110 §12.5.3): the highest q-value among
 * br and gzip (`*` stands for both), br on a tie; none when neither is acceptable.
 */
export function chooseEncoding(acceptEncoding: string | null): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const q: Record<string, number> = {};
  for (const part of acceptEncoding.split(",")) {
    const [token = "", ...params] = part.trim().toLowerCase().split(";");
    const weight = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    q[token.trim()] = weight ? Number(weight.slice(2)) || 0 : 1;
  }
  const br = q.br ?? q["*"] ?? 0;
  const gz = q.gzip ?? q["x-gzip"] ?? q["*"] ?? 0;
  if (br <= 0 && gz <= 0) return undefined;
  return br >= gz ? "br" : "gzip";
}

/** Compressed bodies of immutable responses (hashed asset names), per encoding and path: each is compressed once. */
const IMMUTABLE_MEMO_MAX = 32;

/**
 * Compresses answers of a known length over COMPRESS_MIN_BYTES with brotli or gzip when the client
 * accepts one (Node's zlib, off the event loop), and marks them `Vary: Accept-Encoding`.
 *
 * Not @whatwg-node/server's `useContentEncoding` (what yoga is built on): it has no size threshold,
 * sets no Vary, takes the first Accept-Encoding token without trimming or q-values (so a browser's
 * `gzip, deflate, br` never gets br) and runs brotli at quality 11 (8 s for GraphiQL's script).
 * A compressed answer's strong ETag becomes weak (its bytes differ from the identity answer's; RFC 9110
 * §8.8.1), as nginx does; If-None-Match compares weakly, so revalidation still matches.
 * Last in the plugin list, so it sees the response every other plugin has finished.
 */
export function compression(): Plugin {
  const memo = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      const headers = response.headers;
      const length = Number(headers.get("content-length") ?? Number.NaN);
      if (
        (!response.body && request.method !== "HEAD") ||
        response.status < 200 ||
        response.status === 204 ||
        response.status === 206 ||
        headers.has("content-encoding") ||
        !COMPRESSIBLE.test(headers.get("content-type") ?? "") ||
        !(length >= COMPRESS_MIN_BYTES)
      ) {
        return;
      }
      const vary = headers.get("vary");
      if (!vary?.toLowerCase().includes("accept-encoding")) headers.set("vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
      const encoding = chooseEncoding(request.headers.get("accept-encoding"));
      if (!encoding || !response.body) return;

      const immutable = /\bimmutable\b/.test(headers.get("cache-control") ?? "");
      const key = `${encoding} ${new URL(request.url).pathname}`;
      let compressed = immutable ? memo.get(key) : undefined;
      if (!compressed) {
        compressed = response
          .arrayBuffer()
          .then((body) => ENCODE[encoding](new Uint8Array(body)))
          .then((out) => new Uint8Array(out));
        if (immutable) {
          if (memo.size >= IMMUTABLE_MEMO_MAX) memo.delete(memo.keys().next().value ?? "");
          memo.set(key, compressed);
          compressed.catch(() => memo.delete(key));
        }
      } else {
        await response.body.cancel();
      }
      const body = await compressed;
      const out = new fetchAPI.Headers(headers);
      out.set("content-encoding", encoding);
      out.set("content-length", String(body.byteLength));
      const etag = out.get("etag");
      if (etag?.startsWith('"')) out.set("etag", `W/${etag}`);
      setResponse(new fetchAPI.Response(body, { status: response.status, statusText: response.statusText, headers: out }));
    },
  };
}
