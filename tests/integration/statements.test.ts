// Bands, management scope, relative ranks, roles outside the ladder, skills as told and readiness
// signs, through the API on the seed graph. Every expected value is read off the five articles
// (seed/sources/*.txt); the quotes are the articles' own words.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, inject, it } from "vitest";
import { graphCounts } from "../../src/db/repositories/graph.ts";
import { readCorpus } from "../../src/seed/corpus.ts";
import { graphql, present } from "../support/graphql.ts";
import { startTestServer } from "../support/server.ts";
import { S } from "../support/sources.ts";

const server = startTestServer();
const db = inject("neo4j");
afterAll(() => server.close());

type Slug = { slug: string };

describe("level bands", () => {
  it("gives, per article, which roles it bands where, as written and normalised, in reading order", async () => {
    const data = await server.execute(graphql(`{ sources { id bands { role { slug } band level condition } } }`));
    const bands = Object.fromEntries(data.sources.map((s) => [s.id, s.bands.map((b) => [b.role.slug, b.band, b.level, b.condition])]));
    expect(bands).toEqual({
      [S.a000]: [
        // "Whilst not strictly part of the Product Management hierarchy, the Product Owner is still worth mentioning."
        ["product-owner", "not strictly part of the Product Management hierarchy", "OFF_LADDER", null],
        // "Sometimes labeled Chief Product Officer, this is an executive position ..." / "Roles: Executive"
        ["vp-of-product", "executive position", "EXECUTIVE", null],
        ["vp-of-product", "Executive", "EXECUTIVE", null],
      ],
      [S.a001]: [
        // "The entry-level position is an associate product manager, otherwise known as a Junior Product Manager."
        ["associate-product-manager", "entry-level", "ENTRY", null],
        ["junior-product-manager", "entry-level", "ENTRY", null],
        // "Start with entry-level positions, such as associate product manager or product coordinator"
        ["associate-product-manager", "entry-level", "ENTRY", null],
        ["product-coordinator", "entry-level", "ENTRY", null],
        // "here are some responsibilities of a mid-level product manager"
        ["product-manager", "mid-level", "MID", null],
        // "Once you've reached the Senior level"
        ["senior-product-manager", "Senior level", "SENIOR", null],
        // "higher-level executive functions such as VPs of Product and CPOs"
        ["chief-product-officer", "higher-level executive functions", "EXECUTIVE", null],
        ["vp-of-product", "higher-level executive functions", "EXECUTIVE", null],
        // "Businesses that do have product VPs and/or CPOs in their executive team ..."
        ["chief-product-officer", "executive team", "EXECUTIVE", null],
        ["vp-of-product", "executive team", "EXECUTIVE", null],
        // the heading "Other Product Roles"
        ["platform-product-manager", "Other Product Roles", "OFF_LADDER", null],
        ["product-owner", "Other Product Roles", "OFF_LADDER", null],
        ["technical-product-manager", "Other Product Roles", "OFF_LADDER", null],
      ],
      [S.a002]: [
        // "They frequently collaborate with senior managers such as the director of product management"
        ["director-of-product", "senior managers", "SENIOR", null],
        // "A chief product officer (CPO) is a C-level executive"
        ["chief-product-officer", "C-level executive", "EXECUTIVE", null],
      ],
      [S.a003]: [
        ["product-manager", "Mid-Level", "MID", null],
        // "the primary difference between a mid-level and senior is the complexity"
        ["senior-product-manager", "senior", "SENIOR", null],
        // "they're often considered product leadership" (a Principal/Group Product Manager)
        ["group-product-manager", "product leadership", "LEADERSHIP", "often"],
        ["principal-product-manager", "product leadership", "LEADERSHIP", "often"],
      ],
      [S.a004]: [
        // "At most of the companies, Product managers are not necessarily meant for entry-level positions however in few companies they even did."
        ["product-manager", "entry-level", "ENTRY", "in few companies"],
        ["associate-product-manager", "Entry-level", "ENTRY", null],
        ["product-manager-intern", "Entry-level", "ENTRY", null],
        ["product-manager", "Mid-level", "MID", null],
        ["senior-product-manager", "Mid-level", "MID", null],
        ["chief-product-officer", "High-level", "EXECUTIVE", null],
        ["director-of-product", "High-level", "EXECUTIVE", null],
        ["vp-of-product", "High-level", "EXECUTIVE", null],
      ],
    });
  });

  it("puts each rung's bands on the article's ladder", async () => {
    const data = await server.execute(
      graphql(`query ($source: ID!) { ladder(source: $source) { rank bands { role { slug } level condition } } }`),
      {
        source: S.a004,
      },
    );
    expect(
      data.ladder.map((r) => [r.rank, r.bands.map((b) => `${b.role.slug} ${b.level}${b.condition ? ` (${b.condition})` : ""}`)]),
    ).toEqual([
      [1, ["product-manager-intern ENTRY"]],
      [2, ["associate-product-manager ENTRY"]],
      [3, ["product-manager ENTRY (in few companies)", "product-manager MID"]],
      [4, ["senior-product-manager MID"]],
      [5, ["director-of-product EXECUTIVE"]],
      [6, ["vp-of-product EXECUTIVE"]],
      [7, ["chief-product-officer EXECUTIVE"]],
    ]);
  });

  it("finds the roles the articles band differently, and the article that bands the Product Manager two ways", async () => {
    const data = await server.execute(
      graphql(`{ conflicts(aspects: [BAND]) { role { slug } withinSource { id } positions { value band sources { id } } } }`),
    );
    expect(
      data.conflicts.map((c) => [
        c.role.slug,
        c.positions.map((p) => [p.value, p.band, p.sources.map((s) => s.id)]),
        c.withinSource.map((s) => s.id),
      ]),
    ).toEqual([
      // every role by slug; 002: "senior managers such as the director of product management"; 004: "High-level product manager positions"
      [
        "director-of-product",
        [
          ["executive", "EXECUTIVE", [S.a004]],
          ["senior", "SENIOR", [S.a002]],
        ],
        [],
      ],
      [
        "product-manager",
        [
          ["entry level", "ENTRY", [S.a004]],
          ["mid-level", "MID", [S.a001, S.a003, S.a004]],
        ],
        [S.a004],
      ],
      [
        "senior-product-manager",
        [
          ["mid-level", "MID", [S.a004]],
          ["senior", "SENIOR", [S.a001, S.a003]],
        ],
        [],
      ],
    ]);
  });
});

