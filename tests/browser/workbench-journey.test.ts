import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { axeViolations, launchChromium, type OfflinePage, openOfflinePage, SCREENSHOTS } from "../support/browser.ts";
import { type ListeningServer, startListeningServer } from "../support/listening.ts";
import { productArticle } from "./productArticle.ts";

// The curator's journey in Debian's Chromium, against the npm-start server on the real Neo4j with
// the seed: open the workbench with the token, paste a synthetic article (bench/synth's generator,
// written with the catalogue's product roles), accept every draft above a confidence, correct one
// title mapping (the drafter proposes "Product Area Lead" as a new role; the generator meant the
// catalogue's Product Leader), add one claim by selecting its words, re-anchor one quote, read the
// live validation and the preview of the ladder and the conflicts, publish. Then the ladders have
// the new column, the role panel shows its conflicts, and the API's claims are the ones published.

const TOKEN = "workbench-journey-admin-token-0123456789";
const ADMIN = { authorization: `Bearer ${TOKEN}` };
const ID = "zz_curator_journey";
const BAR = 0.7;
const ARTICLE = productArticle(ID, 2);
const TEXT = ARTICLE.text;
/** The title the generator gave the catalogue's Product Leader ("Product Area Lead", or a variant of it). */
const LEAD_TITLE = ARTICLE.claims.roles.find((r) => r.role === "product-leader")?.title.text ?? "";
const SKIP = "Some Product Managers skip a rung and move straight into this position.";
const BUDGET = "Sets the budget for product and defends it";

interface Span {
  text: string;
  start: number;
  end: number;
}
interface Drafted {
  confidence: number;
}
interface ApiDraft {
  definitions: (Drafted & { role: string; rank: number | null; title: Span })[];
  promotions: (Drafted & { from: string; to: string; quote: Span })[];
  responsibilities: (Drafted & { role: string; quote: Span })[];
  proposedRoles: { id: string }[];
}
const S = "{ text start end }";
const DRAFT = `query ($text: String!, $id: ID!) { draftClaims(text: $text, id: $id) {
  definitions { role rank confidence title ${S} }
  promotions { from to confidence quote ${S} }
  responsibilities { role confidence quote ${S} }
  proposedRoles { id }
} }`;
/** The page's own check: every aspect but RESPONSIBILITIES. */
const ASPECTS = ["IDENTITY", "PROMOTION", "TRACK", "YEARS_OF_EXPERIENCE", "SALARY", "ENTRY_LEVEL", "BAND", "MANAGEMENT", "RELATIVE_RANK"];
const PREVIEW = `query ($id: ID!, $text: String!, $claims: String!, $aspects: [ConflictAspect!]) { previewSource(id: $id, text: $text, claims: $claims, aspects: $aspects) {
  publishable problems { message } ladder { rank roles { role title } } conflicts { role aspect isNew positions { sources } }
} }`;

type Quote = string | { text: string; occurrence: number };
const quoteText = (q: Quote) => (typeof q === "string" ? q : q.text);
interface ClaimsFile {
  roles: { role: string; rank?: number; title: Quote; summary: Quote }[];
  promotions: { from: string; to: string; kind: string; quote: Quote }[];
  responsibilities: { role: string; quote: Quote }[];
  skills: { skill: string; role?: string; quote: Quote }[];
  management: { role: string; scope: string; quote: Quote }[];
}

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

async function open(viewport: { width: number; height: number }): Promise<OfflinePage> {
  const offline = await openOfflinePage(browser, server.origin);
  opened.push(offline);
  await offline.page.setViewportSize(viewport);
  await offline.page.goto(`${server.origin}/#/workbench`);
  await offline.page.waitForSelector("#wb-text");
  return offline;
}

/** How many live checks have finished. */
const checks = (page: Page) => page.$eval(".workbench-check", (el) => Number(el.getAttribute("data-checks")));

/** Runs an action and waits for the live check it starts to finish; a check that failed fails the test with its words. */
async function andChecked(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await checks(page);
  await action();
  await page.waitForFunction(
    (n) => {
      const el = document.querySelector(".workbench-check");
      return el?.getAttribute("data-state") !== "checking" && Number(el?.getAttribute("data-checks")) > n;
    },
    before,
    { timeout: 90_000 },
  );
  const state = await page.$eval(".workbench-check", (el) => [
    el.getAttribute("data-state"),
    el.querySelector(".status.error")?.textContent ?? "",
  ]);
  expect(state).toEqual(["done", ""]);
}

