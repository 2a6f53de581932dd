import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, launchChromium, type OfflinePage, openOfflinePage, SCREENSHOTS } from "../support/browser.ts";
import { type ListeningServer, startListeningServer } from "../support/listening.ts";

// The explorer's two users, in Debian's Chromium against the real server on the real Neo4j with the seed:
// (a) a product manager types their role and reads what comes next and who says so, on the first screen;
// (b) a researcher follows a departure mark to the sentences and on into the article;
// (c) a product manager plans a move: every step within three moves and what each article says it takes.
// Every view is also checked with axe-core, and for sideways scrolling on a 360 px phone.

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

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

interface NextRole {
  to: { slug: string };
  toRoles: { slug: string }[];
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
        `query ($from: ID!) { nextRoles(from: $from) { to { slug } toRoles { slug } sources { id } claims { kind source { id } evidence { start end } } } }`,
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
          titles: li.getAttribute("data-roles"),
          who: [...li.querySelectorAll(".who > li")].map((w) => `${w.getAttribute("data-source")} ${w.getAttribute("data-kind")}`),
        })),
      );
      // Each step once, with every role it reaches (toRoles: the titles the articles naming it say are one role).
      expect(shown).toEqual(
        nextRoles.map((n) => ({
          to: n.to.slug,
          titles: n.toRoles.map((r) => r.slug).join(" "),
          who: n.claims.map((c) => `${c.source.id} ${c.kind}`),
        })),
      );
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

interface ApiStep {
  to: { slug: string; definitions: { source: { id: string }; yearsOfExperience: { text: string } | null; salaryUsd: number | null }[] };
  support: number;
  claims: {
    kind: string;
    source: { id: string };
    evidence: { start: number; end: number };
    readinessSigns: { sign: string; evidence: { start: number; end: number } }[];
  }[];
}
interface ApiNext {
  role: { slug: string; definitions: { source: { id: string }; salaryUsd: number | null }[] };
  nextRoles: ApiStep[];
}

const PLAN_NEXT = `query ($from: ID!) {
  role(id: $from) { slug definitions { source { id } salaryUsd } }
  nextRoles(from: $from) {
    to { slug definitions { source { id } yearsOfExperience { text } salaryUsd } }
    support
    claims { kind source { id } evidence { start end } readinessSigns { sign evidence { start end } } }
  }
}`;