describe("management scope", () => {
  it("says whom each article has a role manage, mentor or lead, and how many where it says", async () => {
    const data = await server.execute(
      graphql(
        `{ role(id: "senior-product-manager") { management { source { id } scope over overRoles { slug } count { text min } condition } } }`,
      ),
    );
    expect(data.role?.management.map((m) => [m.source.id, m.scope, m.over, m.overRoles.map((r) => r.slug), m.count, m.condition])).toEqual([
      [S.a000, "MENTORS", "junior PMs", [], null, null], // "they are given people development duties such as mentoring junior PMs"
      [S.a000, "MENTORS", null, [], null, null], // "Roles: Mentor, Business/Product Representative"
      [S.a000, "MENTORS", "junior PMs", [], null, null], // "Serves as a mentor to junior PMs"
      [S.a001, "MANAGES_PEOPLE", "more junior PMs", [], null, null], // "carry some level of authority over more junior PMs"
      [S.a001, "MANAGES_PEOPLE", "product managers", ["product-manager"], null, null], // "Managing product managers"
      [S.a001, "MANAGES_PEOPLE", null, [], null, null], // "... while a senior product manager takes on more management duties."
      [S.a002, "LEADS", "product managers", ["product-manager"], null, null], // "Leading product managers while coordinating ..."
      [S.a003, "LEADS", "a mid-level product manager", ["product-manager"], null, null], // "... working under the guidance of a senior or group product manager."
      [S.a004, "MANAGES_PEOPLE", "a bunch of product managers", ["product-manager"], { text: "a bunch", min: null }, null],
      [S.a004, "MENTORS", "a bunch of product managers", ["product-manager"], null, null], // "... whom you will instruct and mentor."
      [S.a004, "LEADS", "the design and development team", [], null, null],
    ]);
  });

  it("gives the Product Lead's reports in article 002, with the count and the condition as written", async () => {
    const data = await server.execute(
      graphql(
        `query ($id: ID!) { source(id: $id) { management { role { slug } scope overRoles { slug } count { text min max } condition evidence { quote } } } }`,
      ),
      { id: S.a002 },
    );
    const lead = present(data.source).management.filter((m) => m.role.slug === "product-leader");
    expect(lead).toEqual([
      {
        role: { slug: "product-leader" },
        scope: "MANAGES_PEOPLE",
        overRoles: [{ slug: "junior-product-manager" }],
        count: { text: "multiple", min: 2, max: null },
        condition: "In larger businesses",
        evidence: { quote: "In larger businesses, product leaders have multiple junior product managers reporting to them" },
      },
    ]);
    expect(data.source?.management.map((m) => `${m.role.slug} ${m.scope}`)).toEqual([
      "senior-product-manager LEADS",
      "product-leader MANAGES_PEOPLE",
      "director-of-product MANAGES_PEOPLE",
      "vp-of-product LEADS",
      "vp-of-product LEADS",
      "chief-product-officer LEADS",
    ]);
  });

  it("finds where the articles disagree whether a role manages people, following each article's own SAME_AS", async () => {
    const data = await server.execute(
      graphql(
        `{ conflicts(aspects: [MANAGEMENT]) { role { slug } withinSource { id } positions { value peopleManagement sources { id } } } }`,
      ),
    );
    expect(
      data.conflicts.map((c) => [
        c.role.slug,
        c.positions.map((p) => [p.value, p.peopleManagement, p.sources.map((s) => s.id)]),
        c.withinSource.map((s) => s.id),
      ]),
    ).toEqual([
      // 001 (director = product leader): "focus much less on team oversight" and "the ability to motivate and manage teams";
      // 000 (director = group PM): "a people management track"; 002: "supervising functions of other people".
      [
        "director-of-product",
        [
          ["little or no people management", "NO_PEOPLE_MANAGEMENT", [S.a001]],
          ["manages people", "MANAGES_PEOPLE", [S.a000, S.a001, S.a002]],
        ],
        [S.a001],
      ],
      // 000: "more focused on the technical aspect of the product than managing people"; 002: "multiple junior product managers reporting to them".
      [
        "product-leader",
        [
          ["little or no people management", "NO_PEOPLE_MANAGEMENT", [S.a000, S.a001]],
          ["manages people", "MANAGES_PEOPLE", [S.a001, S.a002]],
        ],
        [S.a001],
      ],
    ]);
  });
});

