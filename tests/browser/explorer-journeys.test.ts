import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, type OfflinePage, openOfflinePage, SCREENSHOTS } from "../support/browser.ts";
import { type ListeningServer, startListeningServer } from "../support/listening.ts";

// The explorer's two users, in Debian's Chromium against the real server on the real Neo4j with the seed:
// (a) a product manager types their role and reads what comes next and who says so, on the first screen;
// (b) a researcher follows a departure mark to the sentences and on into the article.
// Every view is also checked with axe-core, and for sideways scrolling on a 360 px phone.

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'";
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

let server: ListeningServer;
let browser: Browser;
const opened: OfflinePage[] = [];

beforeAll(async () => {
  const build = spawnSync(process.execPath, ["web/build.ts"], { encoding: "utf8" });
  if (build.status !== 0) throw new Error(`the explorer page failed to build:\n${build.stderr}`);
  server = await startListeningServer();
  // Warm the statements the journeys use (`npm start` warms its hot statements before it listens; the test server does not).
  await server.send("{ conflicts { aspect } }");
  await server.send('{ nextRoles(from: "senior-product-manager") { support } }');
  browser = await launchChromium();
});

afterAll(async () => {
  for (const p of opened) await p.context.close();
  await browser?.close();
  await server?.close();
});

async function open(viewport: { width: number; height: number }, hash = ""): Promise<OfflinePage> {
  const offline = await openOfflinePage(browser, server.origin);
  opened.push(offline);
  await offline.page.setViewportSize(viewport);
  await offline.page.route(`${server.origin}/`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": CSP } });
  });
  await offline.page.goto(`${server.origin}/${hash}`);
  return offline;
}

/** Serious and critical axe-core violations on the page as it stands: "rule: target". */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's CSP does not apply to axe's own script.
  await page.evaluate(`${AXE};0`);
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(o: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    return (await axe.run({ resultTypes: ["violations"] })).violations;
  });
  return results
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

interface NextRole {
  to: { slug: string };
  sources: { id: string }[];
  claims: { kind: string; source: { id: string }; evidence: { start: number; end: number } }[];
}

