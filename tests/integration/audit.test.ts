import { afterAll, describe, expect, it } from "vitest";
import { graphql, present } from "../support/graphql.ts";
import { startTestServer } from "../support/server.ts";
import { S } from "../support/sources.ts";

const server = startTestServer();
afterAll(() => server.close());

interface Position {
  value: string;
  sources: { id: string }[];
  evidence: { quote: string; source: { id: string } }[];
}
interface Conflict {
  aspect: string;
  summary: string;
  positions: Position[];
  withinSource: { id: string }[];
}

const ConflictFields = graphql(`
  fragment ConflictFields on Conflict { aspect summary withinSource { id } positions { value sources { id } evidence { quote source { id } } } }
`);

describe("audit of the articles", () => {
  it("says which articles hold the VP of Product and the Chief Product Officer to be one role, and what each says", async () => {
    const data = await server.execute(
      graphql(`{ conflicts(role: "vp-of-product", aspects: [IDENTITY]) { ...ConflictFields } }`, [ConflictFields]),
    );
    expect(data.conflicts).toHaveLength(1);
    const [identity] = data.conflicts as [Conflict];
    expect(identity.positions.map((p) => [p.value, p.sources.map((s) => s.id)])).toEqual([
      ["may coexist with Chief Product Officer", [S.a001]],
      ["same role as Chief Product Officer", [S.a000]],
      ["separate rung from Chief Product Officer", [S.a002, S.a004]],
    ]);
    const quotes = (value: string) => identity.positions.find((p) => p.value === value)?.evidence.map((e) => `${e.source.id}: ${e.quote}`);
    expect(quotes("same role as Chief Product Officer")).toEqual([`${S.a000}: Sometimes labeled Chief Product Officer`]);
    expect(quotes("may coexist with Chief Product Officer")).toEqual([`${S.a001}: Organizations may have one or both of these roles`]);
    // 002 calls the CPO "also known as ... vice president (VP) of product" yet gives VP Product its own, lower
    // rung: a SAME_AS joining two roles an article ranks apart is refused, so only its ladder speaks (a separate rung).
    expect(identity.withinSource).toEqual([]);
  });

  it("gives the years of experience each article states for a Principal PM, as a disagreement", async () => {
    const data = await server.execute(
      graphql(
        `{
          role(id: "principal-product-manager") { definitions { source { id } yearsOfExperience { min max text } } }
          conflicts(role: "principal-product-manager", aspects: [YEARS_OF_EXPERIENCE]) { ...ConflictFields }
        }`,
        [ConflictFields],
      ),
    );
    expect(data.role?.definitions).toEqual([
      // 000: "have around 8+ years of experience"; 003: "Principal PMs usually have 8-10 years of experience"
      { source: { id: S.a000 }, yearsOfExperience: { min: 8, max: null, text: "around 8+ years" } },
      { source: { id: S.a003 }, yearsOfExperience: { min: 8, max: 10, text: "8-10 years of experience" } },
    ]);
    expect(data.conflicts.map((c) => c.positions.map((p) => [p.value, p.sources.map((s) => s.id)]))).toEqual([
      [
        ["8+ years", [S.a000]],
        ["8–10 years", [S.a003]],
      ],
    ]);
  });

  it("finds the salary disagreement on the Product Manager", async () => {
    const data = await server.execute(
      graphql(`{ conflicts(role: "product-manager", aspects: [SALARY]) { ...ConflictFields } }`, [ConflictFields]),
    );
    expect(
      data.conflicts.map((c) => c.positions.map((p) => [p.value, p.sources.map((s) => s.id), p.evidence.map((e) => e.quote)])),
    ).toEqual([
      [
        ["$111,868", [S.a001], ["the average product manager salary in the USA was $111,868"]],
        ["$117,444", [S.a000], ["Average Salary (US): $117,444/ year"]],
      ],
    ]);
  });

  it("finds no entry-level disagreement on the Associate PM: 004 bands its intern and its associate both entry level", async () => {
    // 004: "Entry-level Product manager positions" heads the Product Manager Intern and the Associate Product
    // Manager; the rule reads an article's bands where it has them (its lowest rung only where it has none).
    const data = await server.execute(
      graphql(`{ conflicts(role: "associate-product-manager", aspects: [ENTRY_LEVEL]) { ...ConflictFields } }`, [ConflictFields]),
    );
    expect(data.conflicts).toEqual([]);
  });

  it("finds the promotion disagreement on the VP of Product: a CPO above it, or the top of the ladder", async () => {
    const data = await server.execute(
      graphql(`{ conflicts(role: "vp-of-product", aspects: [PROMOTION]) { ...ConflictFields } }`, [ConflictFields]),
    );
    expect(data.conflicts.map((c) => c.positions.map((p) => [p.value, p.sources.map((s) => s.id)]))).toEqual([
      [
        ["promotes to Chief Product Officer", [S.a002, S.a004]],
        ["top of this source's ladder", [S.a000, S.a001]],
      ],
    ]);
  });

  it("computes no conflict where the articles agree (every article gives the PM the Senior PM as next step)", async () => {
    const data = await server.execute(
      graphql(`{ conflicts(role: "product-manager", aspects: [PROMOTION, TRACK, IDENTITY, ENTRY_LEVEL]) { aspect } }`),
    );
    expect(data.conflicts).toEqual([]);
  });

  it("restricts the audit to chosen sources", async () => {
    const data = await server.execute(
      graphql(
        `query ($sources: [ID!]) { conflicts(role: "vp-of-product", aspects: [IDENTITY], sources: $sources) { ...ConflictFields } }`,
        [ConflictFields],
      ),
      { sources: [S.a000, S.a004] },
    );
    expect(data.conflicts.map((c) => c.positions.map((p) => [p.value, p.sources.map((s) => s.id)]))).toEqual([
      [
        ["same role as Chief Product Officer", [S.a000]],
        ["separate rung from Chief Product Officer", [S.a004]],
      ],
    ]);
  });

  it("lists the disagreements an article has with itself", async () => {
    const data = await server.execute(graphql(`{ conflicts(withinSourceOnly: true) { role { slug } aspect withinSource { id } } }`));
    expect(data.conflicts).toEqual([
      // 000: the Product Leader is "in others" equal in rank to the VP of Product, "Sometimes labeled Chief Product Officer"; its ladder ranks it below.
      { role: { slug: "chief-product-officer" }, aspect: "RELATIVE_RANK", withinSource: [{ id: S.a000 }] },
      // 001: directors "focus much less on team oversight" but need "the ability to motivate and manage teams".
      { role: { slug: "director-of-product" }, aspect: "MANAGEMENT", withinSource: [{ id: S.a001 }] },
      // 001: the same, of the director "otherwise known as a product leader".
      { role: { slug: "product-leader" }, aspect: "MANAGEMENT", withinSource: [{ id: S.a001 }] },
      // 000: the same pair from the leader's side (against the CPO, 000's VP "Sometimes labeled Chief Product Officer"),
      // then "equal in rank to the Senior Product Manager" in some organizations, "and in others to the VP of Product";
      // its ladder puts the leader between them.
      { role: { slug: "product-leader" }, aspect: "RELATIVE_RANK", withinSource: [{ id: S.a000 }] },
      { role: { slug: "product-leader" }, aspect: "RELATIVE_RANK", withinSource: [{ id: S.a000 }] },
      { role: { slug: "product-leader" }, aspect: "RELATIVE_RANK", withinSource: [{ id: S.a000 }] },
      // 004: "Mid-level Product manager positions", and entry-level "in few companies".
      { role: { slug: "product-manager" }, aspect: "BAND", withinSource: [{ id: S.a004 }] },
      { role: { slug: "senior-product-manager" }, aspect: "RELATIVE_RANK", withinSource: [{ id: S.a000 }] },
      { role: { slug: "vp-of-product" }, aspect: "RELATIVE_RANK", withinSource: [{ id: S.a000 }] },
    ]);
  });

  it("gives evidence with its offsets and context from the article", async () => {
    const data = await server.execute(
      graphql(`{ role(id: "vp-of-product") { definitions { source { id text } salaryEvidence { quote start end context(chars: 12) } } } }`),
    );
    const withSalary = present(data.role).definitions.filter((d) => d.salaryEvidence !== null);
    expect(withSalary.map((d) => [d.source.id, d.salaryEvidence?.quote])).toEqual([[S.a000, "Average Salary (US): $203,697/ year"]]);
    const [d] = withSalary as [(typeof withSalary)[number]];
    const e = d.salaryEvidence as { quote: string; start: number; end: number; context: string };
    expect(d.source.text.slice(e.start, e.end)).toBe(e.quote);
    expect(e.context).toContain(e.quote);
    expect(e.context.length).toBeLessThanOrEqual(e.quote.length + 2 * 12 + 2);
  });
});

