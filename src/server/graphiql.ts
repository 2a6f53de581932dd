import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { css, editorWorkerService, favicon, graphqlWorker, js, jsonWorker } from "@graphql-yoga/render-graphiql/graphiql";
import type { GraphiQLOptions, Plugin } from "graphql-yoga";
import { EXAMPLES } from "./examples.ts";
import { GRAPHIQL_CSP } from "./httpGuards.ts";

/**
 * GraphiQL as this server serves it: the worked examples as tabs, the first one open (not
 * GraphiQL's welcome text). `defaultQuery` is what GraphiQL puts in the first tab; the tabs after
 * it are the remaining examples.
 */
export function graphiqlOptions(): GraphiQLOptions {
  const tabs = EXAMPLES.map((e) => ({ query: e.query, variables: e.variables ? JSON.stringify(e.variables, null, 2) : null }));
  return { title: "laddergraph", defaultQuery: tabs[0]?.query ?? undefined, defaultTabs: tabs };
}

/** Where GraphiQL's files are served: `/graphql/assets/<name>.<hash>.<ext>`. */
export const GRAPHIQL_ASSETS = "/graphql/assets/";

const IMMUTABLE = "public, max-age=31536000, immutable";

interface Asset {
  /** The served name, with a hash of the content. */
  name: string;
  type: string;
  bytes: Uint8Array<ArrayBuffer>;
}

function asset(base: string, ext: string, type: string, bytes: Uint8Array<ArrayBuffer>): Asset {
  const hash = createHash("sha256").update(bytes).digest("base64url").slice(0, 12).replace(/[-_]/g, "x");
  return { name: `${base}.${hash}.${ext}`, type, bytes };
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const JS = "text/javascript; charset=utf-8";

/**
 * GraphiQL's files, from @graphql-yoga/render-graphiql (which ships them as strings to inline into
 * one 9 MB page): its script, styles (fonts inside, as data: URLs), the three editor workers, the
 * icon, and the script that starts it (./graphiqlBoot.js). Built once, on first use.
 */
function buildAssets() {
  const icon = /^data:([^;,]+);base64,(.*)$/.exec(favicon);
  const all = {
    script: asset("graphiql", "js", JS, utf8(js)),
    styles: asset("graphiql", "css", "text/css; charset=utf-8", utf8(css)),
    boot: asset("graphiql-boot", "js", JS, new Uint8Array(readFileSync(new URL("./graphiqlBoot.js", import.meta.url)))),
    editorWorkerService: asset("editor-worker", "js", JS, utf8(editorWorkerService)),
    json: asset("json-worker", "js", JS, utf8(jsonWorker)),
    graphql: asset("graphql-worker", "js", JS, utf8(graphqlWorker)),
    icon: asset("favicon", "ico", icon?.[1] ?? "image/x-icon", new Uint8Array(Buffer.from(icon?.[2] ?? "", "base64"))),
  };
  return { all, byName: new Map(Object.values(all).map((a) => [a.name, a])) };
}

let assets: ReturnType<typeof buildAssets> | undefined;
const graphiqlAssets = () => {
  assets ??= buildAssets();
  return assets;
};

const url = (a: Asset) => `${GRAPHIQL_ASSETS}${a.name}`;

/** JSON inside a <script type="application/json">: `<` escaped so the text cannot close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page: render-graphiql's page with its inlined files replaced by links to them, the workers
 * by same-origin URLs (not blob: URLs built from inlined text), the options as JSON data, a
 * viewport meta. No inline script: the options are data, read by graphiqlBoot.js.
 */
export function graphiqlPage(options: GraphiQLOptions): string {
  const { all } = graphiqlAssets();
  const config = {
    options,
    workers: { editorWorkerService: url(all.editorWorkerService), json: url(all.json), graphql: url(all.graphql) },
  };
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(options.title ?? "GraphiQL")}</title>
    <link rel="icon" href="${url(all.icon)}" />
    <link rel="stylesheet" href="${url(all.styles)}" />
    <script defer src="${url(all.script)}"></script>
    <script defer src="${url(all.boot)}"></script>
    <script type="application/json" id="graphiql-config">${scriptJson(config)}</script>
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run GraphiQL.</noscript>
    <div id="root"></div>
  </body>
</html>
`;
}

/** Whether If-None-Match names `etag` (weak comparison, RFC 9110 §13.1.2). */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

/**
 * GraphiQL at `/graphql` (a GET or HEAD that accepts text/html, as yoga decides) and its files
 * under GRAPHIQL_ASSETS. The page is small and revalidated (ETag, `no-cache`, 304 on a match);
 * the files have content-hashed names and are cached for a year. Both carry GraphiQL's own CSP
 * (httpGuards.ts), which allows the inline styles its editor writes.
 */
export function graphiql(options: GraphiQLOptions = graphiqlOptions()): Plugin {
  let page: { body: Uint8Array<ArrayBuffer>; etag: string } | undefined;
  return {
    onRequest({ request, url: { pathname }, fetchAPI, endResponse }) {
      if (request.method !== "GET" && request.method !== "HEAD") return;
      const head = request.method === "HEAD";
      if (pathname.startsWith(GRAPHIQL_ASSETS)) {
        const found = graphiqlAssets().byName.get(pathname.slice(GRAPHIQL_ASSETS.length));
        endResponse(
          found
            ? new fetchAPI.Response(head ? null : found.bytes, {
                headers: {
                  "content-type": found.type,
                  "content-length": String(found.bytes.byteLength),
                  "cache-control": IMMUTABLE,
                  "content-security-policy": GRAPHIQL_CSP,
                },
              })
            : new fetchAPI.Response("not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } }),
        );
        return;
      }
      if ((pathname !== "/graphql" && pathname !== "/graphql/") || !request.headers.get("accept")?.includes("text/html")) return;
      if (!page) {
        const body = utf8(graphiqlPage(options));
        page = { body, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"` };
      }
      const headers = {
        etag: page.etag,
        "cache-control": "no-cache",
        "content-security-policy": GRAPHIQL_CSP,
      };
      if (matches(request.headers.get("if-none-match"), page.etag)) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      endResponse(
        new fetchAPI.Response(head ? null : page.body, {
          headers: { ...headers, "content-type": "text/html; charset=utf-8", "content-length": String(page.body.byteLength) },
        }),
      );
    },
  };
}
