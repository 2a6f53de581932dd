import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { axeViolations, launchChromium, type OfflinePage, openOfflinePage, screenshot } from "../support/browser.ts";
import { type ListeningServer, startListeningServer } from "../support/listening.ts";

// The claim workbench in Debian's Chromium against the real server on the real Neo4j with the seed:
// a curator pastes an article, drafts it, accepts every draft at or above a confidence, downloads
// the claims file and publishes it with the admin token; the new source then has its column on the
// ladders, and its claims in the API are the ones accepted. Without the token: draft and download, no publish.

const TOKEN = "workbench-test-admin-token-0123456789";
const ADMIN = { authorization: `Bearer ${TOKEN}` };
const ID = "zz_workbench_fixture";
const BAR = 0.7;
// A small article whose titles are the catalogue's: three rungs, their years, bullets, and a
// "Mentors …" bullet the drafter reads as management scope with a confidence below BAR.
const TEXT = `The Widget Company Product Ladder

By Ada Lovelace

Our product team has three rungs. This guide walks through each one.

Associate Product Manager

An associate product manager learns the craft on a single feature. Typically 0-2 years of experience.

- Writes user stories for the team
- Runs the weekly demo

Product Manager

A product manager owns one product area end to end. Typically 2-5 years of experience.

- Sets the quarterly roadmap
- Talks to customers every week

Senior Product Manager

A senior product manager leads a group of related products. Typically 5+ years of experience.

- Mentors other product managers
- Aligns the roadmap with company strategy
`;

interface Drafted {
  confidence: number;
}
interface ApiDraft {
  definitions: (Drafted & { role: string; rank: number | null; title: Span; summary: Span; years: { quote: Span } | null })[];
  promotions: (Drafted & { from: string; to: string; kind: string; quote: Span })[];
  responsibilities: (Drafted & { role: string; quote: Span })[];
  management: (Drafted & { role: string; quote: Span })[];
  mentions: (Drafted & { quote: Span })[];
  skills: (Drafted & { quote: Span })[];
  problems: { message: string }[];
}
interface Span {
  text: string;
  start: number;
  end: number;
}
const S = "{ text start end }";
const DRAFT = `query ($text: String!, $id: ID!) { draftClaims(text: $text, id: $id) {
  definitions { role rank confidence title ${S} summary ${S} years { quote ${S} } }
  promotions { from to kind confidence quote ${S} }
  responsibilities { role confidence quote ${S} }
  management { role confidence quote ${S} }
  mentions { confidence quote ${S} }
  skills { confidence quote ${S} }
  problems { message }
} }`;

let server: ListeningServer;
let browser: Browser;
let draft: ApiDraft;
const opened: OfflinePage[] = [];

async function sourceIds(): Promise<string[]> {
  const { sources } = await server.query<{ sources: { id: string }[] }>("{ sources { id } }");
  return sources.map((s) => s.id);
}

async function removeFixture(): Promise<void> {
  for (let attempt = 0; attempt < 3 && (await sourceIds()).includes(ID); attempt++) {
    await server.send(`mutation { removeSource(id: "${ID}") { removedId } }`, {}, ADMIN);
  }
}

beforeAll(async () => {
  const build = spawnSync(process.execPath, ["web/build.ts"], { encoding: "utf8" });
  if (build.status !== 0) throw new Error(`the explorer page failed to build:\n${build.stderr}`);
  server = await startListeningServer({ adminToken: TOKEN });
  await removeFixture();
  ({ draftClaims: draft } = await server.query<{ draftClaims: ApiDraft }>(DRAFT, { text: TEXT, id: ID }));
  browser = await launchChromium();
});

afterAll(async () => {
  for (const p of opened) await p.context.close();
  await browser?.close();
  if (server) {
    await removeFixture();
    expect(await sourceIds()).toHaveLength(5);
    await server.close();
  }
});

