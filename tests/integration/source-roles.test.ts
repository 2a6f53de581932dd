// One role, one answer (issue 19). The counts below were read from the five articles' text by a
// person (seed/sources/*.txt), not from the API: each article's roles on its ladder (titles it says
// are one role count once), its steps, and the readiness signs and step times it lists per step.
import { afterAll, describe, expect, it } from "vitest";
import { graphql } from "../support/graphql.ts";
import { startTestServer } from "../support/server.ts";
import { S } from "../support/sources.ts";

const server = startTestServer();
afterAll(() => server.close());

const Ladder = graphql(`
  query SourceRoleLadder($source: ID!) {
    ladder(source: $source) {
      rank
      sourceRoles { role { slug } roles { slug } heading alsoCalled }
      promotesTo { from { slug } to { slug } toRoles { slug } readinessSigns(sources: [$source]) { kind } }
    }
  }
`);

interface Read {
  /** Each role on the article's ladder, once: its heading role and every title-role it joins. */
  roles: Record<string, string[]>;
  /** Each step "from -> to" (heading roles) with the signs and the step times it lists before it. */
  steps: Record<string, { SIGN: number; TIME: number }>;
}

const none = { SIGN: 0, TIME: 0 };

const READ: Record<string, Read> = {
  // "Product Management Role Hierarchy": APM, PM, SPM, then "two positions to choose from: the
  // product leader ... and the director/group product manager position", Principal PM and VP of
  // Product ("Sometimes labeled Chief Product Officer"); the Product Owner is "not strictly part of
  // the Product Management hierarchy". Signs: APM→PM "both hard skills and people skills on top of the
  // length of time spent in the organization"; GPM "must have 5-10+ years"; PPM "must have successfully
  // launched multiple products and have around 8+ years".
  [S.a000]: {
    roles: {
      "associate-product-manager": ["associate-product-manager"],
      "product-manager": ["product-manager"],
      "senior-product-manager": ["senior-product-manager"],
      "product-leader": ["product-leader"],
      "group-product-manager": ["group-product-manager", "director-of-product"],
      "principal-product-manager": ["principal-product-manager"],
      "vp-of-product": ["vp-of-product", "chief-product-officer"],
    },
    steps: {
      "associate-product-manager -> product-manager": { SIGN: 2, TIME: 1 },
      "product-manager -> senior-product-manager": none,
      "senior-product-manager -> product-leader": none,
      "senior-product-manager -> group-product-manager": { SIGN: 0, TIME: 1 },
      "product-leader -> principal-product-manager": { SIGN: 1, TIME: 1 },
      "group-product-manager -> vp-of-product": none,
    },
  },
  // "Associate or Junior Product Manager" (one role: "otherwise known as a Junior Product Manager"),
  // Product Manager, Senior, "Director of Product/Product Leader" (one role: "otherwise known as a
  // product leader"), then "the chief product officer, or VP of product. Organizations may have one
  // or both": two roles at the top. Signs: six bullets and "it may take 1-3 years"; seven bullets and
  // "around 3-5 years"; five bullets and "at least five years or more".
  [S.a001]: {
    roles: {
      "associate-product-manager": ["associate-product-manager", "junior-product-manager"],
      "product-manager": ["product-manager"],
      "senior-product-manager": ["senior-product-manager"],
      "director-of-product": ["director-of-product", "product-leader"],
      "chief-product-officer": ["chief-product-officer"],
      "vp-of-product": ["vp-of-product"],
    },
    steps: {
      "associate-product-manager -> product-manager": { SIGN: 6, TIME: 1 },
      "product-manager -> senior-product-manager": { SIGN: 7, TIME: 1 },
      "senior-product-manager -> director-of-product": { SIGN: 5, TIME: 1 },
      "director-of-product -> chief-product-officer": none,
      "director-of-product -> vp-of-product": none,
    },
  },
  // Eight sections in order, Associate to Chief Product Officer; no readiness signs. (Its CPO is
  // "also known as the head of product or vice president (VP) of product", yet VP Product has a
  // section of its own a rung below: eight roles, as its sections are.)
  [S.a002]: {
    roles: {
      "associate-product-manager": ["associate-product-manager"],
      "junior-product-manager": ["junior-product-manager"],
      "product-manager": ["product-manager"],
      "senior-product-manager": ["senior-product-manager"],
      "product-leader": ["product-leader"],
      "director-of-product": ["director-of-product"],
      "vp-of-product": ["vp-of-product"],
      "chief-product-officer": ["chief-product-officer", "head-of-product"],
    },
    steps: {
      "associate-product-manager -> junior-product-manager": none,
      "junior-product-manager -> product-manager": none,
      "product-manager -> senior-product-manager": none,
      "senior-product-manager -> product-leader": none,
      "product-leader -> director-of-product": none,
      "director-of-product -> vp-of-product": none,
      "vp-of-product -> chief-product-officer": none,
    },
  },
  // "4 main levels": APM, Mid-Level, Senior, "Principal OR GROUP Product Manager" (two roles: "One is
  // a management track ... and one is an individual contributor"). APM→mid "after 12-18 months".
  [S.a003]: {
    roles: {
      "associate-product-manager": ["associate-product-manager"],
      "product-manager": ["product-manager"],
      "senior-product-manager": ["senior-product-manager"],
      "group-product-manager": ["group-product-manager"],
      "principal-product-manager": ["principal-product-manager"],
    },
    steps: {
      "associate-product-manager -> product-manager": { SIGN: 0, TIME: 1 },
      "product-manager -> senior-product-manager": none,
      "senior-product-manager -> group-product-manager": none,
      "senior-product-manager -> principal-product-manager": none,
    },
  },
  // Intern and Associate (entry level), Product Manager and Senior (mid-level), Director, VP, CPO
  // (high-level). The PM: "one needs to be grilled enough in their initial roles".
  [S.a004]: {
    roles: {
      "product-manager-intern": ["product-manager-intern"],
      "associate-product-manager": ["associate-product-manager"],
      "product-manager": ["product-manager"],
      "senior-product-manager": ["senior-product-manager"],
      "director-of-product": ["director-of-product"],
      "vp-of-product": ["vp-of-product"],
      "chief-product-officer": ["chief-product-officer"],
    },
    steps: {
      "product-manager-intern -> associate-product-manager": none,
      "associate-product-manager -> product-manager": { SIGN: 1, TIME: 0 },
      "product-manager -> senior-product-manager": none,
      "senior-product-manager -> director-of-product": none,
      "director-of-product -> vp-of-product": none,
      "vp-of-product -> chief-product-officer": none,
    },
  },
};

