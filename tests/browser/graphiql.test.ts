import type { IncomingMessage, ServerResponse } from "node:http";
import { type GraphQLObjectType, isEnumType } from "graphql";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "../../src/schema/index.ts";
import { EXAMPLES } from "../../src/server/examples.ts";
import { GRAPHIQL_CSP, SECURITY_HEADERS } from "../../src/server/httpGuards.ts";
import { launchChromium, openOfflinePage, screenshot } from "../support/browser.ts";
import { type ListeningServer, startListeningServer } from "../support/listening.ts";

/** Monaco renders spaces as no-break spaces; compare text as a reader sees it. */
const text = async (locator: Locator) => (await locator.innerText()).replace(/\u00a0/g, " ");

/** A description as GraphiQL's Docs pane shows it: its markdown rendered to text (code spans lose their backticks). */
const shownDescription = (description: string) => description.replace(/`/g, "").replace(/\s+/g, " ").trim();

/** Replaces the active tab's text as a person would: select all, delete, type. */
async function typeQuery(page: Page, query: string): Promise<void> {
  await page.locator(".graphiql-query-editor .monaco-editor").first().click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type(query);
}

describe("GraphiQL at /graphql, on a network that reaches only this server", () => {
  let server: ListeningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startListeningServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("opens on the first example, runs it and shows its answer, loading nothing from another host", async () => {
    const { page, context, offHost, failed, consoleErrors } = await openOfflinePage(browser, server.origin);
    await page.goto(`${server.origin}/graphql`);
    await page.locator(".graphiql-query-editor").waitFor();
    const query = page.locator(".graphiql-query-editor");
    await expect.poll(() => text(query), { timeout: 20_000 }).toContain("query PathByOneArticle");
    // One tab per worked example.
    expect(await page.locator(".graphiql-tab").count()).toBe(EXAMPLES.length);

    await page.locator(".graphiql-execute-button").click();
    const response = page.locator(".graphiql-response");
    await expect.poll(() => text(response), { timeout: 20_000 }).toContain('"length": 4');
    expect(await text(response)).toContain('"slug": "group-product-manager"');

    // Another tab: its own example, its own answer.
    // (Keyboard: the tab strip is a drag-to-reorder list, and headless Chromium's synthetic mouse
    // click does not get past its drag handling.)
    await page.locator(".graphiql-tab-button", { hasText: "ResolveTitle" }).press("Enter");
    await expect.poll(() => text(query), { timeout: 10_000 }).toContain('resolveTitle(title: "Junior PM")');
    // GraphiQL learns a switched tab's operation name a moment after it shows the tab's text (its
    // parse of the editor is debounced); a Run inside that moment sends the previous tab's name and
    // GraphiQL's own fetcher answers "Cannot infer operation". A person never clicks that fast;
    // the test runs the tab again while that is its answer.
    await expect
      .poll(
        async () => {
          const shown = await text(response);
          if (shown.trim() === "" || shown.includes("Cannot infer operation")) {
            await page.locator(".graphiql-execute-button").click();
          }
          return shown;
        },
        { timeout: 30_000, interval: 2_000 },
      )
      .toContain('"slug": "junior-product-manager"');

    expect(offHost).toEqual([]);
    expect(failed).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it("knows the schema as a new user meets it: the Docs pane lists Query's fields with their descriptions, typing completes, hand-typed introspection answers", async () => {
    const { page, context, offHost, failed, consoleErrors } = await openOfflinePage(browser, server.origin);
    await page.goto(`${server.origin}/graphql`);
    await page.locator(".graphiql-query-editor").waitFor();

    // Docs: the root types, then Query with every field and its description, as the schema has them.
    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    await page
      .locator("a.graphiql-doc-explorer-type-name", { hasText: /^Query$/ })
      .first()
      .click();
    const docs = page.locator(".graphiql-doc-explorer-content");
    const queryType = schema.getQueryType() as GraphQLObjectType;
    await expect.poll(() => text(docs), { timeout: 30_000 }).toContain(shownDescription(queryType.description ?? ""));
    const items = docs.locator(".graphiql-doc-explorer-item");
    const listed = await items.evaluateAll((nodes) =>
      nodes.map((n) => [
        n.querySelector(".graphiql-doc-explorer-field-name")?.textContent ?? "",
        (n.querySelector(".graphiql-markdown-description") as HTMLElement | null)?.innerText.replace(/\s+/g, " ").trim() ?? "",
      ]),
    );
    const fields = Object.values(queryType.getFields()).filter((f) => !f.deprecationReason);
    expect(fields.length).toBeGreaterThan(10);
    expect(listed).toEqual(fields.map((f) => [f.name, shownDescription(f.description ?? "")]));

    // A fresh tab: `{ rol` is offered the root fields starting with role.
    const tabs = await page.locator(".graphiql-tab").count();
    await page.locator('button[aria-label="New tab"]').press("Enter");
    await expect.poll(() => page.locator(".graphiql-tab").count()).toBe(tabs + 1);
    await typeQuery(page, "{ rol");
    const suggestions = page.locator(".graphiql-query-editor .suggest-widget .monaco-list-row");
    await expect
      .poll(async () => (await suggestions.allInnerTexts()).map((s) => s.split("\n")[0]?.trim()), { timeout: 20_000 })
      .toEqual(expect.arrayContaining(["role", "roles"]));
    const offered = (await suggestions.allInnerTexts()).map((s) => s.split("\n")[0]?.trim());
    expect(offered.slice(0, 2)).toEqual(["role", "roles"]);
    await page.keyboard.press("Escape");

    // A hand-typed introspection query (no includeDeprecated argument) answers with Track's values.
    // (Small on purpose: the response pane draws only the lines in view.)
    const introspection = '{ __type(name: "Track") { name enumValues { name } } }';
    await typeQuery(page, introspection);
    await expect.poll(() => text(page.locator(".graphiql-query-editor .view-lines"))).toBe(introspection);
    await page.locator(".graphiql-execute-button").click();
    const response = page.locator(".graphiql-response");
    await expect.poll(async () => (await text(response)).replace(/\s+/g, ""), { timeout: 20_000 }).toContain('"__type":{');
    const track = schema.getType("Track");
    expect(isEnumType(track)).toBe(true);
    expect(JSON.parse(await text(response))).toEqual({
      data: { __type: { name: "Track", enumValues: (isEnumType(track) ? track.getValues() : []).map((v) => ({ name: v.name })) } },
    });

    // The editor scrolled to the end of the typed line; show it from its start.
    await page.locator(".graphiql-query-editor .monaco-editor").first().click();
    await page.keyboard.press("Home");
    await screenshot(page, "graphiql");
    expect(offHost).toEqual([]);
    expect(failed).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it("opens linked queries (the explorer's 'see the query' links) in one reused tab, not one tab each", async () => {
    const { page, context, offHost, failed, consoleErrors } = await openOfflinePage(browser, server.origin);
    const query = page.locator(".graphiql-query-editor");
    const tabCount = () => page.locator(".graphiql-tab").count();
    // The explorer's links: /graphql?query=<the query, its variables written in>.
    const link = (document: string) => `/graphql?${new URLSearchParams({ query: document }).toString()}`;
    const open = async (document: string) => {
      const schemaLoaded = page.waitForResponse((r) => r.url() === `${server.origin}/graphql` && r.request().method() === "POST");
      await page.goto(`${server.origin}${link(document)}`);
      await schemaLoaded;
      await expect.poll(() => text(query), { timeout: 20_000 }).toContain(document.split("\n")[0]);
    };
    const { sources } = await server.query<{ sources: { id: string }[] }>("{ sources { id } }");
    const id = sources[0]?.id ?? "";
    // A first visit through a link: the examples, and the linked query in a tab of its own.
    await open(`query ExplorerLadder {\n  ladder(source: "${id}") {\n    rank\n  }\n}`);
    expect(await tabCount()).toBe(EXAMPLES.length + 1);
    // Two more links: the same tab shows each in turn.
    await open(`query ExplorerRole {\n  role(id: "senior-product-manager") {\n    slug\n  }\n}`);
    expect(await tabCount()).toBe(EXAMPLES.length + 1);
    await open("query ExplorerSources {\n  sources {\n    id\n  }\n}");
    expect(await tabCount()).toBe(EXAMPLES.length + 1);
    expect(await text(page.locator(".graphiql-tab-active"))).toContain("ExplorerSources");
    // The linked query runs in its tab.
    await page.locator(".graphiql-execute-button").click();
    await expect.poll(() => text(page.locator(".graphiql-response")), { timeout: 20_000 }).toContain(`"id": "${id}"`);
    // The examples are still there, once each, and /graphql without a link adds nothing.
    await page.goto(`${server.origin}/graphql`);
    await page.locator(".graphiql-tab").first().waitFor();
    await expect.poll(() => tabCount()).toBe(EXAMPLES.length + 1);
    expect((await page.locator(".graphiql-tab-button").allInnerTexts()).map((t) => t.trim())).toEqual([
      ...EXAMPLES.map((e) => e.name),
      "ExplorerSources",
    ]);

    expect(offHost).toEqual([]);
    // Going to the next link stops the editor workers of the page left if they are still loading.
    expect(failed.filter((f) => !/\/graphql\/assets\/.*: net::ERR_ABORTED$/.test(f))).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it("is served with its own CSP, and `/` with the strict one, as the browser receives them", async () => {
    const { page, context } = await openOfflinePage(browser, server.origin);
    const served: Promise<[string, string]>[] = [];
    page.on("response", (r) =>
      served.push(r.allHeaders().then((h) => [new URL(r.url()).pathname, h["content-security-policy"] ?? ""] as [string, string])),
    );
    const lastWorker = page.waitForResponse((r) => /\/graphql\/assets\/graphql-worker\./.test(r.url()));
    const graphiqlPage = await page.goto(`${server.origin}/graphql`);
    await lastWorker;
    expect((await graphiqlPage?.allHeaders())?.["content-security-policy"]).toBe(GRAPHIQL_CSP);
    // GraphiQL's page needs inline styles (its editor writes them), no inline script.
    expect(GRAPHIQL_CSP).toContain("style-src 'self' 'unsafe-inline'");
    expect(GRAPHIQL_CSP).toContain("script-src 'self';");
    const assets = (await Promise.all(served)).filter(([path]) => path.startsWith("/graphql/assets/"));
    // Script, styles, starter and the three editor workers at least.
    expect(new Set(assets.map(([path]) => path.replace(/\.[^.]+\.[a-z]+$/, ""))).size).toBeGreaterThanOrEqual(6);
    for (const [, policy] of assets) expect(policy).toBe(GRAPHIQL_CSP);

    const explorer = await page.goto(`${server.origin}/`);
    const strict = (await explorer?.allHeaders())?.["content-security-policy"] ?? "";
    expect(strict).toBe(SECURITY_HEADERS["content-security-policy"]);
    expect(strict).toContain("script-src 'self'");
    expect(strict).not.toContain("unsafe-inline");
    // An API answer carries the strict policy too.
    const api = await page.request.get(`${server.origin}/graphql?query=${encodeURIComponent("{ sources { id } }")}`);
    expect(api.headers()["content-security-policy"]).toBe(strict);
    await context.close();
  });

  it("on a repeat visit transfers only the page's HTML: every file comes from the browser's cache", async () => {
    // What the server sent, per request: counted on its sockets (headers and body), so worker scripts count too.
    const sent: { method: string; path: string; status: number; encoding: string; bytes: number }[] = [];
    server.server.on("request", (req: IncomingMessage, res: ServerResponse) => {
      const before = req.socket.bytesWritten;
      res.on("finish", () =>
        sent.push({
          method: req.method ?? "",
          path: (req.url ?? "").split("?")[0] ?? "",
          status: res.statusCode,
          encoding: String(res.getHeader("content-encoding") ?? ""),
          bytes: req.socket.bytesWritten - before,
        }),
      );
    });
    const figures: Record<string, unknown> = {};
    for (const encoding of ["br", "identity"] as const) {
      // No request routing here: Playwright's routing turns the HTTP cache off. Off-host requests are recorded instead.
      const context = await browser.newContext({
        viewport: { width: 1400, height: 900 },
        ...(encoding === "identity" ? { extraHTTPHeaders: { "accept-encoding": "identity" } } : {}),
      });
      const page = await context.newPage();
      const offHost: string[] = [];
      page.on("request", (r) => {
        if (!r.url().startsWith(`${server.origin}/`) && !r.url().startsWith("data:")) offHost.push(r.url());
      });
      const visit = async () => {
        sent.length = 0;
        await page.goto(`${server.origin}/graphql`);
        await page.locator(".graphiql-query-editor").waitFor();
        // Settled: the schema fetched, the three editor workers started, then nothing new for two seconds.
        await expect.poll(() => sent.some((s) => s.method === "POST"), { timeout: 30_000 }).toBe(true);
        await expect
          .poll(() => page.evaluate(() => performance.getEntriesByType("resource").length), { timeout: 30_000 })
          .toBeGreaterThan(3);
        for (let n = -1; n !== sent.length; ) {
          n = sent.length;
          await page.waitForTimeout(2_000);
        }
        return sent.filter((s) => s.method === "GET").map((s) => ({ ...s }));
      };
      const first = await visit();
      const repeat = await visit();
      expect(offHost).toEqual([]);

      // First visit: the page and its files, compressed when the browser asks for it.
      const files = first.filter((s) => s.path.startsWith("/graphql/assets/"));
      expect(new Set(files.map((f) => f.path.replace(/\.[^.]+\.[a-z]+$/, ""))).size).toBeGreaterThanOrEqual(6);
      for (const f of files.filter((f) => f.path.endsWith(".js") || f.path.endsWith(".css"))) {
        expect([f.path, f.status, f.encoding]).toEqual([f.path, 200, encoding === "br" ? "br" : ""]);
      }
      // Repeat visit: only the page itself reaches the server; every file comes from the cache. (The page
      // comes whole, not as a 304: GraphiQL's POST to /graphql, the same URL, makes the browser drop
      // its cached copy — RFC 9111 §4.4. A client that does not POST there gets a 304.)
      expect(repeat.map((s) => s.path)).toEqual(["/graphql"]);
      const sum = (ss: typeof sent) => ss.reduce((n, s) => n + s.bytes, 0);
      figures[encoding] = {
        firstVisitBytes: sum(first),
        firstVisitRequests: first.length,
        repeatVisitBytes: sum(repeat),
        repeatVisitRequests: repeat.map((s) => `${s.path} ${s.status}`),
      };
      await context.close();
    }
    console.log(`GraphiQL page weight (bytes the server sent, headers included; GET requests only): ${JSON.stringify(figures, null, 2)}`);
  });
});