describe("relative ranks", () => {
  it("records each article's relative-rank statement with its condition as written", async () => {
    const data = await server.execute(graphql(`{ sources { id relativeRanks { role { slug } relation other { slug } condition } } }`));
    const ranks = Object.fromEntries(
      data.sources.map((s) => [s.id, s.relativeRanks.map((r) => [r.role.slug, r.relation, r.other.slug, r.condition])]),
    );
    expect(ranks).toEqual({
      [S.a000]: [
        // "Once you reach the next level, you will have two positions to choose from: the product leader position ...; and the director/group product manager position"
        ["product-leader", "EQUAL", "director-of-product", null],
        ["product-leader", "EQUAL", "group-product-manager", null],
        // "In some organizations, this position is equal in rank to the Senior Product Manager and in others to the VP of Product."
        ["product-leader", "EQUAL", "senior-product-manager", "In some organizations"],
        ["product-leader", "EQUAL", "vp-of-product", "in others"],
      ],
      [S.a001]: [
        // "Depending on the organization, the product leader or director of product may act as the head of product in the company"
        ["director-of-product", "EQUAL", "head-of-product", "Depending on the organization"],
        ["product-leader", "EQUAL", "head-of-product", "Depending on the organization"],
        // "Businesses that do have product VPs and/or CPOs in their executive team might still employ directors of product beneath these roles, or they may not"
        [
          "director-of-product",
          "BELOW",
          "chief-product-officer",
          "Businesses that do have product VPs and/or CPOs in their executive team",
        ],
        ["director-of-product", "BELOW", "vp-of-product", "Businesses that do have product VPs and/or CPOs in their executive team"],
      ],
      [S.a002]: [],
      // "A Principal/Group Product Manager is the highest level a product manager can go"
      [S.a003]: [["principal-product-manager", "EQUAL", "group-product-manager", null]],
      [S.a004]: [],
    });
  });

  it("reads a statement from either role's side, on the role and on its definition", async () => {
    const data = await server.execute(
      graphql(
        `{ role(id: "vp-of-product") { relativeRanks { source { id } relation other { slug } } definitions { source { id } relativeRanks { relation other { slug } } } } }`,
      ),
    );
    expect(data.role?.relativeRanks.map((r) => [r.source.id, r.relation, r.other.slug])).toEqual([
      [S.a000, "EQUAL", "product-leader"],
      [S.a001, "ABOVE", "director-of-product"],
    ]);
    expect(data.role?.definitions.map((d) => [d.source.id, d.relativeRanks.length])).toEqual([
      [S.a000, 1],
      [S.a001, 1],
      [S.a002, 0],
      [S.a004, 0],
    ]);
  });

  it("sets what an article says against how the ladders rank the pair, conditions in the summary", async () => {
    const data = await server.execute(
      graphql(
        `{ conflicts(role: "product-leader", aspects: [RELATIVE_RANK]) { summary withinSource { id } positions { value rankRelation otherRole { slug } sources { id } } } }`,
      ),
    );
    expect(
      data.conflicts.map((c) => [
        c.positions.map((p) => [p.value, p.rankRelation, p.otherRole?.slug, p.sources.map((s) => s.id)]),
        c.withinSource.map((s) => s.id),
      ]),
    ).toEqual([
      // 000's "in others to the VP of Product" is about its VP "Sometimes labeled Chief Product Officer": the same
      // pair the CPO's own audit shows (a pair's conflict reads the same from either role).
      [
        [
          ["below Chief Product Officer", "BELOW", "chief-product-officer", [S.a000, S.a001, S.a002]],
          ["equal in rank to Chief Product Officer", "EQUAL", "chief-product-officer", [S.a000]],
        ],
        [S.a000],
      ],
      // 000 holds the leader and the director/group PM at "the next level"; 002 ranks the Product Director a rung above the Product Lead.
      [
        [
          ["below Director of Product", "BELOW", "director-of-product", [S.a002]],
          ["equal in rank to Director of Product", "EQUAL", "director-of-product", [S.a000]],
        ],
        [],
      ],
      // 001: equal to the head of product "Depending on the organization"; 002's CPO, "also known as the head of product", is rung 8.
      [
        [
          ["below Head of Product", "BELOW", "head-of-product", [S.a002]],
          ["equal in rank to Head of Product", "EQUAL", "head-of-product", [S.a001]],
        ],
        [],
      ],
      [
        [
          ["above Senior Product Manager", "ABOVE", "senior-product-manager", [S.a000, S.a001, S.a002]],
          ["equal in rank to Senior Product Manager", "EQUAL", "senior-product-manager", [S.a000]],
        ],
        [S.a000],
      ],
      [
        [
          ["below VP of Product", "BELOW", "vp-of-product", [S.a000, S.a001, S.a002]],
          ["equal in rank to VP of Product", "EQUAL", "vp-of-product", [S.a000]],
        ],
        [S.a000],
      ],
    ]);
    expect(data.conflicts[3]?.summary).toBe(
      "Sources disagree on how Product Leader ranks against Senior Product Manager: above Senior Product Manager " +
        `(${S.a000}, ${S.a001}, ${S.a002}); equal in rank to Senior Product Manager (${S.a000}). ` +
        `Conditions as written: ${S.a000}: "In some organizations". ${S.a000} holds more than one position.`,
    );
  });

  it("sets 003's one level for the Principal and Group PM against 000's ladder", async () => {
    const data = await server.execute(
      graphql(`{ conflicts(role: "principal-product-manager", aspects: [RELATIVE_RANK]) { positions { value sources { id } } } }`),
    );
    expect(data.conflicts.map((c) => c.positions.map((p) => [p.value, p.sources.map((s) => s.id)]))).toEqual([
      [
        ["above Group Product Manager", [S.a000]],
        ["equal in rank to Group Product Manager", [S.a003]],
      ],
    ]);
  });
});

