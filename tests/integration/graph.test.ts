// Pins the graph to the TEXT of the five articles. Every expected value below was read off
// seed/sources/*.txt by a person (never copied from seed/claims/*.yaml): a wrong claims file fails here.

import type { TadaDocumentNode } from "gql.tada";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDriver } from "../../src/db/driver.ts";
import { graphql, present } from "../support/graphql.ts";
import { startTestServer } from "../support/server.ts";

const server = startTestServer();
const db = inject("neo4j");
const driver = createDriver({ uri: db.uri, user: db.user, password: db.password });
afterAll(async () => {
  await server.close();
  await driver.close();
});

const S000 = "000_18567d4f4f5ab0b1";
const S001 = "001_a8ebed2f27fe2428";
const S002 = "002_d2d1fea17da82400";
const S003 = "003_24894dd3d8424456";
const S004 = "004_502e8f18b33a844e";
const ALL_SOURCES = [S000, S001, S002, S003, S004];

// Role slugs, short names for the tables below.
const INTERN = "product-manager-intern";
const APM = "associate-product-manager";
const JPM = "junior-product-manager";
const PM = "product-manager";
const PO = "product-owner";
const TPM = "technical-product-manager";
const PLATFORM = "platform-product-manager";
const SPM = "senior-product-manager";
const PL = "product-leader";
const DIR = "director-of-product";
const GPM = "group-product-manager";
const PPM = "principal-product-manager";
const VP = "vp-of-product";
const CPO = "chief-product-officer";
const HEAD = "head-of-product";

const IC = "INDIVIDUAL_CONTRIBUTOR";
const MGMT = "MANAGEMENT";

interface Ev {
  quote: string;
  start: number;
  end: number;
}
interface SourceEv extends Ev {
  source: { id: string };
}

/** The articles' texts as the API serves them (every Evidence offset points into these). */
let texts: Map<string, string>;
beforeAll(async () => {
  const data = await server.execute(graphql(`{ sources { id text } }`));
  texts = new Map(data.sources.map((s) => [s.id, s.text]));
});

function textOf(source: string): string {
  const text = texts.get(source);
  if (text === undefined) throw new Error(`no text for source ${source}`);
  return text;
}

interface RoleNode<T> {
  roles: { edges: { node: T }[]; pageInfo: { hasNextPage: boolean } };
}

/**
 * Every role node, all on one page (the catalogue is far smaller than 100): `document` asks
 * `roles(first: 100) { pageInfo { hasNextPage } edges { node { … } } }`.
 */
async function allRoles<T, V>(document: TadaDocumentNode<RoleNode<T>, V>, variables?: NoInfer<V>): Promise<T[]> {
  const data = await server.execute(document, variables);
  expect(data.roles.pageInfo.hasNextPage).toEqual(false);
  return data.roles.edges.map((e) => e.node);
}

const byJson = <T>(rows: T[]): T[] => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

// ---------------------------------------------------------------------------------------------
// The ladders, rung by rung, as the articles order their sections.