/** Selects characters start–end of the article as a person would with the mouse: the page's real selection. */
async function selectSpan(page: Page, start: number, end: number): Promise<void> {
  await page.evaluate(
    ([from, to]) => {
      const container = document.querySelector(".workbench-text") as HTMLElement;
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let at = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (from >= at && from <= at + length) range.setStart(node, from - at);
        if (to >= at && to <= at + length) {
          range.setEnd(node, to - at);
          break;
        }
        at += length;
      }
      const selection = document.getSelection() as Selection;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [start, end] as const,
  );
  await page.waitForSelector(`.selection-now[data-start="${start}"][data-end="${end}"]`);
}

const item = (page: Page, key: string) => page.locator(`.draft-claim[data-key="${key}"]`);
const acceptedKeys = (page: Page) =>
  page.$$eval(".draft-claim.accepted", (lis) => lis.map((li) => li.getAttribute("data-key") as string).sort());
const span = (text: string, from = 0): Span => {
  const start = TEXT.indexOf(text, from);
  expect(start).toBeGreaterThanOrEqual(0);
  return { text, start, end: start + text.length };
};

/** A screenshot of the viewport with `selector` at its top (the page is far taller than a screen): docs/screenshots/<name>.png. */
async function shot(page: Page, name: string, selector: string): Promise<void> {
  await page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView({ block: "start" }), selector);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

async function downloaded(page: Page): Promise<{ text: string; data: ClaimsFile }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Download YAML")]);
  const text = readFileSync(await download.path(), "utf8");
  return { text, data: parse(text) as ClaimsFile };
}