describe("roles outside the ladder", () => {
  it("resolves the chief executive's and the chief technology officer's titles to catalogue roles", async () => {
    const data = await server.execute(
      graphql(
        `{ ceo: resolveTitle(title: "CEO") { role { slug } relation matchedBy } cto: resolveTitle(title: "Chief Technology Officer") { role { slug } } }`,
      ),
    );
    expect(data.ceo).toEqual([{ role: { slug: "chief-executive-officer" }, relation: "TITLE", matchedBy: "TITLE" }]);
    expect(data.cto).toEqual([{ role: { slug: "chief-technology-officer" } }]);
  });

  it("ties them to ladder roles with the articles' quotes", async () => {
    const data = await server.execute(
      graphql(`{
      ceo: role(id: "chief-executive-officer") { outsideLadder outsideRoles { source { id } role { slug } relation title condition evidence { quote } } }
      cto: role(id: "chief-technology-officer") { outsideRoles { source { id } role { slug } relation title condition } }
      cpo: role(id: "chief-product-officer") { outsideLadder }
    }`),
    );
    expect(data.ceo?.outsideLadder).toBe(true);
    expect(data.cpo?.outsideLadder).toBe(false);
    expect(data.ceo?.outsideRoles).toEqual([
      {
        source: { id: S.a002 },
        role: { slug: "chief-product-officer" },
        relation: "HELD_BY",
        title: "chief executive officer",
        condition: "Typically",
        evidence: { quote: "Typically, the company's chief executive officer is the chief product officer (CEO)." },
      },
      {
        source: { id: S.a004 },
        role: { slug: "director-of-product" },
        relation: "WORKS_WITH",
        title: "CEO",
        condition: null,
        evidence: { quote: "You are in touch with the VP and CPO along with the CEO to make major decisions." },
      },
    ]);
    expect(data.cto?.outsideRoles.map((o) => [o.source.id, o.role.slug, o.relation, o.title, o.condition])).toEqual([
      [S.a002, "vp-of-product", "WORKS_WITH", "Chief Technology Officer", null],
      [S.a002, "vp-of-product", "ADVISES", "CTO", "at times"],
    ]);
  });
});