/** rank -> role slugs on that rung (sorted), read off the section order of each article. */
const LADDERS: Record<string, { rank: number; roles: string[] }[]> = {
  // APM, PM, (Product Owner "not strictly part of the Product Management hierarchy"), SPM, then
  // "two positions to choose from": Product Leader (IC) and director/group PM (management);
  // "Taking this path leads to the Principal Product Manager position", "Taking this track leads to the VP of Product position".
  [S000]: [
    { rank: 1, roles: [APM] },
    { rank: 2, roles: [PM] },
    { rank: 3, roles: [SPM] },
    { rank: 4, roles: [GPM, PL] },
    { rank: 5, roles: [PPM, VP] },
  ],
  // "Associate or Junior Product Manager", "Product Manager", "Senior Product Manager",
  // "Director of Product/Product Leader", "Chief Product Officer/VP Of Product"; then "Other Product Roles".
  [S001]: [
    { rank: 1, roles: [APM, JPM] },
    { rank: 2, roles: [PM] },
    { rank: 3, roles: [SPM] },
    { rank: 4, roles: [DIR, PL] },
    { rank: 5, roles: [CPO, VP] },
  ],
  // One section each: Associate, Junior, Product Manager, Senior, Product Lead, Product Director, VP Product, Chief Product Officer.
  [S002]: [
    { rank: 1, roles: [APM] },
    { rank: 2, roles: [JPM] },
    { rank: 3, roles: [PM] },
    { rank: 4, roles: [SPM] },
    { rank: 5, roles: [PL] },
    { rank: 6, roles: [DIR] },
    { rank: 7, roles: [VP] },
    { rank: 8, roles: [CPO] },
  ],
  // APM, Mid-Level PM, Senior PM, "Principal OR GROUP Product Manager" ("There are 4 main levels").
  [S003]: [
    { rank: 1, roles: [APM] },
    { rank: 2, roles: [PM] },
    { rank: 3, roles: [SPM] },
    { rank: 4, roles: [GPM, PPM] },
  ],
  // Entry-level: Intern, APM; mid-level: PM, Senior PM; high-level: Director, VP, CPO.
  [S004]: [
    { rank: 1, roles: [INTERN] },
    { rank: 2, roles: [APM] },
    { rank: 3, roles: [PM] },
    { rank: 4, roles: [SPM] },
    { rank: 5, roles: [DIR] },
    { rank: 6, roles: [VP] },
    { rank: 7, roles: [CPO] },
  ],
};

/** Roles an article describes in a section of its own but keeps off its ladder. */
const OFF_LADDER: Record<string, string[]> = {
  [S000]: [PO], // "Whilst not strictly part of the Product Management hierarchy, the Product Owner is still worth mentioning."
  [S001]: [PLATFORM, PO, TPM], // under "Other Product Roles"
  [S002]: [],
  [S003]: [],
  [S004]: [],
};