async function open(viewport = { width: 1400, height: 900 }): Promise<OfflinePage> {
  const offline = await openOfflinePage(browser, server.origin);
  opened.push(offline);
  await offline.page.setViewportSize(viewport);
  await offline.page.goto(`${server.origin}/#/workbench`);
  await offline.page.waitForSelector("#wb-text");
  return offline;
}

async function draftIn(page: Page): Promise<void> {
  await page.fill("#wb-id", ID);
  await page.fill("#wb-text", TEXT);
  await page.click("form.workbench-form button[type=submit]");
  await page.waitForSelector(".draft-claim", { timeout: 30_000 });
}

/** The claims file the Download button saves. */
async function downloaded(page: Page): Promise<{ name: string; data: Record<string, unknown[]> }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Download YAML")]);
  const path = await download.path();
  return { name: download.suggestedFilename(), data: parse(readFileSync(path, "utf8")) as Record<string, unknown[]> };
}

const above = <T extends Drafted>(list: T[]) => list.filter((c) => c.confidence >= BAR);

describe("the claim workbench", () => {
  it("drafts the article as the API does: the fixture's rungs, and a claim below the bar to leave out", () => {
    expect(draft.definitions.map((d) => [d.role, d.rank])).toEqual([
      ["associate-product-manager", 1],
      ["product-manager", 2],
      ["senior-product-manager", 3],
    ]);
    expect(draft.promotions.map((p) => `${p.from}>${p.to}`)).toEqual([
      "associate-product-manager>product-manager",
      "product-manager>senior-product-manager",
    ]);
    expect(draft.responsibilities).toHaveLength(6);
    // The bar must split the draft, or accepting "all above" would test nothing.
    expect(draft.management.map((m) => [m.quote.text, m.confidence < BAR])).toEqual([["Mentors other product managers", true]]);
    expect(above(draft.definitions)).toHaveLength(3);
  });

  it("with the token: drafts, marks every quote, accepts all above the bar, downloads and publishes; the ladders get the column", async () => {
    const { page, consoleErrors, offHost, failed } = await open();
    await draftIn(page);
    await page.fill("#wb-token", TOKEN);

    // Every drafted span of the kinds read here is inside a mark at the API's offsets.
    const marked = await page.$$eval(".workbench-text mark", (ms) =>
      ms.map((m) => [Number(m.getAttribute("data-start")), Number(m.getAttribute("data-end"))] as [number, number]),
    );
    const covered = (s: Span) => {
      for (let at = s.start; at < s.end; ) {
        const m = marked.find(([a, b]) => a <= at && at < b);
        if (!m) return false;
        at = m[1];
      }
      return true;
    };
    const spans = [
      ...draft.definitions.flatMap((d) => [d.title, d.summary, ...(d.years ? [d.years.quote] : [])]),
      ...[...draft.promotions, ...draft.responsibilities, ...draft.management, ...draft.mentions, ...draft.skills].map((c) => c.quote),
    ];
    expect(spans.filter((s) => !covered(s))).toEqual([]);
    expect(await page.$eval(".workbench-text", (el) => el.textContent)).toBe(TEXT);

    // Accept all at or above the bar: exactly the API's drafts at or above it are accepted, the rest undecided.
    await page.fill("#wb-threshold", String(BAR));
    await page.waitForSelector(".workbench-check[data-state=done]", { timeout: 30_000 });
    const checked = await page.$eval(".workbench-check", (el) => Number(el.getAttribute("data-checks")));
    await page.click("text=Accept all above");
    await page.waitForFunction(
      (n) => {
        const el = document.querySelector(".workbench-check");
        return el?.getAttribute("data-state") === "done" && Number(el.getAttribute("data-checks")) > n;
      },
      checked,
      { timeout: 30_000 },
    );
    const state = await page.$$eval(".draft-claim", (lis) =>
      lis.map((li) => ({ key: li.getAttribute("data-key"), accepted: li.classList.contains("accepted") })),
    );
    const confidences = await page.$$eval(".draft-claim", (lis) => lis.map((li) => Number(li.getAttribute("data-confidence"))));
    expect(state.map((s) => s.accepted)).toEqual(confidences.map((c) => c >= BAR));
    expect(state.find((s) => s.key === "management:0")?.accepted).toBe(false);
    expect(state.find((s) => s.key === "definitions:2")?.accepted).toBe(true);
    // The live check (previewSource) on the accepted claims: they would load; the ladder previewed is their rungs.
    await page.waitForSelector(".workbench-check .workbench-valid");
    expect(await page.$$eval(".preview-ladder li", (lis) => lis.map((li) => li.getAttribute("data-rank")))).toEqual(
      above(draft.definitions)
        .map((d) => String(d.rank))
        .reverse(),
    );

    // The download is the claims file of the accepted claims only.
    const file = await downloaded(page);
    expect(file.name).toBe(`${ID}.yaml`);
    expect((file.data.roles as { role: string; rank: number }[]).map((r) => [r.role, r.rank])).toEqual(
      above(draft.definitions).map((d) => [d.role, d.rank]),
    );
    expect((file.data.promotions as { from: string; to: string }[]).map((p) => `${p.from}>${p.to}`)).toEqual(
      above(draft.promotions).map((p) => `${p.from}>${p.to}`),
    );
    expect(file.data.management).toEqual([]);

    expect(await axeViolations(page)).toEqual([]);

    // Publish: the API then lists the source, with the accepted rungs and steps.
    await page.click(".publish-button");
    await page.waitForSelector(".status.published", { timeout: 60_000 });
    await screenshot(page, "workbench");
    expect(await sourceIds()).toContain(ID);
    const { ladder } = await server.query<{
      ladder: { rank: number; definitions: { role: { slug: string } }[]; promotesTo: { from: { slug: string }; to: { slug: string } }[] }[];
    }>("query ($s: ID!) { ladder(source: $s) { rank definitions { role { slug } } promotesTo { from { slug } to { slug } } } }", {
      s: ID,
    });
    expect(ladder.flatMap((r) => r.definitions.map((d) => [d.role.slug, r.rank]))).toEqual(
      above(draft.definitions).map((d) => [d.role, d.rank]),
    );
    expect(ladder.flatMap((r) => r.promotesTo.map((p) => `${p.from.slug}>${p.to.slug}`)).sort()).toEqual(
      above(draft.promotions)
        .map((p) => `${p.from}>${p.to}`)
        .sort(),
    );

    // The ladders, opened from the workbench's link, have the new source's column.
    await page.click("text=See it on the ladders");
    await page.waitForSelector(`.ladder-grid .column-head[data-source="${ID}"]`, { timeout: 30_000 });

    expect(consoleErrors).toEqual([]);
    expect(offHost).toEqual([]);
    expect(failed).toEqual([]);
  }, 180_000);

  it("without the token: drafts and downloads, Publish disabled with the reason; no sideways scroll at 360 px", async () => {
    await removeFixture();
    for (const viewport of [
      { width: 1400, height: 900 },
      { width: 360, height: 780 },
    ]) {
      const { page, consoleErrors, failed } = await open(viewport);
      await draftIn(page);
      await page.click("text=Accept all above");
      expect(await page.$eval(".publish-button", (b) => (b as HTMLButtonElement).disabled)).toBe(true);
      expect(await page.textContent("#wb-publish-why")).toContain("needs the admin token");
      const file = await downloaded(page);
      expect((file.data.roles as { role: string }[]).map((r) => r.role)).toEqual(above(draft.definitions).map((d) => d.role));
      const [scrollWidth, clientWidth] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      expect({ width: viewport.width, scrollWidth }).toEqual({ width: viewport.width, scrollWidth: clientWidth });
      expect(await axeViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(failed).toEqual([]);
    }
    expect(await sourceIds()).not.toContain(ID);
  }, 180_000);
});