describe("skills as each article tells them", () => {
  interface Told {
    skill: Slug;
    role: Slug | null;
    scope: string;
    step: { from: Slug; to: Slug } | null;
    classification: { text: string; kind: string } | null;
    emphasis: { text: string; level: string } | null;
  }
  const Fields = graphql(`
    fragment Fields on SkillStatement {
      skill { slug } role { slug } scope step { from { slug } to { slug } } classification { text kind } emphasis { text level }
    }
  `);
  const row = (k: Told) =>
    [
      k.skill.slug,
      k.role?.slug ?? null,
      k.scope,
      k.step ? `${k.step.from.slug} -> ${k.step.to.slug}` : null,
      k.classification ? `${k.classification.kind} "${k.classification.text}"` : null,
      k.emphasis ? `${k.emphasis.level} "${k.emphasis.text}"` : null,
    ] as const;

  it("001: its classification, its top skill, what it stresses, and what each skill is tied to", async () => {
    const data = await server.execute(graphql(`query ($id: ID!) { source(id: $id) { skills { ...Fields } } }`, [Fields]), {
      id: S.a001,
    });
    const told = present(data.source).skills.map(row);
    expect(told.filter(([, , , , , emphasis]) => emphasis !== null)).toEqual([
      ["agile-methodologies", "associate-product-manager", "ROLE", null, null, 'KEY "essential"'],
      ["design-thinking", "associate-product-manager", "ROLE", null, null, 'KEY "essential"'],
      ["product-development", "associate-product-manager", "ROLE", null, null, 'KEY "essential"'],
      ["networking", null, "PROFESSION", null, null, 'KEY "critical"'],
      ["empathy", "product-manager", "ROLE", null, 'SOFT "soft skills"', 'TOP "the top skill"'],
      ["communication", "product-manager", "ROLE", null, 'SOFT "soft skills"', 'KEY "is key"'],
    ]);
    expect(
      told
        .filter(([, , , , classification]) => classification !== null)
        .map(([skill, role, , , classification]) => [skill, role, classification]),
    ).toEqual([
      ["data-analysis", null, 'OTHER "transferable skills"'],
      ["project-management", null, 'OTHER "transferable skills"'],
      ["ux-design", null, 'OTHER "transferable skills"'],
      ["empathy", "product-manager", 'SOFT "soft skills"'],
      ["critical-thinking", "product-manager", 'SOFT "soft skills"'],
      ["flexibility", "product-manager", 'SOFT "soft skills"'],
      ["communication", "product-manager", 'SOFT "soft skills"'],
      ["programming", "product-manager", 'HARD "hard skills"'],
      ["user-stories", "product-manager", 'HARD "hard skills"'],
      ["ux-design", "product-manager", 'HARD "hard skills"'],
      ["customer-journey-mapping", "product-manager", 'HARD "hard skills"'],
      ["design-thinking", "product-manager", 'HARD "hard skills"'],
    ]);
    const steps = told.filter(([, , scope]) => scope === "STEP").map(([skill, , , step]) => `${step}: ${skill}`);
    expect(steps).toEqual([
      "associate-product-manager -> product-manager: project-management",
      "product-manager -> senior-product-manager: leadership",
      "product-manager -> senior-product-manager: collaboration",
      "product-manager -> senior-product-manager: competitive-analysis",
      "product-manager -> senior-product-manager: market-research",
      "product-manager -> senior-product-manager: user-research",
      "product-manager -> senior-product-manager: communication",
      "product-manager -> senior-product-manager: presentation",
      "product-manager -> senior-product-manager: strategic-thinking",
      "senior-product-manager -> director-of-product: leadership",
      "senior-product-manager -> director-of-product: strategic-thinking",
      "senior-product-manager -> director-of-product: collaboration",
      "senior-product-manager -> director-of-product: business-acumen",
      "senior-product-manager -> director-of-product: communication",
    ]);
  });

  it("000 and 002: a mix of hard and soft skills, skills necessary to succeed as a GPM, and in-depth knowledge", async () => {
    const data = await server.execute(
      graphql(`query ($a: ID!, $b: ID!) { a: source(id: $a) { skills { ...Fields } } b: source(id: $b) { skills { ...Fields } } }`, [
        Fields,
      ]),
      { a: S.a000, b: S.a002 },
    );
    expect(
      present(data.a)
        .skills.map(row)
        .filter(([, , , step, c, e]) => step !== null || c !== null || e !== null),
    ).toEqual([
      ["communication", null, "PROFESSION", null, 'MIXED "hard and soft skills"', null],
      ["hard-skills", "product-manager", "STEP", "associate-product-manager -> product-manager", null, null],
      ["people-skills", "product-manager", "STEP", "associate-product-manager -> product-manager", null, null],
      ["collaboration", "group-product-manager", "ROLE", null, null, 'KEY "necessary to succeed in this position"'],
      ["communication", "group-product-manager", "ROLE", null, null, 'KEY "necessary to succeed in this position"'],
      ["leadership", "group-product-manager", "ROLE", null, null, 'KEY "necessary to succeed in this position"'],
      ["roadmapping", null, "PROFESSION", null, 'MIXED "hard and soft skills"', null],
      ["time-management", null, "PROFESSION", null, 'MIXED "hard and soft skills"', null],
      ["user-research", null, "PROFESSION", null, 'MIXED "hard and soft skills"', null],
    ]);
    expect(
      present(data.b)
        .skills.map(row)
        .filter(([, , , , c]) => c !== null)
        .map(([skill, role, , , c]) => [skill, role, c]),
    ).toEqual([
      // "They also, require in-depth knowledge of project management, product marketing, technology, and finances."
      ["project-management", "senior-product-manager", 'OTHER "in-depth knowledge"'],
      ["product-marketing", "senior-product-manager", 'OTHER "in-depth knowledge"'],
      ["technology", "senior-product-manager", 'OTHER "in-depth knowledge"'],
      ["finance", "senior-product-manager", 'OTHER "in-depth knowledge"'],
    ]);
  });
});