describe("ladders: each article's rungs in order, as its text orders them", () => {
  it.each(ALL_SOURCES)("ladder(source: %s) has the rungs the article's sections give", async (source) => {
    const data = await server.execute(graphql(`query ($s: ID!) { ladder(source: $s) { rank roles { slug } } }`), { s: source });
    const rungs = data.ladder.map((r) => ({ rank: r.rank, roles: r.roles.map((x) => x.slug).sort() }));
    expect(rungs).toEqual(LADDERS[source]);
  });

  it.each(ALL_SOURCES)("source %s defines exactly its ladder roles plus the roles it keeps off the ladder (rank null)", async (source) => {
    const data = await server.execute(graphql(`query ($s: ID!) { source(id: $s) { definitions { role { slug } rank } } }`), { s: source });
    const offLadder = present(data.source)
      .definitions.filter((d) => d.rank === null)
      .map((d) => d.role.slug)
      .sort();
    expect(offLadder).toEqual(OFF_LADDER[source]);
    const all = byJson(present(data.source).definitions.map((d) => ({ role: d.role.slug, rank: d.rank })));
    const expected = byJson([
      ...(LADDERS[source] ?? []).flatMap((r) => r.roles.map((role) => ({ role, rank: r.rank as number | null }))),
      ...(OFF_LADDER[source] ?? []).map((role) => ({ role, rank: null as number | null })),
    ]);
    expect(all).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------
// Responsibility bullets, counted line by line in the articles that use bullets.

/** True when the quote is a whole bullet line: only whitespace + "•"/"-" before it, only whitespace after it. */
function isWholeBullet(text: string, e: Ev): boolean {
  const lineStart = text.lastIndexOf("\n", e.start - 1) + 1;
  const newline = text.indexOf("\n", e.end);
  const lineEnd = newline === -1 ? text.length : newline;
  return /^\s*[•-]\s*$/.test(text.slice(lineStart, e.start)) && /^\s*$/.test(text.slice(e.end, lineEnd));
}

/**
 * Responsibility bullets per role, counted in the article. Only the lists of role responsibilities
 * count: not the newsletter bullets, readiness signs (001) or skill lists (001).
 */
const BULLETS: Record<string, Record<string, number>> = {
  [S000]: {
    [APM]: 6, // "Gathers and analyzes market..." .. "Everything the PM does but on a smaller/microscale..."
    [PM]: 14, // "Gathers data to come up with ideas..." .. "Oversees product throughout the product lifecycle."
    [PO]: 6, // "Gathers customer needs data..." .. "Works closely with product management..."
    [SPM]: 14, // "Oversees the entire process..." .. "Tracks product use and impact on end users."
    [PL]: 7, // "Works closely with Senior PMs and POs..." .. "Reviews processes, conducts evaluations..."
    [GPM]: 10, // "Participates in the development and updating of annual budget plans..." .. "Encourages a culture..."
    [DIR]: 10, // the same ten: 000's GPM is "the director/group product manager position" (its SAME_AS)
    [PPM]: 13, // "Defines and communicates the vision..." .. "Post-launch monitoring to look for opportunities."
    [VP]: 10, // "Sets the overall high-level strategy..." .. "Monitors product development processes..."
    [CPO]: 10, // the same ten: 000's VP of Product is "Sometimes labeled Chief Product Officer"
  },
  [S001]: {
    [APM]: 6, // 3 "Some of an Associate or Junior Product Manager's responsibilities include" + 3 "may expand and include"
    [JPM]: 6, // the same two lists name the Associate or Junior Product Manager
    [PM]: 8, // 5 "responsibilities are expected of a product manager" + 3 "responsibilities of a mid-level product manager"
    [SPM]: 3, // "Managing product managers", "Managing collaboration...", "Leading the product strategy"
    [DIR]: 0, // "some typical responsibilities at this level include the following:" and no list follows
    [PL]: 0,
    [CPO]: 2, // "For these roles, main responsibilities might include:" two bullets
    [VP]: 2,
    [PO]: 0, // prose and a comparison table, no bullets
    [TPM]: 2, // "Here are some of the responsibilities that a technical product manager has"
    [PLATFORM]: 0,
  },
  [S003]: {
    [APM]: 6, // "What does an associate product manager do?"
    [PM]: 9, // "What does a mid-level product manager do?"
    [SPM]: 7, // "What does a senior product manager do?"
    [PPM]: 6, // "What does a principal product manager do?" minus its last bullet, which is about Group PMs
    [GPM]: 1, // "Group PMs often have people management responsibilities."
  },
};

describe("responsibilities: one claim per bullet of the article", () => {
  it.each([S000, S001, S003])("bullet responsibilities per role in %s match the bullets in the text", async (source) => {
    const text = textOf(source);
    const roles = await allRoles(
      graphql(`query ($s: ID!) { roles(first: 100) { pageInfo { hasNextPage } edges { node {
        slug responsibilities(source: $s) { evidence { quote start end } }
      } } } }`),
      { s: source },
    );
    const defs = await server.execute(graphql(`query ($s: ID!) { source(id: $s) { definitions { role { slug } } } }`), { s: source });
    const described = new Set(present(defs.source).definitions.map((d) => d.role.slug));
    const counts: Record<string, number> = {};
    for (const role of roles) {
      const bullets = role.responsibilities.filter((r) => isWholeBullet(text, r.evidence)).length;
      if (bullets > 0 || described.has(role.slug)) counts[role.slug] = bullets;
    }
    expect(counts).toEqual(BULLETS[source]);
  });

  it.each([S000, S001, S003])("every bullet of %s's responsibility lists is claimed for some role", async (source) => {
    // The other direction: the number of distinct bullet lines claimed equals the bullet lines in
    // the responsibility lists (bullets claimed for two roles, as in 001's "Associate or Junior", count once).
    const text = textOf(source);
    const roles = await allRoles(
      graphql(`query ($s: ID!) { roles(first: 100) { pageInfo { hasNextPage } edges { node {
        responsibilities(source: $s) { evidence { quote start end } }
      } } } }`),
      { s: source },
    );
    const lines = new Set(
      roles.flatMap((r) => r.responsibilities.filter((x) => isWholeBullet(text, x.evidence)).map((x) => x.evidence.start)),
    );
    const distinct = { [S000]: 6 + 14 + 6 + 14 + 7 + 10 + 13 + 10, [S001]: 6 + 8 + 3 + 2 + 2, [S003]: 6 + 9 + 7 + 7 }[source];
    expect(lines.size).toEqual(distinct);
  });
});

// ---------------------------------------------------------------------------------------------
// Figures: salaries and years of experience, as exact sets over every role and source.

const FIGURES = graphql(`{ roles(first: 100) { pageInfo { hasNextPage } edges { node {
  slug definitions {
    source { id } salaryUsd salaryEvidence { quote start end }
    yearsOfExperience { min max text evidence { quote start end } }
  }
} } } }`);

describe("salaries: every figure in the graph is a salary an article states for a role", () => {
  // 000: "Average Salary (US): ..." under each role; 001: "the average product manager salary in the USA was $111,868".
  // Nothing else is a role salary: 001's "average American income of $51,480" is not a role's, 003's "$79 a month" is a course price.
  const SALARIES = [
    { source: S000, role: APM, salaryUsd: 86000 }, // $86,000 / year
    { source: S000, role: PM, salaryUsd: 117444 }, // $117,444/ year
    { source: S000, role: PO, salaryUsd: 104714 }, // $104,714 / year
    { source: S000, role: SPM, salaryUsd: 121123 }, // $121,123 / year
    { source: S000, role: PL, salaryUsd: 124917 }, // $124,917/ year
    { source: S000, role: GPM, salaryUsd: 172198 }, // $172,198/ year
    { source: S000, role: PPM, salaryUsd: 181047 }, // $181,047/ year
    { source: S000, role: VP, salaryUsd: 203697 }, // $203,697/ year
    { source: S001, role: PM, salaryUsd: 111868 }, // $111,868
  ];

  it("the set of (source, role, salaryUsd) is exactly the articles' salaries", async () => {
    const roles = await allRoles(FIGURES);
    const found = roles.flatMap((r) =>
      r.definitions.filter((d) => d.salaryUsd !== null).map((d) => ({ source: d.source.id, role: r.slug, salaryUsd: d.salaryUsd })),
    );
    expect(byJson(found)).toEqual(byJson(SALARIES));
  });

  it("each salary's evidence quotes the dollar figure as the article writes it", async () => {
    const roles = await allRoles(FIGURES);
    const found = roles.flatMap((r) =>
      r.definitions
        .filter((d) => d.salaryUsd !== null)
        .map((d) => ({
          role: `${d.source.id}/${r.slug}`,
          figureInQuote: d.salaryEvidence?.quote.includes(`$${(d.salaryUsd ?? 0).toLocaleString("en-US")}`) ?? false,
        })),
    );
    expect(found.filter((f) => !f.figureInQuote)).toEqual([]);
    expect(found.length).toEqual(SALARIES.length);
  });
});

describe("years of experience: every figure in the graph is one an article gives", () => {
  const YEARS = [
    // 000: "To become a GPM, you must have 5-10+ years of experience"; "have around 8+ years of experience" (PPM).
    { source: S000, role: GPM, min: 5, max: null },
    { source: S000, role: PPM, min: 8, max: null },
    // 001: "To get to this level [product manager], it may take 1-3 years"; "around 3-5 years ... they can move up
    // to the role of a senior product manager"; "at least five years or more—before moving into a director of
    // product role, otherwise known as a product leader" (the figure belongs to the role moved into: both titles).
    { source: S001, role: PM, min: 1, max: 3 },
    { source: S001, role: SPM, min: 3, max: 5 },
    { source: S001, role: DIR, min: 5, max: null },
    { source: S001, role: PL, min: 5, max: null },
    // 003: APMs "move straight to mid-level ... after 12-18 months"; "Principal PMs usually have 8-10 years of
    // experience, while Senior PMs will have around 4-6".
    { source: S003, role: PM, min: 1, max: 1.5 },
    { source: S003, role: SPM, min: 4, max: 6 },
    { source: S003, role: PPM, min: 8, max: 10 },
  ];

  it("the set of (source, role, min, max) is exactly the articles' figures", async () => {
    const roles = await allRoles(FIGURES);
    const found = roles.flatMap((r) =>
      r.definitions
        .filter((d) => d.yearsOfExperience !== null)
        .map((d) => ({ source: d.source.id, role: r.slug, min: d.yearsOfExperience?.min, max: d.yearsOfExperience?.max })),
    );
    expect(byJson(found)).toEqual(byJson(YEARS));
  });

  it("each figure's text sits inside its evidence quote", async () => {
    const roles = await allRoles(FIGURES);
    const outside = roles.flatMap((r) =>
      r.definitions
        .filter((d) => d.yearsOfExperience !== null && !d.yearsOfExperience.evidence.quote.includes(d.yearsOfExperience.text))
        .map((d) => `${d.source.id}/${r.slug}`),
    );
    expect(outside).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Identity claims, read straight from Neo4j (there is no API field for the raw claims).

describe("identity claims: what the articles say are one role, or roles that may coexist", () => {
  /** Unordered pairs; `phrase` is the article's wording the claim rests on. */
  const IDENTITIES = [
    { source: S000, kind: "SAME_AS", pair: [DIR, GPM], phrase: "the director/group product manager position" },
    { source: S000, kind: "SAME_AS", pair: [CPO, VP], phrase: "Sometimes labeled Chief Product Officer" },
    { source: S001, kind: "SAME_AS", pair: [APM, JPM], phrase: "associate product manager, otherwise known as a Junior Product Manager" },
    { source: S001, kind: "SAME_AS", pair: [DIR, PL], phrase: "director of product role, otherwise known as a product leader" },
    { source: S001, kind: "COEXISTS_WITH", pair: [CPO, VP], phrase: "Organizations may have one or both of these roles" },
    { source: S002, kind: "SAME_AS", pair: [CPO, HEAD], phrase: "also known as the head of product or vice president (VP) of product" },
    // The same sentence's "or vice president (VP) of product" is no SAME_AS: 002 ranks VP Product a rung below its CPO,
    // and a SAME_AS joining two roles the article ranks apart is refused (seed/claims/002's note says so).
  ];

  async function identityEdges() {
    const { records } = await driver.executeQuery(
      "MATCH (a:Role)-[e:SAME_AS|COEXISTS_WITH]->(b:Role) RETURN e.source AS source, type(e) AS kind, a.id AS a, b.id AS b, e.quote AS quote, e.start AS start, e.end AS end",
      {},
      { routing: "READ" },
    );
    return records.map((r) => ({
      source: r.get("source") as string,
      kind: r.get("kind") as string,
      pair: [r.get("a") as string, r.get("b") as string].sort(),
      quote: r.get("quote") as string,
      start: r.get("start") as number,
      end: r.get("end") as number,
    }));
  }

  it("the set of (source, kind, unordered pair) is exactly the articles' identity statements", async () => {
    const edges = await identityEdges();
    expect(byJson(edges.map(({ source, kind, pair }) => ({ source, kind, pair })))).toEqual(
      byJson(IDENTITIES.map(({ source, kind, pair }) => ({ source, kind, pair }))),
    );
  });

  it("each identity claim quotes the article's words, at its offsets", async () => {
    const edges = await identityEdges();
    const phraseOf = (e: { source: string; kind: string; pair: string[] }) =>
      IDENTITIES.find((x) => x.source === e.source && x.kind === e.kind && x.pair.join() === e.pair.join())?.phrase ?? null;
    const seen = edges.map((e) => ({
      source: e.source,
      kind: e.kind,
      pair: e.pair,
      atOffsets: textOf(e.source).slice(e.start, e.end) === e.quote,
      quoteHasPhrase: e.quote.includes(phraseOf(e) ?? "\u0000"),
    }));
    expect(byJson(seen)).toEqual(
      byJson(IDENTITIES.map(({ source, kind, pair }) => ({ source, kind, pair, atOffsets: true, quoteHasPhrase: true }))),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Evidence: every quote is the text at its offsets.

describe("evidence: text.slice(start, end) === quote for every claim", () => {
  it("holds for every definition (title, summary, track, years, salary) and responsibility of every role", async () => {
    const roles = await allRoles(
      graphql(`{ roles(first: 100) { pageInfo { hasNextPage } edges { node {
        slug
        definitions { source { id } evidence { source { id } quote start end } }
        responsibilities { role { slug } evidence { source { id } quote start end } }
        promotesTo { claims { from { slug } to { slug } evidence { source { id } quote start end } } }
        aliases { evidence { source { id } quote start end } }
      } } } }`),
    );
    const checked: { where: string; e: SourceEv }[] = [];
    for (const r of roles) {
      for (const d of r.definitions) {
        for (const e of d.evidence) {
          expect(e.source.id).toEqual(d.source.id);
          checked.push({ where: `${r.slug} definition`, e });
        }
      }
      // A claim about a title its source joins to this role shows under both (000's GPM bullets are its director's):
      // each claim is counted once, by the role it is written for.
      for (const x of r.responsibilities) checked.push({ where: `${x.role.slug} responsibility`, e: x.evidence });
      for (const p of r.promotesTo)
        for (const c of p.claims) checked.push({ where: `${c.from.slug}>${c.to.slug} promotion`, e: c.evidence });
      for (const a of r.aliases) for (const e of a.evidence) checked.push({ where: `${r.slug} alias`, e });
    }
    const wrong = checked
      .filter(({ e }) => textOf(e.source.id).slice(e.start, e.end) !== e.quote)
      .map(({ where, e }) => ({ where, source: e.source.id, quote: e.quote, start: e.start, end: e.end }));
    expect(wrong).toEqual([]);

    // Every claim was looked at: as many responsibility and definition quotes as Neo4j holds.
    const { records } = await driver.executeQuery(
      `CALL () { MATCH ()-[r:RESPONSIBLE_FOR]->() RETURN count(r) AS responsibilities }
       CALL () { MATCH ()-[d:DESCRIBED_BY]->() RETURN count(d) AS definitions }
       CALL () { MATCH ()-[p:PROMOTES_TO]->() RETURN count(p) AS promotions }
       RETURN responsibilities, definitions, promotions`,
      {},
      { routing: "READ" },
    );
    const counts = records[0];
    const once = (kind: string) =>
      new Set(checked.filter((c) => c.where.endsWith(kind)).map((c) => JSON.stringify([c.where, c.e.source.id, c.e.start, c.e.end]))).size;
    expect(once("responsibility")).toEqual(counts?.get("responsibilities"));
    expect(roles.reduce((n, r) => n + r.definitions.length, 0)).toEqual(counts?.get("definitions"));
    expect(once("promotion")).toEqual(counts?.get("promotions"));
  });
});

// ---------------------------------------------------------------------------------------------
// Promotion steps per article: explicit sentences vs the order of the ladder, with the branches' tracks.

interface Step {
  from: string;
  to: string;
  kind: "EXPLICIT" | "LADDER_ORDER";
  track: string | null;
}
const step = (from: string, to: string, kind: Step["kind"], track: string | null = null): Step => ({ from, to, kind, track });

const STEPS: Record<string, Step[]> = {
  [S000]: [
    step(APM, PM, "EXPLICIT"), // "An Associate Product Manager can ascend to this position"
    step(PM, SPM, "LADDER_ORDER"), // no sentence: the SPM section follows (the PO section between is off the hierarchy)
    step(SPM, PL, "EXPLICIT", IC), // "Once you reach the next level, you will have two positions to choose from: the product leader position, which is an individual contributor track;
    step(SPM, GPM, "EXPLICIT", MGMT), //  and the director/group product manager position,which is a people management track."
    step(PL, PPM, "EXPLICIT", IC), // "Taking this path leads to the Principal Product Manager position."
    step(GPM, VP, "EXPLICIT", MGMT), // "Taking this track leads to the VP of Product position."
  ],
  [S001]: [
    step(APM, PM, "EXPLICIT"), // "When is an Associate or Junior Product Manager ready to advance to a Product Manager role?"
    step(JPM, PM, "EXPLICIT"),
    step(PM, SPM, "EXPLICIT"), // "they can move up to the role of a senior product manager"
    step(SPM, DIR, "EXPLICIT"), // "before moving into a director of product role, otherwise known as a product leader"
    step(SPM, PL, "EXPLICIT"),
    step(DIR, CPO, "LADDER_ORDER"), // "All the way at the top is the chief product officer, or VP of product."
    step(DIR, VP, "LADDER_ORDER"),
    step(PL, CPO, "LADDER_ORDER"),
    step(PL, VP, "LADDER_ORDER"),
  ],
  [S002]: [
    // No sentence states a step: one section after another.
    step(APM, JPM, "LADDER_ORDER"),
    step(JPM, PM, "LADDER_ORDER"),
    step(PM, SPM, "LADDER_ORDER"),
    step(SPM, PL, "LADDER_ORDER"),
    step(PL, DIR, "LADDER_ORDER"),
    step(DIR, VP, "LADDER_ORDER"),
    step(VP, CPO, "LADDER_ORDER"),
  ],
  [S003]: [
    step(APM, PM, "EXPLICIT"), // "often move straight to mid-level at the same company after 12-18 months of training"
    step(PM, SPM, "LADDER_ORDER"),
    step(SPM, PPM, "LADDER_ORDER", IC), // "the high performing IC will have the title Principal Product Manager"
    step(SPM, GPM, "LADDER_ORDER", MGMT), // "the player/coach manager will have the title Group Product Manager"
  ],
  [S004]: [
    step(INTERN, APM, "LADDER_ORDER"), // both listed under "Entry-level", intern first
    step(APM, PM, "LADDER_ORDER"), // "grilled enough in their initial roles" names no role
    step(PM, SPM, "LADDER_ORDER"), // "You need to have prior experience in product management" names no role
    step(SPM, DIR, "EXPLICIT"), // "Once you qualify for all the above stages, you reach this role"
    step(DIR, VP, "LADDER_ORDER"),
    step(VP, CPO, "LADDER_ORDER"),
  ],
};

describe("promotion steps: what each article says leads where", () => {
  it.each(ALL_SOURCES)("ladder(source: %s) asserts exactly the article's steps", async (source) => {
    const data = await server.execute(
      graphql(`query ($s: ID!) { ladder(source: $s) { promotesTo { claims { from { slug } to { slug } source { id } kind track } } } }`),
      {
        s: source,
      },
    );
    // Claim by claim, as written (one step between two source roles holds every claim its titles make).
    const steps = data.ladder.flatMap((rung) =>
      rung.promotesTo.flatMap((e) =>
        e.claims.map((c) => ({ from: c.from.slug, to: c.to.slug, kind: c.kind, track: c.track, source: c.source.id })),
      ),
    );
    expect(byJson(steps)).toEqual(byJson((STEPS[source] ?? []).map((s) => ({ ...s, source }))));
  });

  it.each(ALL_SOURCES)("no step of %s hides off its ladder (every role's promotesTo for that source)", async (source) => {
    const roles = await allRoles(
      graphql(`query ($s: ID!) { roles(first: 100) { pageInfo { hasNextPage } edges { node {
        slug promotesTo(sources: [$s]) { claims { from { slug } to { slug } kind track } }
      } } } }`),
      { s: source },
    );
    // A claim shows under every title its source joins to its role (001's junior PM's step is its associate's): each once.
    const steps = roles.flatMap((r) =>
      r.promotesTo.flatMap((e) => e.claims.map((c) => ({ from: c.from.slug, to: c.to.slug, kind: c.kind, track: c.track }))),
    );
    expect(byJson([...new Map(steps.map((x) => [JSON.stringify(x), x])).values()])).toEqual(byJson(STEPS[source] ?? []));
  });
});
