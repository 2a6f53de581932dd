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
    // A navigation, not a fetch: the server's Content-Security-Policy would stop a fetch before the route sees it.
    const outside = await page.goto("https://unpkg.com/graphiql/graphiql.min.js").then(
      () => "reached",
      () => "refused",
    );
    expect(outside).toBe("refused");
    expect(offHost).toEqual(["https://unpkg.com/graphiql/graphiql.min.js"]);
  });
});