describe("journey (a): a product manager asks what comes after their role", () => {
  for (const [size, viewport] of [
    ["desktop", DESKTOP],
    ["phone", PHONE],
  ] as const) {
    it(`types "sr pm" and reads the next roles and who says so in the first viewport (${size})`, async () => {
      const { resolveTitle } = await server.query<{ resolveTitle: { role: { slug: string }; matchedBy: string }[] }>(
        '{ resolveTitle(title: "sr pm") { role { slug } matchedBy } }',
      );
      const slug = resolveTitle[0]?.role.slug;
      expect(slug).toBe("senior-product-manager");
      const { nextRoles } = await server.query<{ nextRoles: NextRole[] }>(
        `query ($from: ID!) { nextRoles(from: $from) { to { slug } sources { id } claims { kind source { id } evidence { start end } } } }`,
        { from: slug },
      );
      const { page, consoleErrors, offHost, failed } = await open(viewport);
      await page.waitForSelector("#role-input");
      await page.fill("#role-input", "sr pm");
      const asked = await page.evaluate(() => performance.now());
      await page.press("#role-input", "Enter");
      await page.waitForSelector(".next-role", { timeout: 30_000 });
      const answered = await page.evaluate(() => performance.now());
      expect(page.url()).toContain(`#/role/${slug}`);

      // The next roles, best supported first, each with the articles that say so and how: exactly nextRoles.
      const shown = await page.$$eval(".next-role", (lis) =>
        lis.map((li) => ({
          to: li.getAttribute("data-role"),
          who: [...li.querySelectorAll(".who > li")].map((w) => `${w.getAttribute("data-source")} ${w.getAttribute("data-kind")}`),
        })),
      );
      expect(shown).toEqual(nextRoles.map((n) => ({ to: n.to.slug, who: n.claims.map((c) => `${c.source.id} ${c.kind}`) })));
      // Read off the articles: the Product Leader (000, 001 stated; 002 by its order), the Director (001, 004),
      // the Group PM (000; 003 by order) and the Principal PM (003 by order).
      expect(shown.map((s) => s.to)).toEqual([
        "product-leader",
        "director-of-product",
        "group-product-manager",
        "principal-product-manager",
      ]);
      // Sources named by title, and how each says it.
      expect(await page.locator('.next-role[data-role="product-leader"] .who > li[data-kind="LADDER_ORDER"]').textContent()).toContain(
        "Hierarchical Levels of Product Managers implied by the article's order",
      );

      // Everything of it in the first viewport, without scrolling.
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      const bottom = await page.$$eval(".next-role", (lis) => Math.max(...lis.map((li) => li.getBoundingClientRect().bottom)));
      expect(bottom).toBeLessThanOrEqual(viewport.height);

      await shoot(page, `explorer-first-answer-${size}`);

      // Each sentence is one click away.
      const first = nextRoles[0]?.claims[0];
      await page.click(`.next-role[data-role="${nextRoles[0]?.to.slug}"] .who > li[data-source="${first?.source.id}"] summary`);
      const mark = page.locator(`.next-role .who blockquote.evidence[data-start="${first?.evidence.start}"] mark`).first();
      await mark.waitFor();
      expect(await mark.isVisible()).toBe(true);

      expect(consoleErrors).toEqual([]);
      expect(offHost).toEqual([]);
      expect(failed).toEqual([]);

      // Figures for the README (reported, not asserted).
      const weight = await page.evaluate(() => {
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
        const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
        const sum = (rs: PerformanceResourceTiming[]) => rs.reduce((n, r) => n + r.transferSize, 0);
        return {
          documentBytes: nav.transferSize,
          assetBytes: sum(resources.filter((r) => r.name.includes("/explorer/assets/"))),
          dataBytes: sum(resources.filter((r) => r.name.includes("/graphql"))),
          graphqlRequests: resources.filter((r) => r.name.includes("/graphql")).length,
          firstContentfulPaintMs: Math.round(performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? -1),
        };
      });
      const figures = {
        viewport: size,
        ...weight,
        pageWeightBytes: weight.documentBytes + weight.assetBytes + weight.dataBytes,
        timeToFirstAnswerMs: Math.round(answered - asked),
      };
      writeFileSync(`${SCREENSHOTS}/explorer-journey-a-${size}.json`, `${JSON.stringify(figures, null, 2)}\n`);
      console.log("journey (a) figures:", JSON.stringify(figures));
    });
  }
});