describe("the curator's journey in the workbench", () => {
  const leadAt = () => draft.definitions.findIndex((d) => d.title.text === LEAD_TITLE);

  it("drafts the synthetic article: the lead title proposed as a new role, the generator's claims say it is Product Leader", () => {
    expect(LEAD_TITLE).toMatch(/Lead/);
    const lead = draft.definitions[leadAt()];
    expect(lead?.role).not.toBe("product-leader");
    expect(draft.proposedRoles.map((p) => p.id)).toContain(lead?.role);
    // The bar leaves the lead's definition out: correcting it is the curator's work.
    expect(lead && lead.confidence < BAR).toBe(true);
    expect(draft.definitions.filter((d) => d.confidence >= BAR).length).toBeGreaterThanOrEqual(4);
    expect(draft.responsibilities.some((r) => r.quote.text === BUDGET)).toBe(true);
  });

  it("accepts above the bar, corrects the lead's mapping, adds a claim from a selection, re-anchors a quote, previews and publishes", async () => {
    const { page, consoleErrors, offHost, failed } = await open({ width: 1400, height: 900 });
    await page.fill("#wb-token", TOKEN);
    await page.fill("#wb-id", ID);
    await page.fill("#wb-text", TEXT);
    await page.click("form.workbench-form button[type=submit]");
    await page.waitForSelector(".draft-claim", { timeout: 30_000 });
    await page.waitForSelector(".workbench-check[data-state=done]", { timeout: 90_000 });

    // Accept every draft at or above the bar: exactly the API's.
    await page.fill("#wb-threshold", String(BAR));
    await andChecked(page, () => page.click("text=Accept all above"));
    const above = (
      await page.$$eval(".draft-claim", (lis) => lis.map((li) => [li.getAttribute("data-key"), Number(li.getAttribute("data-confidence"))]))
    )
      .filter(([, c]) => (c as number) >= BAR)
      .map(([k]) => k as string)
      .sort();
    expect(await acceptedKeys(page)).toEqual(above);
    expect(above).toContain("definitions:0");

    // Accepting the lead's definition as drafted: the live validator refuses its unknown role, Publish is off.
    const lead = draft.definitions[leadAt()] as ApiDraft["definitions"][number];
    const leadKey = `definitions:${leadAt()}`;
    await andChecked(page, () =>
      item(page, leadKey)
        .getByRole("button", { name: /^Accept/ })
        .click(),
    );
    expect(await page.textContent(".workbench-problems")).toContain(`unknown role '${lead.role}'`);
    expect(await page.$eval(".publish-button", (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    expect(await page.textContent("#wb-publish-why")).toBe("Clear the validator's problems to publish.");

    // Correct the title mapping: Lead Product Manager is the catalogue's Product Leader, in every claim naming it.
    await andChecked(page, () => page.selectOption(`#wb-map-definitions\\:${leadAt()}`, "product-leader"));
    await page.waitForSelector(".workbench-valid");
    expect(await item(page, leadKey).locator(".draft-what").textContent()).toMatch(/^product-leader · rung/);
    // The drafted steps into and out of the lead's rung, now steps of product-leader (the skip-a-rung one is added below).
    for (const [i, p] of draft.promotions.entries()) {
      const touches = p.from === lead.role || p.to === lead.role;
      if (touches && p.quote.text !== SKIP)
        await andChecked(page, () =>
          item(page, `promotions:${i}`)
            .getByRole("button", { name: /^Accept/ })
            .click(),
        );
      if (p.quote.text === SKIP)
        await andChecked(page, () =>
          item(page, `promotions:${i}`)
            .getByRole("button", { name: /^Reject/ })
            .click(),
        );
    }
    // The budget bullet, whose quote is re-anchored below.
    const budgetAt = draft.responsibilities.findIndex((r) => r.quote.text === BUDGET);
    await andChecked(page, () =>
      item(page, `responsibilities:${budgetAt}`)
        .getByRole("button", { name: /^Accept/ })
        .click(),
    );

    // Add a claim from a selection: the skip-a-rung sentence, a promotion from Product Manager to Product Leader.
    const skip = span(SKIP);
    await selectSpan(page, skip.start, skip.end);
    await page.selectOption("#wb-add-kind", "promotions");
    // The form is the kind's schema: from, to, kind and track, the selection as the quote.
    expect(await page.$$eval(".claim-form [data-field]", (els) => els.map((e) => e.getAttribute("data-field")))).toEqual([
      "from",
      "to",
      "kind",
      "track",
    ]);
    expect(await page.textContent(".claim-form-selection")).toBe(`quote: the selection, “${SKIP}”`);
    expect(await page.$eval(".claim-form button[type=submit]", (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    await page.selectOption("#wb-add-field-from", "product-manager");
    await page.selectOption("#wb-add-field-to", "product-leader");
    await page.selectOption("#wb-add-field-kind", "EXPLICIT");
    await andChecked(page, () => page.click(".claim-form button[type=submit]"));
    expect(await item(page, "added:0").getAttribute("class")).toContain("accepted");
    expect(await item(page, "added:0").locator(".draft-quote").getAttribute("data-start")).toBe(String(skip.start));

    // Re-anchor a quote: the budget bullet's quote becomes the words selected.
    const budget = span("Sets the budget for product", span(BUDGET).start);
    await selectSpan(page, budget.start, budget.end);
    await andChecked(page, () => item(page, `responsibilities:${budgetAt}`).locator(".anchor-button").click());
    const quoted = item(page, `responsibilities:${budgetAt}`).locator(".draft-quote");
    expect([await quoted.getAttribute("data-start"), await quoted.getAttribute("data-end")]).toEqual([
      String(budget.start),
      String(budget.end),
    ]);
    await page.waitForSelector(".workbench-valid");

    // The file the page would publish, and the API's preview of it, shown on the page.
    const file = await downloaded(page);
    expect(file.data.roles.map((r) => r.role)).toContain("product-leader");
    expect(file.data.promotions.filter((p) => quoteText(p.quote) === SKIP)).toEqual([
      { from: "product-manager", to: "product-leader", kind: "EXPLICIT", quote: SKIP },
    ]);
    expect(file.data.responsibilities.filter((r) => quoteText(r.quote).startsWith("Sets the budget")).map((r) => r.quote)).toEqual([
      budget.text,
    ]);
    expect(JSON.stringify(file.data)).not.toContain(lead.role);
    const { previewSource: preview } = await server.query<{
      previewSource: {
        publishable: boolean;
        problems: unknown[];
        ladder: { rank: number | null; roles: { role: string; title: string }[] }[];
        conflicts: { role: string; aspect: string; isNew: boolean; positions: { sources: string[] }[] }[];
      };
    }>(PREVIEW, { id: ID, text: TEXT, claims: file.text, aspects: ASPECTS });
    expect([preview.publishable, preview.problems]).toEqual([true, []]);
    expect(preview.ladder.map((r) => [r.rank, r.roles.map((x) => x.role)])).toEqual(
      file.data.roles
        .map((r) => r.rank ?? null)
        .filter((rank, i, all) => all.indexOf(rank) === i)
        .sort((a, b) => (a ?? 99) - (b ?? 99))
        .map((rank) => [rank, file.data.roles.filter((r) => (r.rank ?? null) === rank).map((r) => r.role)]),
    );
    const shownLadder = await page.$$eval(".preview-ladder li", (lis) =>
      lis.map((li) => [li.getAttribute("data-rank"), [...li.querySelectorAll(".preview-role")].map((r) => r.getAttribute("data-role"))]),
    );
    expect(shownLadder).toEqual(
      [...preview.ladder].reverse().map((r) => [r.rank === null ? "" : String(r.rank), r.roles.map((x) => x.role)]),
    );
    const shownConflicts = await page.$$eval(".preview-conflicts li", (lis) =>
      lis.map((li) => [li.getAttribute("data-role"), li.getAttribute("data-aspect"), li.getAttribute("data-new")]),
    );
    expect(shownConflicts).toEqual(preview.conflicts.map((c) => [c.role, c.aspect, String(c.isNew)]));
    expect(preview.conflicts.length).toBeGreaterThan(0);

    expect(await axeViolations(page)).toEqual([]);
    await shot(page, "workbench-journey-check", ".workbench-check");
    await shot(page, "workbench-journey-drafts", ".selection-panel");

    // Publish: the page sends the accepted claims with the token; the API then has them.
    expect(await page.$eval(".publish-button", (b) => (b as HTMLButtonElement).disabled)).toBe(false);
    await page.click(".publish-button");
    await page.waitForSelector(".status.published, .workbench-out .status.error", { timeout: 120_000 });
    expect(await page.textContent(".workbench-out .status")).toMatch(
      new RegExp(`^Published ${ID}: \\d+ nodes and \\d+ relationships added`),
    );
    expect(await sourceIds()).toContain(ID);

    // Its claims equal the API's: definitions, steps, responsibilities (the re-anchored quote at its offsets), the added step.
    const { source } = await server.query<{
      source: {
        definitions: { role: { slug: string }; rank: number | null; title: string; summary: string }[];
        ladder: {
          promotesTo: {
            claims: { kind: string; evidence: { quote: string; start: number } }[];
            from: { slug: string };
            to: { slug: string };
          }[];
        }[];
        skills: { skill: { slug: string }; role: { slug: string } | null; evidence: { quote: string } }[];
        management: { role: { slug: string }; scope: string; evidence: { quote: string } }[];
      };
    }>(
      `query ($id: ID!) { source(id: $id) {
        definitions { role { slug } rank title summary }
        ladder { promotesTo { from { slug } to { slug } claims { kind evidence { quote start } } } }
        skills { skill { slug } role { slug } evidence { quote } }
        management { role { slug } scope evidence { quote } }
      } }`,
      { id: ID },
    );
    const sortRows = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
    expect(sortRows(source.definitions.map((d) => [d.role.slug, d.rank, d.title, d.summary]))).toEqual(
      sortRows(file.data.roles.map((r) => [r.role, r.rank ?? null, quoteText(r.title), quoteText(r.summary)])),
    );
    const steps = source.ladder.flatMap((r) =>
      r.promotesTo.flatMap((p) => p.claims.map((c) => [p.from.slug, p.to.slug, c.kind, c.evidence.quote])),
    );
    expect(sortRows(steps)).toEqual(sortRows(file.data.promotions.map((p) => [p.from, p.to, p.kind, quoteText(p.quote)])));
    expect(steps.filter((s) => s[3] === SKIP)).toEqual([["product-manager", "product-leader", "EXPLICIT", SKIP]]);
    expect(sortRows(source.skills.map((k) => [k.skill.slug, k.role?.slug ?? null, k.evidence.quote]))).toEqual(
      sortRows(file.data.skills.map((k) => [k.skill, k.role ?? null, quoteText(k.quote)])),
    );
    expect(sortRows(source.management.map((m) => [m.role.slug, m.scope, m.evidence.quote]))).toEqual(
      sortRows(file.data.management.map((m) => [m.role, m.scope, quoteText(m.quote)])),
    );
    const roles = [...new Set(file.data.responsibilities.map((r) => r.role))];
    const listed: (string | number)[][] = [];
    for (const role of roles) {
      const { role: r } = await server.query<{ role: { responsibilities: { evidence: { quote: string; start: number; end: number } }[] } }>(
        "query ($role: ID!, $id: ID!) { role(id: $role) { responsibilities(source: $id) { evidence { quote start end } } } }",
        { role, id: ID },
      );
      listed.push(...r.responsibilities.map((x) => [role, x.evidence.quote, x.evidence.start, x.evidence.end]));
    }
    expect(sortRows(listed.map((x) => x.slice(0, 2)))).toEqual(
      sortRows(file.data.responsibilities.map((r) => [r.role, quoteText(r.quote)])),
    );
    expect(listed.filter((x) => x[1] === budget.text)).toEqual([["product-leader", budget.text, budget.start, budget.end]]);

    // The conflicts the preview showed are the API's now, each with the new source in a position.
    for (const c of preview.conflicts) {
      const { conflicts } = await server.query<{ conflicts: { aspect: string; positions: { sources: { id: string }[] }[] }[] }>(
        "query ($role: ID!) { conflicts(role: $role) { aspect positions { sources { id } } } }",
        { role: c.role },
      );
      // A role may have two conflicts of one aspect (steps up from it, steps up to it): one of them is this.
      const same = conflicts.filter((x) => x.aspect === c.aspect).map((x) => x.positions.map((p) => p.sources.map((s) => s.id)));
      expect(same).toContainEqual(c.positions.map((p) => p.sources));
    }

    // The ladders have the new source's column.
    await page.click("text=See it on the ladders");
    await page.waitForSelector(`.ladder-grid .column-head[data-source="${ID}"]`, { timeout: 30_000 });
    // The role panel of the first conflict's role shows it, with the new source's quote.
    const first = preview.conflicts[0] as (typeof preview.conflicts)[number];
    await page.goto(`${server.origin}/#/role/${first.role}`);
    await page.waitForSelector(`.conflict[data-aspect="${first.aspect}"] blockquote.evidence[data-source="${ID}"]`, { timeout: 30_000 });
    const panel = await page.$$eval(".conflict", (els) => els.map((el) => el.getAttribute("data-aspect")));
    const apiAspects = (
      await server.query<{ role: { conflicts: { aspect: string }[] } }>("query ($r: ID!) { role(id: $r) { conflicts { aspect } } }", {
        r: first.role,
      })
    ).role.conflicts.map((c) => c.aspect);
    expect(panel).toEqual(apiAspects);
    for (const c of preview.conflicts.filter((x) => x.role === first.role)) {
      expect(await page.$$(`.conflict[data-aspect="${c.aspect}"] blockquote.evidence[data-source="${ID}"]`)).not.toHaveLength(0);
    }
    await shot(page, "workbench-journey-role", `.conflict[data-aspect="${first.aspect}"]`);

    expect(consoleErrors).toEqual([]);
    expect(offHost).toEqual([]);
    expect(failed).toEqual([]);
  }, 240_000);

  it("at phone width without the token: drafts, corrects, adds and downloads; Publish stays off; no sideways scroll", async () => {
    await removeFixture();
    const { page, consoleErrors, failed } = await open({ width: 360, height: 780 });
    await page.fill("#wb-id", ID);
    await page.fill("#wb-text", TEXT);
    await page.click("form.workbench-form button[type=submit]");
    await page.waitForSelector(".draft-claim", { timeout: 30_000 });
    await page.waitForSelector(".workbench-check[data-state=done]", { timeout: 90_000 });
    await andChecked(page, () => page.click("text=Accept all above"));
    await andChecked(page, () => page.selectOption(`#wb-map-definitions\\:${leadAt()}`, "product-leader"));
    await andChecked(page, () =>
      item(page, `definitions:${leadAt()}`)
        .getByRole("button", { name: /^Accept/ })
        .click(),
    );
    const skip = span(SKIP);
    await selectSpan(page, skip.start, skip.end);
    await page.selectOption("#wb-add-kind", "responsibilities");
    await page.selectOption("#wb-add-field-role", "product-leader");
    await andChecked(page, () => page.click(".claim-form button[type=submit]"));
    await page.waitForSelector(".workbench-valid");
    expect(await page.$eval(".publish-button", (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    expect(await page.textContent("#wb-publish-why")).toContain("needs the admin token");
    const file = await downloaded(page);
    expect(file.data.responsibilities.filter((r) => quoteText(r.quote) === SKIP)).toEqual([{ role: "product-leader", quote: SKIP }]);
    expect(file.data.roles.find((r) => quoteText(r.title) === LEAD_TITLE)?.role).toBe("product-leader");
    // Nothing reaches past the screen's right edge (the elements that do are named, to fix).
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll("body *")]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className || el.id}`)
        .slice(0, 8),
    );
    expect(wide).toEqual([]);
    const [scrollWidth, clientWidth] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(scrollWidth).toBe(clientWidth);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, "workbench-journey-phone-form", ".selection-panel");
    await shot(page, "workbench-journey-phone-check", ".workbench-check");
    expect(consoleErrors).toEqual([]);
    expect(failed).toEqual([]);
    expect(await sourceIds()).not.toContain(ID);
  }, 180_000);
});