describe("each article's ladder, as read from its text", () => {
  for (const [source, read] of Object.entries(READ)) {
    it(`${source}: ${Object.keys(read.roles).length} roles, ${Object.keys(read.steps).length} steps, its signs per step`, async () => {
      const { ladder } = await server.execute(Ladder, { source });
      const entries = ladder.flatMap((rung) => rung.sourceRoles);
      expect(Object.fromEntries(entries.map((e) => [e.role.slug, e.roles.map((r) => r.slug)]))).toEqual(read.roles);
      // No role twice: every catalogue role on the ladder is in exactly one entry.
      const all = entries.flatMap((e) => e.roles.map((r) => r.slug));
      expect(all.length).toBe(new Set(all).size);
      const steps = ladder.flatMap((rung) => rung.promotesTo);
      const counted = Object.fromEntries(
        steps.map((s) => [
          `${s.from.slug} -> ${s.to.slug}`,
          {
            SIGN: s.readinessSigns.filter((r) => r.kind === "SIGN").length,
            TIME: s.readinessSigns.filter((r) => r.kind === "TIME").length,
          },
        ]),
      );
      expect(steps.length).toBe(Object.keys(read.steps).length);
      expect(counted).toEqual(read.steps);
    });
  }

  it("names a role by its first title and lists the others as also called", async () => {
    const { ladder } = await server.execute(Ladder, { source: S.a001 });
    expect(ladder.map((r) => r.sourceRoles.map((e) => [e.heading, e.alsoCalled]))).toEqual([
      [["Associate Product Manager", ["Junior Product Manager"]]],
      [["Product Manager", []]],
      [["Senior Product Manager", []]],
      [["Director of Product", ["Product Leader"]]],
      [
        ["Chief Product Officer", []],
        ["VP Of Product", []],
      ],
    ]);
  });
});

const NextRoles = graphql(`
  query OneNextRole($from: ID!, $sources: [ID!], $minSupport: Int) {
    nextRoleSearch(from: $from, sources: $sources, minSupport: $minSupport) {
      steps { to { slug } toRoles { slug } support claims { from { slug } to { slug } } }
      emptyBecause { kind sources { id } }
    }
  }
`);