describe("journey (b): a researcher finds the odd article out and its sentence", () => {
  it("follows a departure mark to the sentences side by side, then into the article at the highlighted span", async () => {
    const { sources } = await server.query<{ sources: { id: string; text: string }[] }>("{ sources { id text } }");
    const texts = new Map(sources.map((s) => [s.id, s.text]));
    const { role } = await server.query<{
      role: {
        conflicts: {
          aspect: string;
          positions: { value: string; sources: { id: string }[]; evidence: { start: number; end: number; source: { id: string } }[] }[];
        }[];
      };
    }>(
      '{ role(id: "senior-product-manager") { conflicts(aspects: [BAND]) { aspect positions { value sources { id } evidence { start end source { id } } } } } }',
    );
    const band = role.conflicts[0];
    // Read off the articles: 004 alone calls the Senior PM mid-level; 001 and 003 call it senior.
    expect(band?.positions.map((p) => `${p.value}: ${p.sources.map((s) => s.id.slice(0, 3)).join(",")}`)).toEqual([
      "mid-level: 004",
      "senior: 001,003",
    ]);
    const { page, consoleErrors, offHost } = await open(DESKTOP);
    const mark = page.locator(
      '.ladder-grid .entry[data-role="senior-product-manager"][data-source="004_502e8f18b33a844e"] a.mark[data-aspect="BAND"]',
    );
    await mark.waitFor({ timeout: 30_000 });
    expect(await mark.textContent()).toContain("≠ band");
    await mark.click();
    const opened = page.locator("section.conflict.opened#conflict-BAND");
    await opened.waitFor({ timeout: 30_000 });
    // The departing article's position is marked, and both positions show their sentences.
    expect(await opened.locator("li.position.departs").getAttribute("data-value")).toBe("mid-level");
    const quotes = await opened
      .locator("blockquote.evidence")
      .evaluateAll((bs) => bs.map((b) => `${b.getAttribute("data-source")}:${b.getAttribute("data-start")}-${b.getAttribute("data-end")}`));
    expect(quotes).toEqual(band?.positions.flatMap((p) => p.evidence.map((e) => `${e.source.id}:${e.start}-${e.end}`)));
    await shoot(page, "explorer-disputed-desktop");

    // Into the article: the cited span highlighted, equal to the text at the evidence offsets, scrolled into view.
    const cited = band?.positions[0]?.evidence[0];
    await opened.locator(`li.position.departs blockquote.evidence[data-start="${cited?.start}"] a.reader-link`).click();
    const highlighted = page.locator(".reader mark#cited");
    await highlighted.waitFor({ timeout: 30_000 });
    expect(await highlighted.textContent()).toBe(texts.get(cited?.source.id ?? "")?.slice(cited?.start, cited?.end));
    expect([await highlighted.getAttribute("data-start"), await highlighted.getAttribute("data-end")]).toEqual([
      String(cited?.start),
      String(cited?.end),
    ]);
    await expect
      .poll(() =>
        highlighted.evaluate((m) => {
          const r = m.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    // The whole article is there, the span where the offsets put it.
    expect(
      await page.locator(".reader .article-text").evaluate((d) =>
        [...d.childNodes]
          .filter((n) => !(n as Element).classList?.contains("backs"))
          .map((n) => n.textContent)
          .join(""),
      ),
    ).toBe(texts.get(cited?.source.id ?? ""));
    await shoot(page, "explorer-reader-desktop");
    expect(consoleErrors).toEqual([]);
    expect(offHost).toEqual([]);
  });
});

const VIEWS = [
  { name: "ladders", hash: "", ready: ".ladder-grid .mark" },
  { name: "role", hash: "#/role/senior-product-manager?as=sr%20pm", ready: ".role-view section.conflict" },
  { name: "paths", hash: "#/paths?from=Sr%20PM&to=CPO", ready: ".path-list li" },
  { name: "agreement", hash: "#/agreement?pair=001_a8ebed2f27fe2428,002_d2d1fea17da82400", ready: ".pair-detail .shared-steps" },
  {
    name: "reader",
    hash: "#/read/004_502e8f18b33a844e?start=4054&end=4149&label=step%20up%20to%20Director%20of%20Product",
    ready: ".reader mark#cited",
  },
  { name: "unknown-role", hash: "#/role/senior-pm", ready: ".role-view .status.error" },
];

describe("every view", () => {
  for (const view of VIEWS) {
    it(`${view.name}: no serious or critical axe-core violation, no sideways scroll at 360 px, no console error`, async () => {
      const { page, consoleErrors, offHost } = await open(DESKTOP, view.hash);
      await page.waitForSelector(view.ready, { timeout: 30_000 });
      await page.waitForLoadState("networkidle");
      expect(await axeViolations(page)).toEqual([]);
      await shoot(page, `explorer-${view.name}-desktop`);
      for (const phone of [{ width: 360, height: 780 }, PHONE]) {
        await page.setViewportSize(phone);
        await page.waitForTimeout(100);
        const [scrollWidth, clientWidth] = await page.evaluate(() => [
          document.documentElement.scrollWidth,
          document.documentElement.clientWidth,
        ]);
        expect({ view: view.name, width: phone.width, scrollWidth }).toEqual({
          view: view.name,
          width: phone.width,
          scrollWidth: clientWidth,
        });
      }
      // The phone's own first screen: the view loaded afresh at 390 px.
      await page.reload();
      await page.waitForSelector(view.ready, { timeout: 30_000 });
      await page.waitForLoadState("networkidle");
      expect(await axeViolations(page)).toEqual([]);
      await shoot(page, `explorer-${view.name}-phone`);
      expect(consoleErrors).toEqual([]);
      expect(offHost).toEqual([]);
    });
  }

  it("says in its own words that a role is unknown, with the API's suggestions", async () => {
    const { body } = await server.send('{ role(id: "senior-pm") { slug } }');
    expect(body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const { page } = await open(DESKTOP, "#/role/senior-pm");
    await page.waitForSelector(".role-view .status.error");
    expect(await page.textContent(".role-view .status.error")).toContain("None of the articles describes a role called “senior-pm”");
    expect(await page.textContent(".role-view")).not.toContain("unknown role");
  });
});
