import type { Browser, Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLES } from "../../src/server/examples.ts";
import { launchChromium, openOfflinePage, screenshot } from "../support/browser.ts";
import { type ListeningServer, startListeningServer } from "../support/listening.ts";

/** Monaco renders spaces as no-break spaces; compare text as a reader sees it. */
const text = async (locator: Locator) => (await locator.innerText()).replace(/\u00a0/g, " ");

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
    const { page, offHost, failed, consoleErrors } = await openOfflinePage(browser, server.origin);
    await page.goto(`${server.origin}/graphql`);
    await page.locator(".graphiql-query-editor").waitFor();
    const query = page.locator(".graphiql-query-editor");
    await expect.poll(() => text(query), { timeout: 20_000 }).toContain("query PathByOneArticle");
    // One tab per worked example.
    expect(await page.locator(".graphiql-tab").count()).toBe(EXAMPLES.length);

    await page.locator(".graphiql-execute-button").click();
    const response = page.locator(".graphiql-response");
    await expect.poll(() => text(response), { timeout: 20_000 }).toContain('"length": 4');
    const answer = await text(response);
    await screenshot(page, "graphiql");
    expect(answer).toContain('"slug": "group-product-manager"');

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
  });
});