describe("every answer follows the article's own SAME_AS", () => {
  it("answers one next role, with both titles, where an article names one role with two", async () => {
    const { nextRoleSearch } = await server.execute(NextRoles, { from: "senior-product-manager", sources: [S.a001] });
    expect(nextRoleSearch.steps.map((s) => [s.to.slug, s.toRoles.map((r) => r.slug), s.support])).toEqual([
      ["director-of-product", ["director-of-product", "product-leader"], 1],
    ]);
    expect(nextRoleSearch.emptyBecause).toBeNull();
  });

  it("keeps catalogue roles apart across articles: 001's SAME_AS merges nothing for 000, 002 and 004", async () => {
    const { nextRoleSearch } = await server.execute(NextRoles, { from: "senior-product-manager" });
    expect(nextRoleSearch.steps.map((s) => [s.to.slug, s.toRoles.length])).toEqual([
      ["product-leader", 1],
      ["director-of-product", 1],
      ["group-product-manager", 1],
      ["principal-product-manager", 1],
    ]);
  });

  it("leaves a role by another title its article joins to it (000's director is its group product manager)", async () => {
    const { nextRoleSearch } = await server.execute(NextRoles, { from: "director-of-product", sources: [S.a000] });
    expect(nextRoleSearch.steps.map((s) => [s.to.slug, s.toRoles.map((r) => r.slug), s.claims.map((c) => c.from.slug)])).toEqual([
      ["vp-of-product", ["vp-of-product"], ["group-product-manager"]],
    ]);
  });

  it("says why there is no next role: none asserted, or a filter removed every step", async () => {
    const top = await server.execute(NextRoles, { from: "principal-product-manager" });
    expect(top.nextRoleSearch).toEqual({ steps: [], emptyBecause: { kind: "NO_STEP_OUT", sources: [] } });
    const filtered = await server.execute(NextRoles, { from: "product-manager", minSupport: 6 });
    expect(filtered.nextRoleSearch.emptyBecause?.kind).toBe("FILTERED_OUT");
  });

  it("walks 001's ladder as one path from the Senior PM to the CPO, not one per title", async () => {
    const { pathSearch } = await server.execute(
      graphql(`
        query OnePath($sources: [ID!]) {
          pathSearch(from: "senior-product-manager", to: "chief-product-officer", sources: $sources) {
            paths { length roles { slug } steps { toRoles { slug } } }
          }
        }
      `),
      { sources: [S.a001] },
    );
    expect(pathSearch.paths).toEqual([
      {
        length: 2,
        roles: [{ slug: "senior-product-manager" }, { slug: "director-of-product" }, { slug: "chief-product-officer" }],
        steps: [
          { toRoles: [{ slug: "director-of-product" }, { slug: "product-leader" }] },
          { toRoles: [{ slug: "chief-product-officer" }] },
        ],
      },
    ]);
  });

  it("enters and leaves a role by another title its article joins to it, each step counted once", async () => {
    const Paths = graphql(`
      query ByOtherTitles($from: ID!, $to: ID!, $sources: [ID!]) {
        promotionPaths(from: $from, to: $to, sources: $sources) { length roles { slug } steps { claims { from { slug } to { slug } } } }
        shortestPromotionPath(from: $from, to: $to, sources: $sources) { length roles { slug } }
      }
    `);
    const show = (p: { roles: { slug: string }[]; steps: { claims: { from: { slug: string }; to: { slug: string } }[] }[] }) => [
      p.roles.map((r) => r.slug),
      p.steps.map((s) => s.claims.map((c) => `${c.from.slug}>${c.to.slug}`)),
    ];
    // 000: its VP of Product is "Sometimes labeled Chief Product Officer": the walk up to the VP reaches the CPO.
    const toCpo = await server.execute(Paths, { from: "senior-product-manager", to: "chief-product-officer", sources: [S.a000] });
    expect(toCpo.promotionPaths.map(show)).toEqual([
      [
        ["senior-product-manager", "group-product-manager", "chief-product-officer"],
        [["senior-product-manager>group-product-manager"], ["group-product-manager>vp-of-product"]],
      ],
    ]);
    expect(toCpo.shortestPromotionPath?.length).toBe(2);
    // 000: "the director/group product manager position": the director leaves by the group PM's step.
    const fromDirector = await server.execute(Paths, { from: "director-of-product", to: "vp-of-product", sources: [S.a000] });
    expect(fromDirector.promotionPaths.map(show)).toEqual([
      [["director-of-product", "vp-of-product"], [["group-product-manager>vp-of-product"]]],
    ]);
    // 002: the CPO "is also known as the head of product".
    const toHead = await server.execute(Paths, { from: "senior-product-manager", to: "head-of-product", sources: [S.a002] });
    expect(toHead.shortestPromotionPath?.roles.map((r) => r.slug)).toEqual([
      "senior-product-manager",
      "product-leader",
      "director-of-product",
      "vp-of-product",
      "head-of-product",
    ]);
    // Another article's SAME_AS joins nothing: 004 steps from its VP to its CPO, and 000's VP=CPO does not make
    // 004's path to the VP one to the CPO (nor the reverse).
    const by004 = await server.execute(Paths, { from: "senior-product-manager", to: "chief-product-officer", sources: [S.a004] });
    expect(by004.promotionPaths.map((p) => p.roles.map((r) => r.slug))).toEqual([
      ["senior-product-manager", "director-of-product", "vp-of-product", "chief-product-officer"],
    ]);
  });

  it("says no path leads from the head of product to the CPO because 002 says they are one role", async () => {
    const { pathSearch } = await server.execute(
      graphql(`
        query SameRole {
          pathSearch(from: "head-of-product", to: "chief-product-officer") {
            paths { length }
            emptyBecause { kind sources { id } evidence { quote } }
          }
        }
      `),
    );
    expect(pathSearch).toEqual({
      paths: [],
      emptyBecause: {
        kind: "SAME_ROLE",
        sources: [{ id: S.a002 }],
        evidence: [{ quote: "The position is also known as the head of product or vice president (VP) of product." }],
      },
    });
  });
});

