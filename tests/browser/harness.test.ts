import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, openOfflinePage } from "../support/browser.ts";
import { type ListeningServer, startListeningServer } from "../support/listening.ts";

describe("browser harness", () => {
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

  it("reaches the server and refuses every other host", async () => {
    const { page, offHost } = await openOfflinePage(browser, server.origin);
    const health = await page.goto(`${server.origin}/health`);
    expect(health?.status()).toBe(200);
    const fetchOutside = () =>
      page.evaluate(() =>
        fetch("https://unpkg.com/graphiql/graphiql.min.js").then(
          () => "reached",
          () => "refused",
        ),
      );
    // The server's Content-Security-Policy (connect-src 'self') stops it inside the page: nothing leaves.
    expect(await fetchOutside()).toBe("refused");
    expect(offHost).toEqual([]);
    // On a page without that policy, the harness itself refuses the request, and records it.
    await page.goto("about:blank");
    expect(await fetchOutside()).toBe("refused");
    expect(offHost).toEqual(["https://unpkg.com/graphiql/graphiql.min.js"]);
  });
});