describe("readiness signs", () => {
  it("are on the promotion step, per article, with their quotes", async () => {
    const data = await server.execute(
      graphql(`{ nextRoles(from: "associate-product-manager") { to { slug } readinessSigns { source { id } sign } } }`),
    );
    const toPm = data.nextRoles.find((e) => e.to.slug === "product-manager");
    expect(toPm?.readinessSigns.map((r) => [r.source.id, r.sign])).toEqual([
      [S.a000, "hard skills"],
      [S.a000, "people skills"],
      [S.a000, "the length of time spent in the organization"],
      [S.a001, "To get to this level, it may take 1-3 years"],
      [
        S.a001,
        "You're independent: You have the ability to lead projects independently, including setting and achieving goals, managing timelines and budgets, and making critical decisions.",
      ],
      [
        S.a001,
        "You know how to get results: You meet or exceed key performance indicators, such as revenue, customer satisfaction, and retention metrics.",
      ],
      [S.a001, "You speak up: You proactively identify and solve problems, take ownership of issues, and propose creative solutions."],
      [
        S.a001,
        "You have market awareness: You can demonstrate a deep understanding of the product and industry landscape, with a focus on user needs and competitive differentiation.",
      ],
      [
        S.a001,
        "You're a strong project manager: You can successfully prioritize and manage multiple projects simultaneously, while maintaining a high level of attention to detail and quality.",
      ],
      [S.a001, "You have a growth mindset: You continuously seek out learning opportunities and take on new challenges."],
      [S.a003, "often move straight to mid-level at the same company after 12-18 months of training"],
      [S.a004, "To reach this position one needs to be grilled enough in their initial roles."],
    ]);
    // The intern's step in 004 has no sign.
    expect(data.nextRoles.map((e) => [e.to.slug, e.readinessSigns.length])).toContainEqual(["product-manager", 12]);
  });

  it("are listed per article, step by step", async () => {
    const data = await server.execute(graphql(`{ sources { id readinessSigns { from { slug } to { slug } } } }`));
    const perStep = (signs: { from: Slug; to: Slug }[]) => {
      const counts: Record<string, number> = {};
      for (const s of signs) counts[`${s.from.slug} -> ${s.to.slug}`] = (counts[`${s.from.slug} -> ${s.to.slug}`] ?? 0) + 1;
      return counts;
    };
    expect(Object.fromEntries(data.sources.map((s) => [s.id, perStep(s.readinessSigns)]))).toEqual({
      [S.a000]: {
        "associate-product-manager -> product-manager": 3,
        "senior-product-manager -> group-product-manager": 1, // "you must have 5-10+ years of experience"
        "product-leader -> principal-product-manager": 2,
      },
      // Each sign once: 001's associate and junior PM are one role, and so are its director and product leader.
      [S.a001]: {
        "associate-product-manager -> product-manager": 7,
        "product-manager -> senior-product-manager": 8,
        "senior-product-manager -> director-of-product": 6,
      },
      [S.a002]: {},
      [S.a003]: { "associate-product-manager -> product-manager": 1 },
      [S.a004]: { "associate-product-manager -> product-manager": 1 },
    });
  });
});

