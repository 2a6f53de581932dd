// Every GraphiQL tab (src/server/examples.ts) answers on the seed graph exactly what the README
// says it answers: the values here are the README's, read off the articles.
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { EXAMPLES } from "../../src/server/examples.ts";
import { startTestServer } from "../support/server.ts";
import { S } from "../support/sources.ts";

const [S000, S001, S002, S003, S004] = [S.a000, S.a001, S.a002, S.a003, S.a004];
const server = startTestServer();
afterAll(() => server.close());

/** Runs the tab named `name` and returns its data, typed as the test reads it. */
async function tab<T>(name: string): Promise<T> {
  const example = EXAMPLES.find((e) => e.name === name);
  if (!example) throw new Error(`no example named ${name}`);
  return server.query<T>(example.query, example.variables);
}

const slugs = (roles: { slug: string }[]) => roles.map((r) => r.slug);
const ids = (sources: { id: string }[]) => sources.map((s) => s.id);

describe("README examples, answered as the README says", () => {
  it("shows each tab's text as GraphiQL opens it, once (src/server/examples.ts is the one copy)", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const start = readme.indexOf("### Examples, with their real answers");
    const section = readme.slice(start, readme.indexOf("\n### ", start + 1));
    const blocks = [...section.matchAll(/```graphql\n([\s\S]*?)\n```/g)].map((m) => m[1]);
    expect([...blocks].sort()).toEqual(EXAMPLES.map((e) => e.query).sort());
  });

  it("names a test for every tab", () => {
    expect(EXAMPLES.map((e) => e.name)).toEqual([
      "PathByOneArticle",
      "PathByConsensus",
      "NextRoles",
      "RoleAudit",
      "ResolveTitle",
      "Ladder",
      "SourceAgreement",
      "YearsOfExperience",
      "NextRolesBySource",
      "OneSourceAtAGlance",
      "RolesOfOneSource",
      "SkillGap",
      "Bands",
      "ManagementScope",
      "RelativeRanks",
      "OutsideRoles",
      "SkillsAsTold",
      "ReadinessSigns",
    ]);
  });

  it("PathByOneArticle: four steps to the VP of Product, the last on 000's sentence", async () => {
    const { shortestPromotionPath: path } = await tab<{
      shortestPromotionPath: { length: number; roles: { slug: string }[]; steps: { support: number; evidence: { quote: string }[] }[] };
    }>("PathByOneArticle");
    expect(path.length).toBe(4);
    expect(slugs(path.roles)).toEqual([
      "associate-product-manager",
      "product-manager",
      "senior-product-manager",
      "group-product-manager",
      "vp-of-product",
    ]);
    expect(path.steps.map((s) => s.support)).toEqual([1, 1, 1, 1]);
    expect(path.steps.at(-1)?.evidence).toEqual([{ quote: "Taking this track leads to the VP of Product position." }]);
  });

  it("PathByConsensus: one path, asserted end to end by 001 and 004", async () => {
    const { promotionPaths } = await tab<{
      promotionPaths: { length: number; minSupport: number; roles: { slug: string }[]; supportedByAll: { id: string }[] }[];
    }>("PathByConsensus");
    expect(promotionPaths.map((p) => ({ ...p, roles: slugs(p.roles), supportedByAll: ids(p.supportedByAll) }))).toEqual([
      {
        length: 4,
        minSupport: 2,
        roles: ["associate-product-manager", "product-manager", "senior-product-manager", "director-of-product", "vp-of-product"],
        supportedByAll: [S001, S004],
      },
    ]);
  });

  it("NextRoles: four next roles from the Senior PM, best supported first", async () => {
    const { nextRoles } = await tab<{
      nextRoles: { to: { slug: string }; support: number; claims: { source: { id: string }; kind: string; track: string | null }[] }[];
    }>("NextRoles");
    expect(
      nextRoles.map((e) => ({ to: e.to.slug, support: e.support, claims: e.claims.map((c) => [c.source.id, c.kind, c.track]) })),
    ).toEqual([
      {
        to: "product-leader",
        support: 3,
        claims: [
          [S000, "EXPLICIT", "INDIVIDUAL_CONTRIBUTOR"],
          [S001, "EXPLICIT", null],
          [S002, "LADDER_ORDER", null],
        ],
      },
      {
        to: "director-of-product",
        support: 2,
        claims: [
          [S001, "EXPLICIT", null],
          [S004, "EXPLICIT", null],
        ],
      },
      {
        to: "group-product-manager",
        support: 2,
        claims: [
          [S000, "EXPLICIT", "MANAGEMENT"],
          [S003, "LADDER_ORDER", "MANAGEMENT"],
        ],
      },
      { to: "principal-product-manager", support: 1, claims: [[S003, "LADDER_ORDER", "INDIVIDUAL_CONTRIBUTOR"]] },
    ]);
  });

  it("RoleAudit: the VP of Product's definitions, and the CPO identity and promotion conflicts", async () => {
    const { role } = await tab<{
      role: {
        definitions: { source: { id: string }; title: string; rank: number | null; salaryUsd: number | null }[];
        conflicts: {
          aspect: string;
          summary: string;
          positions: { value: string; sources: { id: string }[] }[];
          withinSource: { id: string }[];
        }[];
      };
    }>("RoleAudit");
    expect(role.definitions.map((d) => [d.source.id, d.title, d.rank])).toEqual([
      [S000, "VP of Product", 5],
      [S001, "Chief Product Officer/VP Of Product", 5],
      [S002, "VP Product", 7],
      [S004, "VP of Product", 6],
    ]);
    expect(role.definitions[0]?.salaryUsd).toBe(203697);
    const positions = (aspect: string, about: string) =>
      role.conflicts
        .filter((c) => c.aspect === aspect && c.summary.includes(about))
        .map((c) => ({ positions: c.positions.map((p) => [p.value, ids(p.sources)]), withinSource: ids(c.withinSource) }));
    expect(positions("IDENTITY", "Chief Product Officer")).toEqual([
      {
        positions: [
          ["may coexist with Chief Product Officer", [S001]],
          // 002's "also known as ... vice president (VP) of product" contradicts its own ladder and is not a SAME_AS.
          ["same role as Chief Product Officer", [S000]],
          ["separate rung from Chief Product Officer", [S002, S004]],
        ],
        withinSource: [],
      },
    ]);
    expect(positions("PROMOTION", "next step up")).toEqual([
      {
        positions: [
          ["promotes to Chief Product Officer", [S002, S004]],
          ["top of this source's ladder", [S000, S001]],
        ],
        withinSource: [],
      },
    ]);
  });

  it("ResolveTitle: Junior PM names the Junior PM, and 001 says the Associate PM is the same role", async () => {
    const { resolveTitle } = await tab<{
      resolveTitle: { role: { slug: string }; relation: string; via: { slug: string } | null; sources: { id: string }[] }[];
    }>("ResolveTitle");
    expect(resolveTitle.map((m) => [m.role.slug, m.relation, m.via?.slug ?? null, ids(m.sources)])).toEqual([
      ["junior-product-manager", "TITLE", null, [S001, S002]],
      ["associate-product-manager", "SAME_AS", "junior-product-manager", [S001]],
    ]);
  });

  it("Ladder: 003's four rungs, branching after the Senior PM", async () => {
    const { ladder } = await tab<{
      ladder: {
        rank: number;
        definitions: { role: { slug: string }; title: string; yearsOfExperience: { text: string } | null }[];
        promotesTo: { to: { slug: string }; claims: { kind: string; track: string | null }[] }[];
      }[];
    }>("Ladder");
    expect(ladder.map((r) => [r.rank, r.definitions.map((d) => [d.role.slug, d.title, d.yearsOfExperience?.text ?? null])])).toEqual([
      [1, [["associate-product-manager", "Associate Product Manager (APM)", null]]],
      [2, [["product-manager", "Mid-Level Product Manager", "12-18 months"]]],
      [3, [["senior-product-manager", "Senior Product Manager", "around 4-6"]]],
      [
        4,
        [
          ["group-product-manager", "Principal OR GROUP Product Manager", null],
          ["principal-product-manager", "Principal OR GROUP Product Manager", "8-10 years of experience"],
        ],
      ],
    ]);
    expect(ladder[2]?.promotesTo.map((e) => [e.to.slug, e.claims.map((c) => [c.kind, c.track])])).toEqual([
      ["group-product-manager", [["LADDER_ORDER", "MANAGEMENT"]]],
      ["principal-product-manager", [["LADDER_ORDER", "INDIVIDUAL_CONTRIBUTOR"]]],
    ]);
  });

  it("SourceAgreement: ten pairs; 000 × 001, 001 × 002 and 000 × 003 as the README gives them", async () => {
    type Counts = Record<"sharedRoles" | "sharedSteps" | "contradictedSteps", number>;
    const { sourceAgreement } = await tab<{
      sourceAgreement: ({ a: { id: string }; b: { id: string }; kendallTau: number | null } & Counts)[];
    }>("SourceAgreement");
    expect(sourceAgreement).toHaveLength(10);
    const pair = (a: string, b: string) => sourceAgreement.find((p) => p.a.id === a && p.b.id === b);
    expect(pair(S000, S001)).toMatchObject({ sharedRoles: 6, sharedSteps: 3, contradictedSteps: 0, kendallTau: 1 });
    expect(pair(S001, S002)).toMatchObject({ sharedRoles: 8, sharedSteps: 4, contradictedSteps: 3 });
    expect(pair(S001, S002)?.kendallTau).toBeCloseTo(0.945, 3);
    expect(pair(S000, S003)?.kendallTau).toBeCloseTo(0.949, 3);
  });

  it("YearsOfExperience: 8+ years in 000, 8 to 10 in 003, with their offsets", async () => {
    const { role } = await tab<{
      role: {
        definitions: {
          source: { id: string };
          yearsOfExperience: { min: number | null; max: number | null; text: string; evidence: { start: number; end: number } } | null;
        }[];
      };
    }>("YearsOfExperience");
    expect(
      role.definitions.flatMap((d) => {
        const y = d.yearsOfExperience;
        return y ? [[d.source.id, y.min, y.max, y.text, y.evidence.start, y.evidence.end]] : [];
      }),
    ).toEqual([
      [S000, 8, null, "around 8+ years", 12226, 12349],
      [S003, 8, 10, "8-10 years of experience", 7599, 7650],
    ]);
  });

  it("NextRolesBySource: each article's next roles from the Senior PM, in one request", async () => {
    const { role } = await tab<{
      role: {
        nextRolesBySource: {
          source: { id: string };
          roles: { slug: string }[];
          claims: { to: { slug: string }; kind: string; track: string | null }[];
        }[];
      };
    }>("NextRolesBySource");
    expect(role.nextRolesBySource.map((s) => [s.source.id, slugs(s.roles), s.claims.map((c) => [c.to.slug, c.kind, c.track])])).toEqual([
      [
        S000,
        ["group-product-manager", "product-leader"],
        [
          ["group-product-manager", "EXPLICIT", "MANAGEMENT"],
          ["product-leader", "EXPLICIT", "INDIVIDUAL_CONTRIBUTOR"],
        ],
      ],
      // One next role in 001 ("a director of product role, otherwise known as a product leader"), both its claims.
      [
        S001,
        ["director-of-product"],
        [
          ["director-of-product", "EXPLICIT", null],
          ["product-leader", "EXPLICIT", null],
        ],
      ],
      [S002, ["product-leader"], [["product-leader", "LADDER_ORDER", null]]],
      [
        S003,
        ["group-product-manager", "principal-product-manager"],
        [
          ["group-product-manager", "LADDER_ORDER", "MANAGEMENT"],
          ["principal-product-manager", "LADDER_ORDER", "INDIVIDUAL_CONTRIBUTOR"],
        ],
      ],
      [S004, ["director-of-product"], [["director-of-product", "EXPLICIT", null]]],
    ]);
  });

  it("OneSourceAtAGlance: 003's ladder and its nine skill claims, in reading order", async () => {
    const { source } = await tab<{
      source: {
        title: string;
        ladder: { rank: number; roles: { slug: string }[] }[];
        skills: { skill: { slug: string }; role: { slug: string } | null }[];
      };
    }>("OneSourceAtAGlance");
    expect(source.title).toBe("Product Management Levels & Differences");
    expect(source.ladder.map((r) => [r.rank, slugs(r.roles)])).toEqual([
      [1, ["associate-product-manager"]],
      [2, ["product-manager"]],
      [3, ["senior-product-manager"]],
      [4, ["group-product-manager", "principal-product-manager"]],
    ]);
    // In reading order (Source.skills is the SkillStatement list, ordered by where the article says it).
    expect(source.skills.map((k) => [k.skill.slug, k.role?.slug ?? null])).toEqual([
      ["empathy", "associate-product-manager"],
      ["data-analytics", "senior-product-manager"],
      ["design", "senior-product-manager"],
      ["user-research", "senior-product-manager"],
      ["domain-expertise", "product-manager"],
      ["domain-expertise", "senior-product-manager"],
      ["product-strategy", null],
      ["data-analytics", null],
      ["user-research", null],
    ]);
  });

  it("RolesOfOneSource: 002's eight roles in its order, with its titles", async () => {
    const { roles } = await tab<{ roles: { edges: { node: { slug: string; definitions: { title: string; rank: number | null }[] } }[] } }>(
      "RolesOfOneSource",
    );
    expect(roles.edges.map((e) => [e.node.slug, e.node.definitions.map((d) => [d.title, d.rank])])).toEqual([
      ["associate-product-manager", [["Associate Product Manager", 1]]],
      ["junior-product-manager", [["Junior Product Manager", 2]]],
      ["product-manager", [["Product Manager", 3]]],
      ["senior-product-manager", [["Senior Product Manager", 4]]],
      ["product-leader", [["Product Lead", 5]]],
      ["director-of-product", [["Product Director", 6]]],
      ["vp-of-product", [["VP Product", 7]]],
      ["chief-product-officer", [["Chief Product Officer", 8]]],
    ]);
  });

  it("SkillGap: Leadership is what the Group PM needs and the Product Manager is not tied to, from 000", async () => {
    const { skillGap } = await tab<{
      skillGap: { missing: { skill: { name: string; kind: string }; sources: { id: string }[]; evidence: { quote: string }[] }[] };
    }>("SkillGap");
    expect(skillGap.missing.map((m) => [m.skill.name, m.skill.kind, ids(m.sources)])).toEqual([["Leadership", "SOFT", [S000]]]);
    expect(skillGap.missing[0]?.evidence.map((e) => e.quote)).toEqual([
      "Communication, leadership, and collaboration skills are necessary to succeed in this position as you are tasked to constantly communicate with both your end-user customers and team members to identify previously unseen challenges and possible opportunities.",
    ]);
  });
  it("Bands: the Senior PM is senior to 001 and 003, mid-level to 004; three BAND conflicts", async () => {
    const { role, conflicts } = await tab<{
      role: { bands: { source: { id: string }; band: string; level: string; condition: string | null; evidence: { quote: string } }[] };
      conflicts: {
        role: { slug: string };
        summary: string;
        positions: { value: string; band: string; sources: { id: string }[] }[];
        withinSource: { id: string }[];
      }[];
    }>("Bands");
    expect(role.bands.map((b) => [b.source.id, b.band, b.level, b.condition, b.evidence.quote])).toEqual([
      [S001, "Senior level", "SENIOR", null, "Once you've reached the Senior level"],
      [S003, "senior", "SENIOR", null, "the primary difference between a mid-level and senior is the complexity"],
      [S004, "Mid-level", "MID", null, "Mid-level Product manager positions"],
    ]);
    expect(conflicts.map((c) => [c.role.slug, c.positions.map((p) => [p.value, p.band, ids(p.sources)]), ids(c.withinSource)])).toEqual([
      [
        "director-of-product",
        [
          ["executive", "EXECUTIVE", [S004]],
          ["senior", "SENIOR", [S002]],
        ],
        [],
      ],
      [
        "product-manager",
        [
          ["entry level", "ENTRY", [S004]],
          ["mid-level", "MID", [S001, S003, S004]],
        ],
        [S004],
      ],
      [
        "senior-product-manager",
        [
          ["mid-level", "MID", [S004]],
          ["senior", "SENIOR", [S001, S003]],
        ],
        [],
      ],
    ]);
    expect(conflicts[1]?.summary).toContain(`${S004} bands it entry level "in few companies"`);
  });

  it("ManagementScope: 000 and 001 say the Product Leader manages no one, 002 that it manages junior PMs; 001 on both sides", async () => {
    const { role } = await tab<{
      role: {
        management: {
          source: { id: string };
          scope: string;
          over: string | null;
          overRoles: { slug: string }[];
          count: { text: string; min: number | null; max: number | null } | null;
          condition: string | null;
          evidence: { quote: string };
        }[];
        conflicts: {
          positions: { value: string; peopleManagement: string; sources: { id: string }[] }[];
          withinSource: { id: string }[];
        }[];
      };
    }>("ManagementScope");
    expect(role.management.map((m) => [m.source.id, m.scope, m.over, slugs(m.overRoles), m.count, m.condition])).toEqual([
      [S000, "NO_PEOPLE_MANAGEMENT", null, [], null, null],
      [S000, "NO_PEOPLE_MANAGEMENT", null, [], null, null],
      [S001, "NO_PEOPLE_MANAGEMENT", null, [], null, null],
      [S001, "NO_PEOPLE_MANAGEMENT", null, [], null, null],
      [
        S002,
        "MANAGES_PEOPLE",
        "multiple junior product managers",
        ["junior-product-manager"],
        { text: "multiple", min: 2, max: null },
        "In larger businesses",
      ],
    ]);
    const quoted = [
      "more focused on the technical aspect of the product than managing people",
      "do not want to further your involvement in managing people",
      "much more focused on the product itself",
      "focus much less on team oversight",
      "multiple junior product managers",
    ];
    expect(role.management.map((m) => m.evidence.quote)).toEqual(quoted.map((q) => expect.stringContaining(q)));
    expect(role.conflicts.map((c) => [c.positions.map((p) => [p.value, p.peopleManagement, ids(p.sources)]), ids(c.withinSource)])).toEqual(
      [
        [
          [
            ["little or no people management", "NO_PEOPLE_MANAGEMENT", [S000, S001]],
            ["manages people", "MANAGES_PEOPLE", [S001, S002]],
          ],
          [S001],
        ],
      ],
    );
  });

  it("RelativeRanks: what 000 and 001 say the Product Leader equals, and five RELATIVE_RANK conflicts", async () => {
    const { role } = await tab<{
      role: {
        relativeRanks: {
          source: { id: string };
          relation: string;
          other: { slug: string };
          condition: string | null;
          evidence: { quote: string };
        }[];
        conflicts: {
          summary: string;
          positions: { value: string; rankRelation: string; otherRole: { slug: string }; sources: { id: string }[] }[];
        }[];
      };
    }>("RelativeRanks");
    expect(role.relativeRanks.map((r) => [r.source.id, r.relation, r.other.slug, r.condition])).toEqual([
      [S000, "EQUAL", "director-of-product", null],
      [S000, "EQUAL", "group-product-manager", null],
      [S000, "EQUAL", "senior-product-manager", "In some organizations"],
      [S000, "EQUAL", "vp-of-product", "in others"],
      [S001, "EQUAL", "head-of-product", "Depending on the organization"],
    ]);
    expect(role.relativeRanks[0]?.evidence.quote).toMatch(/^Once you reach the next level, you will have two positions to choose from/);
    expect(role.conflicts.map((c) => c.positions.map((p) => [p.rankRelation, p.otherRole.slug, ids(p.sources)]))).toEqual([
      // 000's VP of Product is "Sometimes labeled Chief Product Officer": its "in others" equal to the VP is
      // equal to the CPO too, as the CPO's own audit has it (a pair's conflict reads the same from either role).
      [
        ["BELOW", "chief-product-officer", [S000, S001, S002]],
        ["EQUAL", "chief-product-officer", [S000]],
      ],
      [
        ["BELOW", "director-of-product", [S002]],
        ["EQUAL", "director-of-product", [S000]],
      ],
      // 001: equal to the head of product "Depending on the organization"; 002's head of product is its CPO, rung 8.
      [
        ["BELOW", "head-of-product", [S002]],
        ["EQUAL", "head-of-product", [S001]],
      ],
      [
        ["ABOVE", "senior-product-manager", [S000, S001, S002]],
        ["EQUAL", "senior-product-manager", [S000]],
      ],
      [
        ["BELOW", "vp-of-product", [S000, S001, S002]],
        ["EQUAL", "vp-of-product", [S000]],
      ],
    ]);
    expect(role.conflicts[3]?.summary).toContain(`${S000}: "In some organizations"`);
    expect(role.conflicts[4]?.summary).toContain(`${S000}: "in others"`);
  });

  it("OutsideRoles: the CEO is off the ladder; 002 has the CPO held by the CEO, 004 the Director working with the CEO", async () => {
    const { resolveTitle, role } = await tab<{
      resolveTitle: { role: { slug: string; outsideLadder: boolean } }[];
      role: {
        outsideRoles: {
          source: { id: string };
          role: { slug: string };
          relation: string;
          title: string;
          condition: string | null;
          evidence: { quote: string };
        }[];
      };
    }>("OutsideRoles");
    expect(resolveTitle.map((m) => [m.role.slug, m.role.outsideLadder])).toEqual([["chief-executive-officer", true]]);
    expect(role.outsideRoles.map((o) => [o.source.id, o.role.slug, o.relation, o.title, o.condition])).toEqual([
      [S002, "chief-product-officer", "HELD_BY", "chief executive officer", "Typically"],
      [S004, "director-of-product", "WORKS_WITH", "CEO", null],
    ]);
    expect(role.outsideRoles[0]?.evidence.quote).toBe(
      "Typically, the company's chief executive officer is the chief product officer (CEO).",
    );
  });

  it("SkillsAsTold: 001's 32 skill claims, its top skill, its soft, hard and transferable skills, and fourteen tied to a step", async () => {
    type Statement = {
      skill: { slug: string };
      role: { slug: string } | null;
      scope: string;
      step: { from: { slug: string }; to: { slug: string } } | null;
      classification: { text: string; kind: string } | null;
      emphasis: { text: string; level: string } | null;
    };
    const { source } = await tab<{ source: { skills: Statement[] } }>("SkillsAsTold");
    const { skills } = source;
    expect(skills).toHaveLength(32);
    expect(skills.filter((k) => k.emphasis?.level === "TOP").map((k) => [k.skill.slug, k.emphasis?.text, k.classification])).toEqual([
      ["empathy", "the top skill", { text: "soft skills", kind: "SOFT" }],
    ]);
    expect(
      skills.filter((k) => k.emphasis?.level === "KEY").map((k) => [k.skill.slug, k.emphasis?.text, k.scope, k.role?.slug ?? null]),
    ).toEqual([
      ["agile-methodologies", "essential", "ROLE", "associate-product-manager"],
      ["design-thinking", "essential", "ROLE", "associate-product-manager"],
      ["product-development", "essential", "ROLE", "associate-product-manager"],
      ["networking", "critical", "PROFESSION", null],
      ["communication", "is key", "ROLE", "product-manager"],
    ]);
    const classified = (kind: string) =>
      skills.filter((k) => k.classification?.kind === kind).map((k) => [k.skill.slug, k.classification?.text]);
    expect(classified("SOFT")).toEqual([
      ["empathy", "soft skills"],
      ["critical-thinking", "soft skills"],
      ["flexibility", "soft skills"],
      ["communication", "soft skills"],
    ]);
    expect(classified("HARD")).toEqual([
      ["programming", "hard skills"],
      ["user-stories", "hard skills"],
      ["ux-design", "hard skills"],
      ["customer-journey-mapping", "hard skills"],
      ["design-thinking", "hard skills"],
    ]);
    expect(classified("OTHER")).toEqual([
      ["data-analysis", "transferable skills"],
      ["project-management", "transferable skills"],
      ["ux-design", "transferable skills"],
    ]);
    const steps = skills.filter((k) => k.scope === "STEP");
    expect(steps).toHaveLength(14);
    const onStep = (from: string, to: string) =>
      steps.filter((k) => k.step?.from.slug === from && k.step.to.slug === to && k.role?.slug === to).map((k) => k.skill.slug);
    expect(onStep("associate-product-manager", "product-manager")).toEqual(["project-management"]);
    expect(onStep("product-manager", "senior-product-manager")).toHaveLength(8);
    expect(onStep("senior-product-manager", "director-of-product")).toHaveLength(5);
  });

  it("ReadinessSigns: eight signs, all from 001, on the one step up from the Product Manager", async () => {
    const { nextRoles } = await tab<{
      nextRoles: {
        to: { slug: string };
        readinessSigns: { source: { id: string }; sign: string; evidence: { start: number; end: number } }[];
      }[];
    }>("ReadinessSigns");
    expect(nextRoles.map((e) => e.to.slug)).toEqual(["senior-product-manager"]);
    const signs = nextRoles[0]?.readinessSigns ?? [];
    expect(signs).toHaveLength(8);
    expect(new Set(ids(signs.map((s) => s.source)))).toEqual(new Set([S001]));
    expect(signs[0]?.sign).toBe("Once a product manager has around 3-5 years of experience under their belt");
    expect(signs.slice(1).map((s) => s.sign.slice(0, s.sign.indexOf(":")))).toEqual([
      "You're a leader",
      "You've delivered results",
      "You're a skilled manager",
      "You're highly insightful",
      "You're an excellent collaborator",
      "You have a solid foundation of knowledge",
      "You think like a strategist",
    ]);
    const text = readFileSync(new URL(`../../seed/sources/${S001}.txt`, import.meta.url), "utf8");
    for (const s of signs) expect(text.slice(s.evidence.start, s.evidence.end)).toBe(s.sign);
  });
});