describe("journey (c): a product manager plans a move", () => {
  it("shows every step within three moves, each article's readiness signs, years and salary change with their quotes, as the API answers", async () => {
    const start = "senior-product-manager";
    const years = 3;
    // The API's answers, walked breadth first: move 1 is nextRoles(from: start); move n asks nextRoles of
    // each role first reached on move n − 1, in the order it was first reached.
    const expected: { move: number; steps: { from: string; to: string; support: string; route: string; sources: unknown[] }[] }[] = [];
    const routes = new Map<string, string[]>([[start, [start]]]);
    let frontier = [start];
    for (let move = 1; move <= 3 && frontier.length; move++) {
      const answers = await Promise.all(frontier.map((from) => server.query<ApiNext>(PLAN_NEXT, { from })));
      const steps = [];
      const next: string[] = [];
      for (const answer of answers) {
        const from = answer.role;
        for (const step of answer.nextRoles) {
          const route = [...(routes.get(from.slug) ?? []), step.to.slug];
          if (!routes.has(step.to.slug)) {
            routes.set(step.to.slug, route);
            next.push(step.to.slug);
          }
          steps.push({
            from: from.slug,
            to: step.to.slug,
            support: String(step.support),
            route: route.join(">"),
            sources: step.claims.map((c) => {
              const fromDef = from.definitions.find((d) => d.source.id === c.source.id);
              const toDef = step.to.definitions.find((d) => d.source.id === c.source.id);
              return {
                source: c.source.id,
                kind: c.kind,
                claim: `${c.evidence.start}-${c.evidence.end}`,
                signs: c.readinessSigns.map((r) => `${r.evidence.start}-${r.evidence.end} ${r.sign}`),
                years: toDef?.yearsOfExperience?.text ?? "",
                salary: `${fromDef?.salaryUsd ?? ""}|${toDef?.salaryUsd ?? ""}`,
              };
            }),
          });
        }
      }
      expected.push({ move, steps });
      frontier = next;
    }
    // Read off the articles: one move up from the Senior PM, the Product Leader (000, 001; 002 by its order), the
    // Director (001, 004), the Group PM (000; 003 by order) and the Principal PM (003 by order); the VP and the CPO two up.
    expect(expected[0]?.steps.map((s) => s.to)).toEqual([
      "product-leader",
      "director-of-product",
      "group-product-manager",
      "principal-product-manager",
    ]);

    const { page, consoleErrors, offHost, failed } = await open(DESKTOP, "#/role/senior-product-manager");
    // From the role view: its "plan a move" link.
    await page.click(".role-view .plan-link a");
    await page.waitForFunction(() => location.hash.startsWith("#/plan/senior-product-manager"));
    await page.fill("input[name=years]", String(years));
    await page.click(".plan-form button[type=submit]");
    await page.waitForFunction(() => location.hash.includes("years=3"));
    await page.waitForSelector(".plan-move .plan-step", { timeout: 30_000 });
    const shown = await page.$$eval(".plan-move", (moves) =>
      moves.map((m) => ({
        move: Number(m.getAttribute("data-move")),
        steps: [...m.querySelectorAll(".plan-step")].map((st) => ({
          from: st.getAttribute("data-from"),
          to: st.getAttribute("data-to"),
          support: st.getAttribute("data-support"),
          route: st.getAttribute("data-route"),
          sources: [...st.querySelectorAll(".plan-sources > li")].map((li) => {
            const claim = li.querySelector(".claim-quote");
            const salary = li.querySelector("dd.salary");
            return {
              source: li.getAttribute("data-source"),
              kind: li.getAttribute("data-kind"),
              claim: `${claim?.getAttribute("data-start")}-${claim?.getAttribute("data-end")}`,
              signs: [...li.querySelectorAll("li.sign")].map(
                (x) => `${x.getAttribute("data-start")}-${x.getAttribute("data-end")} ${x.querySelector("q")?.textContent}`,
              ),
              years: li.querySelector("dd.years")?.getAttribute("data-years"),
              salary: `${salary?.getAttribute("data-from-usd")}|${salary?.getAttribute("data-to-usd")}`,
            };
          }),
        })),
      })),
    );
    expect(shown).toEqual(expected);

    // Every route shown is one of the paths promotionPaths gives from the Senior PM to the step's end.
    for (const move of shown.slice(1))
      for (const step of move.steps) {
        const { promotionPaths } = await server.query<{ promotionPaths: { roles: { slug: string }[] }[] }>(
          `query ($from: ID!, $to: ID!) { promotionPaths(from: $from, to: $to, maxSteps: 3, first: 100) { roles { slug } } }`,
          { from: start, to: step.to },
        );
        if (step.to !== start) expect(promotionPaths.map((p) => p.roles.map((r) => r.slug).join(">"))).toContain(step.route);
      }

    // Every quote is the article's text at its offsets.
    const { sources } = await server.query<{ sources: { id: string; text: string }[] }>("{ sources { id text } }");
    const texts = new Map(sources.map((x) => [x.id, x.text]));
    const quotes = await page.$$eval(".plan-step .cited, .plan-step li.sign", (qs) =>
      qs.map((q) => ({
        source: q.getAttribute("data-source") ?? "",
        start: Number(q.getAttribute("data-start")),
        end: Number(q.getAttribute("data-end")),
        quote: q.querySelector("q")?.textContent ?? "",
      })),
    );
    expect(quotes.length).toBeGreaterThan(20);
    for (const q of quotes) if (!q.quote.includes("…")) expect(texts.get(q.source)?.slice(q.start, q.end)).toBe(q.quote);

    // Read off article 000: a GPM needs "5-10+ years" (three years: two short), and its salaries give the Senior PM →
    // Product Leader step +$3,794.
    const gpm = page.locator('.plan-step[data-move="1"][data-to="group-product-manager"] li[data-source="000_18567d4f4f5ab0b1"]');
    expect(await gpm.locator("dd.years").textContent()).toContain("5-10+ years — with 3 years, 2 years short of its minimum of 5");
    const leader = page.locator('.plan-step[data-move="1"][data-to="product-leader"] li[data-source="000_18567d4f4f5ab0b1"]');
    expect(await leader.locator("dd.salary strong").textContent()).toBe("$121,123 → $124,917 (+$3,794, +3%)");

    // The skills a step adds, when opened: skillGap's answer.
    const { skillGap } = await server.query<{ skillGap: { missing: { skill: { slug: string } }[] } }>(
      '{ skillGap(from: "senior-product-manager", to: "group-product-manager") { missing { skill { slug } } } }',
    );
    const skills = page.locator('.plan-step[data-move="1"][data-to="group-product-manager"] details.plan-skills');
    await skills.locator("summary").click();
    await skills.locator(".skill-list li, .skills p").first().waitFor({ timeout: 30_000 });
    expect(await skills.locator(".skill-list li").evaluateAll((ls) => ls.map((l) => l.getAttribute("data-skill")))).toEqual(
      skillGap.missing.map((m) => m.skill.slug),
    );
    expect(consoleErrors).toEqual([]);
    expect(offHost).toEqual([]);
    expect(failed).toEqual([]);
  });
});

const VIEWS = [
  { name: "ladders", hash: "", ready: ".ladder-grid .mark" },
  { name: "role", hash: "#/role/senior-product-manager?as=sr%20pm", ready: ".role-view section.conflict" },
  { name: "plan", hash: "#/plan/senior-product-manager?years=3", ready: ".plan-move .plan-step" },
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
