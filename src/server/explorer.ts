import { readFile } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "graphql-yoga";

/** Where `web/build.ts` writes the built explorer page. */
export const EXPLORER_DIST = fileURLToPath(new URL("../../web/dist/", import.meta.url));

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".map": "application/json",
};

// Asset names Vite writes: letters, digits, dots, dashes and underscores under assets/.
const ASSET = /^\/explorer\/(assets\/[A-Za-z0-9._-]+)$/;

const NOT_BUILT =
  "The explorer page is not built. `npm start` builds it before serving; to build it by hand, run `npm run web:build`.\n" +
  "GraphiQL at /graphql works without it.\n";

/**
 * Serves the explorer page: `/` (and `/explorer/`) answer web/dist/index.html, `/explorer/assets/*` the
 * hashed scripts and styles, read from disk (so a rebuild shows without a restart). GET and HEAD only.
 */
export function explorerPage(dist = EXPLORER_DIST): Plugin {
  return {
    async onRequest({ request, url, fetchAPI, endResponse }) {
      if (request.method !== "GET" && request.method !== "HEAD") return;
      const page = url.pathname === "/" || url.pathname === "/explorer/" || url.pathname === "/explorer";
      const asset = ASSET.exec(url.pathname)?.[1];
      if (!page && !asset) return;
      const file = resolve(dist, page ? "index.html" : (asset ?? ""));
      if (!file.startsWith(dist.endsWith(sep) ? dist : `${dist}${sep}`)) return;
      let body: Buffer;
      try {
        body = await readFile(file);
      } catch {
        endResponse(
          page
            ? new fetchAPI.Response(NOT_BUILT, { status: 503, headers: { "content-type": "text/plain; charset=utf-8" } })
            : new fetchAPI.Response("not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } }),
        );
        return;
      }
      endResponse(
        new fetchAPI.Response(request.method === "HEAD" ? null : new Uint8Array(body), {
          status: 200,
          headers: {
            "content-type": TYPES[extname(file)] ?? "application/octet-stream",
            "content-length": String(body.byteLength),
            // Asset names carry a content hash; the page itself is always revalidated.
            "cache-control": page ? "no-cache" : "public, max-age=31536000, immutable",
            "x-content-type-options": "nosniff",
          },
        }),
      );
    },
  };
}