describe("positions a program can read", () => {
  it("types each position: relation and other role for identity, range for years, amount for salary, next roles for promotion", async () => {
    const data = await server.execute(
      graphql(`{
      identity: conflicts(role: "director-of-product", aspects: [IDENTITY]) { positions { value identityRelation otherRole { slug } sources { id } } }
      years: conflicts(role: "principal-product-manager", aspects: [YEARS_OF_EXPERIENCE]) { positions { years { min max } } }
      promotion: conflicts(role: "vp-of-product", aspects: [PROMOTION]) { positions { nextRoles { slug } topOfLadder } }
      salary: conflicts(role: "product-manager", aspects: [SALARY]) { positions { salaryUsd } }
    }`),
    );
    // 001 says the director is "otherwise known as a product leader"; 000, whose director is its group product manager,
    // describes the GPM (people management) and the Product Leader (individual contributor) in separate sections at one rung;
    // 002 ranks the Product Director a rung above the Product Lead.
    expect(data.identity.map((c) => c.positions.map((p) => [p.identityRelation, p.otherRole?.slug, p.sources.map((s) => s.id)]))).toEqual([
      [
        ["SAME_AS", "product-leader", [S.a001]],
        ["SEPARATE_ROLE", "product-leader", [S.a000]],
        ["SEPARATE_RUNG", "product-leader", [S.a002]],
      ],
    ]);
    expect(data.years.map((c) => c.positions.map((p) => p.years))).toEqual([
      [
        { min: 8, max: null },
        { min: 8, max: 10 },
      ],
    ]);
    expect(data.promotion.map((c) => c.positions.map((p) => [p.nextRoles?.map((r) => r.slug), p.topOfLadder]))).toEqual([
      [
        [["chief-product-officer"], false],
        [[], true],
      ],
    ]);
    expect(data.salary.map((c) => c.positions.map((p) => p.salaryUsd))).toEqual([[111868, 117444]]);
  });
});