const AllConflicts = graphql(`
  query PairConflicts {
    conflicts(aspects: [IDENTITY, RELATIVE_RANK]) {
      role { slug }
      aspect
      positions { identityRelation rankRelation otherRole { slug } sources { id } }
    }
  }
`);

describe("a disagreement between two roles reads the same from either role", () => {
  it("for every pair in the seed graph: the same positions, held by the same sources", async () => {
    const { conflicts } = await server.execute(AllConflicts);
    const INVERSE: Record<string, string> = { ABOVE: "BELOW", BELOW: "ABOVE", EQUAL: "EQUAL" };
    const byPair = new Map<string, string[]>();
    for (const c of conflicts) {
      for (const p of c.positions) {
        const other = p.otherRole?.slug;
        if (!other) continue;
        const [a, b] = [c.role.slug, other].sort();
        const relation = p.identityRelation ?? (c.role.slug === a ? p.rankRelation : INVERSE[p.rankRelation ?? ""]);
        const key = `${c.aspect} ${a} ${b}`;
        byPair.set(key, [
          ...(byPair.get(key) ?? []),
          `${c.role.slug === a ? "a" : "b"}: ${relation} ${p.sources.map((s) => s.id).join(",")}`,
        ]);
      }
    }
    const asymmetric = [...byPair.entries()].flatMap(([pair, held]) => {
      const fromA = held
        .filter((h) => h.startsWith("a: "))
        .map((h) => h.slice(3))
        .sort();
      const fromB = held
        .filter((h) => h.startsWith("b: "))
        .map((h) => h.slice(3))
        .sort();
      return JSON.stringify(fromA) === JSON.stringify(fromB) ? [] : [{ pair, fromA, fromB }];
    });
    expect(asymmetric).toEqual([]);
    expect(byPair.size).toBeGreaterThan(5);
  });

  it("director of product and product leader: three positions from either end", async () => {
    const { conflicts } = await server.execute(AllConflicts);
    const of = (role: string) =>
      conflicts
        .filter((c) => c.aspect === "IDENTITY" && c.role.slug === role)
        .flatMap((c) =>
          c.positions.filter((p) => p.otherRole?.slug === (role === "product-leader" ? "director-of-product" : "product-leader")),
        )
        .map((p) => [p.identityRelation, p.sources.map((s) => s.id)]);
    const expected = [
      ["SAME_AS", [S.a001]],
      ["SEPARATE_ROLE", [S.a000]],
      ["SEPARATE_RUNG", [S.a002]],
    ];
    expect(of("director-of-product")).toEqual(expected);
    expect(of("product-leader")).toEqual(expected);
  });
});

describe("the entry level, read from the article's bands where it has them", () => {
  it("004 bands the intern and the associate as its entry level: no article puts the associate PM above it", async () => {
    const { role } = await server.execute(
      graphql(`
        query EntryLevel {
          role(id: "associate-product-manager") { conflicts(aspects: [ENTRY_LEVEL]) { summary } }
        }
      `),
    );
    expect(role?.conflicts).toEqual([]);
  });
});