describe("sourceAgreement", () => {
  it("gives one row per pair of articles with shared roles, steps, contradictions and rank agreement", async () => {
    const data = await server.execute(
      graphql(`{ sourceAgreement { a { id } b { id } sharedRoles sharedSteps contradictedSteps rankedRoles kendallTau
          contradictions { from { slug } to { slug } assertedBy { id } contradictedBy { id } reason } } }`),
    );
    expect(data.sourceAgreement).toHaveLength(10);
    const pair = (a: string, b: string) => data.sourceAgreement.find((p) => p.a.id === a && p.b.id === b);
    // 002 ranks VP Product (7) below Chief Product Officer (8) and asserts VP -> CPO; 000 says "Sometimes labeled Chief Product Officer".
    expect(pair(S.a000, S.a002)?.contradictions).toEqual([
      {
        from: { slug: "vp-of-product" },
        to: { slug: "chief-product-officer" },
        assertedBy: { id: S.a002 },
        contradictedBy: { id: S.a000 },
        reason: "SAME_ROLE",
      },
    ]);
    // 003 and 004 share APM, PM and Senior PM, in the same order, and both assert APM -> PM -> Senior PM.
    expect(pair(S.a003, S.a004)).toMatchObject({ sharedRoles: 3, sharedSteps: 2, contradictedSteps: 0, rankedRoles: 3, kendallTau: 1 });
  });
});