describe("the validator knows every new kind", () => {
  const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
  const dir = mkdtempSync(join(tmpdir(), "laddergraph-statements-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function editOnce(path: string, from: string, to: string): void {
    const content = readFileSync(path, "utf8");
    if (content.split(from).length !== 2) throw new Error(`expected exactly one '${from}' in ${path}`);
    writeFileSync(path, content.replace(from, to));
  }

  it("refuses a quote not in the article, unknown roles, a band name used two ways and a role ranked against itself: all at once, nothing loaded", async () => {
    cpSync(join(ROOT, "seed"), dir, { recursive: true });
    const file = (id: string) => join(dir, "claims", `${id}.yaml`);
    const moved = "Whilst not strictly part of the Product Management hierarchy, the Product Owner is still worth mentionning.";
    editOnce(
      file(S.a000),
      'quote: "Whilst not strictly part of the Product Management hierarchy, the Product Owner is still worth mentioning."',
      `quote: "${moved}"`,
    );
    editOnce(
      file(S.a000),
      "    scope: MANAGES_PEOPLE\n    over: Product Managers\n    overRoles: [product-manager]",
      "    scope: MANAGES_PEOPLE\n    over: Product Managers\n    overRoles: [product-managr]",
    );
    editOnce(file(S.a000), "    relation: EQUAL\n    other: director-of-product", "    relation: EQUAL\n    other: director-of-prodct");
    editOnce(
      file(S.a003),
      "    relation: EQUAL\n    other: group-product-manager",
      "    relation: EQUAL\n    other: principal-product-manager",
    );
    editOnce(file(S.a004), "    level: ENTRY\n    condition: in few companies", "    level: MID\n    condition: in few companies");
    const named = (id: string) => relative(process.cwd(), file(id));
    const result = readCorpus(dir);
    expect(result.ok ? [] : result.problems).toEqual([
      { file: named(S.a000), claim: "bands[2] (product-owner OFF_LADDER)", quote: moved, message: "quote not found in the article" },
      {
        file: named(S.a000),
        claim: "management[10] (group-product-manager MANAGES_PEOPLE)",
        message: "unknown role 'product-managr': add it to seed/catalog/roles.yaml or fix the id",
      },
      {
        file: named(S.a000),
        claim: "relativeRanks[3] (product-leader EQUAL director-of-prodct)",
        message: "unknown role 'director-of-prodct': add it to seed/catalog/roles.yaml or fix the id",
      },
      {
        file: named(S.a003),
        claim: "relativeRanks[0] (principal-product-manager EQUAL principal-product-manager)",
        message: "'principal-product-manager' ranks against itself: a relative rank needs two different roles",
      },
      {
        file: named(S.a004),
        claim: "bands[7] (product-manager MID)",
        message:
          "band name 'entry-level' is MID here but ENTRY at bands[0] (product-manager-intern ENTRY): one name, one meaning in a file",
      },
    ]);
    const before = await graphCounts(server.driver);
    const run = spawnSync(process.execPath, ["scripts/with-node.mjs", "node", "src/seed/cli.ts", "load"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 120_000,
      env: { ...process.env, LADDERGRAPH_SEED_DIR: dir, NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password },
    });
    expect(run.status).toBe(1);
    expect(run.stderr.split("\n")[0]).toBe(`seed: 5 problem(s) in ${dir}; nothing was loaded:`);
    expect(await graphCounts(server.driver)).toEqual(before);
  });
});
