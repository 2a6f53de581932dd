import { describe, expect, it } from "vitest";
import type { DefinitionClaim } from "../../src/claims/definition.ts";
import type { Evidence } from "../../src/claims/evidence.ts";
import type { IdentityClaim } from "../../src/claims/identity.ts";
import type { PromotionClaim } from "../../src/claims/promotion.ts";
import { computeSourceAgreement, type SourcePairAgreement, type StepContradiction } from "../../src/domain/agreement.ts";
import { definition, identity, ladder, promotion } from "../support/claims.ts";

// ---------------------------------------------------------------------------------------------
// Fixtures: tiny hand-made claims. Sources are s0..s3; role ids are short slugs.

function def(source: string, role: string, rank: number | null, at = 0): DefinitionClaim {
  return definition({ source, role, rank, at });
}

const promo = promotion;

/** The evidence a claim contributes. */
const ev = (claim: { evidence: Evidence }): Evidence => claim.evidence;

interface Input {
  sources: string[];
  definitions?: DefinitionClaim[];
  promotions?: PromotionClaim[];
  identities?: IdentityClaim[];
}

function agreement({ sources, definitions = [], promotions = [], identities = [] }: Input): SourcePairAgreement[] {
  return computeSourceAgreement({ sources, definitions, promotions, identities });
}

function onlyPair(input: Input): SourcePairAgreement {
  const [pair, ...rest] = agreement(input);
  expect(rest).toEqual([]);
  if (!pair) throw new Error("no pair");
  return pair;
}

// ---------------------------------------------------------------------------------------------

describe("pairs", () => {
  it("gives one entry per unordered pair of distinct sources, sorted, even for sources without claims", () => {
    const pairs = agreement({ sources: ["s2", "s0", "s1", "s0"] });
    expect(pairs).toEqual<SourcePairAgreement[]>(
      [
        ["s0", "s1"],
        ["s0", "s2"],
        ["s1", "s2"],
      ].map(([a = "", b = ""]) => ({
        a,
        b,
        sharedRoles: [],
        sharedSteps: [],
        contradictions: [],
        rankedRoles: [],
        concordantPairs: 0,
        discordantPairs: 0,
        tiedPairs: 0,
        kendallTau: null,
      })),
    );
  });

  it("gives nothing for fewer than two sources", () => {
    expect(agreement({ sources: ["s0"], definitions: ladder("s0", ["apm", "pm"]) })).toEqual([]);
    expect(agreement({ sources: [] })).toEqual([]);
  });

  it("ignores claims of sources not asked about", () => {
    const pair = onlyPair({
      sources: ["s0", "s1"],
      definitions: [...ladder("s0", ["apm", "pm"]), ...ladder("s2", ["pm", "apm"])],
      promotions: [promo("s0", "apm", "pm"), promo("s2", "pm", "apm")],
    });
    expect(pair.sharedRoles).toEqual([]);
    expect(pair.contradictions).toEqual([]);
  });
});

describe("shared roles and steps", () => {
  it("lists the roles both define, ranked or not, and the steps both assert, sorted", () => {
    const pair = onlyPair({
      sources: ["s1", "s0"],
      definitions: [
        ...ladder("s0", ["pm", "spm", "gpm"]),
        def("s0", "tpm", null),
        def("s1", "tpm", null),
        def("s1", "apm", 1),
        def("s1", "spm", 2),
        def("s1", "pm", 2),
      ],
      promotions: [
        promo("s0", "spm", "gpm"),
        promo("s0", "pm", "spm"),
        promo("s0", "pm", "spm", 500, "LADDER_ORDER"),
        promo("s1", "pm", "spm"),
        promo("s1", "spm", "gpm"),
        promo("s1", "apm", "pm"),
      ],
    });
    expect(pair.a).toEqual("s0");
    expect(pair.b).toEqual("s1");
    expect(pair.sharedRoles).toEqual(["pm", "spm", "tpm"]);
    expect(pair.rankedRoles).toEqual(["pm", "spm"]);
    expect(pair.sharedSteps).toEqual([
      { from: "pm", to: "spm" },
      { from: "spm", to: "gpm" },
    ]);
  });
});

describe("contradictions", () => {
  it("finds a reversed step in both directions, with both sides' claims as evidence", () => {
    const up = promo("s0", "pm", "spm", 10);
    const down = promo("s1", "spm", "pm", 20);
    expect(onlyPair({ sources: ["s0", "s1"], promotions: [up, down] }).contradictions).toEqual<StepContradiction[]>([
      { from: "pm", to: "spm", assertedBy: "s0", contradictedBy: "s1", reason: "REVERSE_STEP", evidence: [ev(up), ev(down)] },
      { from: "spm", to: "pm", assertedBy: "s1", contradictedBy: "s0", reason: "REVERSE_STEP", evidence: [ev(down), ev(up)] },
    ]);
  });

  it("finds a step against the other source's rank order, including equal ranks", () => {
    const step = promo("s0", "spm", "gpm", 5);
    const gpm = def("s1", "gpm", 3, 300);
    const spm = def("s1", "spm", 4, 400);
    const level = promo("s0", "gpm", "ppm", 6);
    const ppm = def("s1", "ppm", 3, 500);
    expect(onlyPair({ sources: ["s0", "s1"], definitions: [gpm, spm, ppm], promotions: [step, level] }).contradictions).toEqual<
      StepContradiction[]
    >([
      { from: "gpm", to: "ppm", assertedBy: "s0", contradictedBy: "s1", reason: "RANK_ORDER", evidence: [ev(level), ev(gpm), ev(ppm)] },
      { from: "spm", to: "gpm", assertedBy: "s0", contradictedBy: "s1", reason: "RANK_ORDER", evidence: [ev(step), ev(spm), ev(gpm)] },
    ]);
  });

  it("finds a step between two roles the other source calls the same, whichever way round it says so", () => {
    const step = promo("s1", "dir", "pl", 1);
    const same = identity("s0", "pl", "dir", "SAME_AS", 2);
    expect(onlyPair({ sources: ["s0", "s1"], promotions: [step], identities: [same] }).contradictions).toEqual<StepContradiction[]>([
      { from: "dir", to: "pl", assertedBy: "s1", contradictedBy: "s0", reason: "SAME_ROLE", evidence: [ev(step), ev(same)] },
    ]);
  });

  it("gives a step one contradiction per contradicting source, with the most explicit reason", () => {
    const step = promo("s0", "dir", "pl");
    const pair = onlyPair({
      sources: ["s0", "s1"],
      definitions: [def("s1", "dir", 3), def("s1", "pl", 3)],
      promotions: [step, promo("s1", "pl", "dir", 50)],
      identities: [identity("s1", "dir", "pl", "SAME_AS")],
    });
    expect(pair.contradictions.map((c) => [c.from, c.to, c.assertedBy, c.reason])).toEqual([
      ["dir", "pl", "s0", "REVERSE_STEP"],
      ["pl", "dir", "s1", "REVERSE_STEP"],
    ]);
  });

  it("prefers SAME_ROLE to RANK_ORDER when a heading names both roles at one rank", () => {
    const pair = onlyPair({
      sources: ["s0", "s1"],
      definitions: [def("s1", "dir", 3), def("s1", "pl", 3)],
      promotions: [promo("s0", "dir", "pl")],
      identities: [identity("s1", "dir", "pl", "SAME_AS")],
    });
    expect(pair.contradictions.map((c) => c.reason)).toEqual(["SAME_ROLE"]);
  });

  it("does not count agreement, silence, a branch, may-coexist or a role the other leaves unranked", () => {
    const pair = onlyPair({
      sources: ["s0", "s1"],
      definitions: [...ladder("s1", ["pm", "spm", "gpm"]), def("s1", "ppm", 3), def("s1", "vp", null), def("s1", "cpo", 5)],
      promotions: [
        promo("s0", "pm", "spm"),
        promo("s0", "spm", "gpm"),
        promo("s0", "spm", "ppm"),
        promo("s0", "gpm", "dir"),
        promo("s0", "vp", "cpo"),
        promo("s0", "dir", "pl"),
        promo("s1", "pm", "spm"),
      ],
      identities: [identity("s1", "dir", "pl", "MAY_COEXIST"), identity("s0", "dir", "pl", "SAME_AS")],
    });
    expect(pair.contradictions).toEqual([]);
  });
});

describe("Kendall tau-b", () => {
  it("is 1 for identical rank orders, whatever the rank numbers", () => {
    const pair = onlyPair({
      sources: ["s0", "s1"],
      definitions: [...ladder("s0", ["apm", "pm", "spm"]), def("s1", "apm", 1), def("s1", "pm", 3), def("s1", "spm", 7)],
    });
    expect([pair.concordantPairs, pair.discordantPairs, pair.tiedPairs, pair.kendallTau]).toEqual([3, 0, 0, 1]);
  });

  it("is -1 for reversed orders", () => {
    const pair = onlyPair({
      sources: ["s0", "s1"],
      definitions: [...ladder("s0", ["apm", "pm", "spm", "gpm"]), ...ladder("s1", ["gpm", "spm", "pm", "apm"])],
    });
    expect([pair.concordantPairs, pair.discordantPairs, pair.tiedPairs, pair.kendallTau]).toEqual([0, 6, 0, -1]);
  });

  it("corrects for ties (tau-b) and leaves the value unrounded", () => {
    const pair = onlyPair({
      sources: ["s0", "s1"],
      definitions: [...ladder("s0", ["apm", "pm", "spm"]), def("s1", "apm", 1), def("s1", "pm", 2), def("s1", "spm", 2)],
    });
    expect([pair.concordantPairs, pair.discordantPairs, pair.tiedPairs]).toEqual([2, 0, 1]);
    expect(pair.kendallTau).toEqual(2 / Math.sqrt(6));
  });

  it("counts a pair tied in both sources once", () => {
    const pair = onlyPair({
      sources: ["s0", "s1"],
      definitions: [
        def("s0", "apm", 1),
        def("s0", "gpm", 4),
        def("s0", "ppm", 4),
        def("s0", "pm", 2),
        def("s1", "apm", 1),
        def("s1", "gpm", 3),
        def("s1", "ppm", 3),
        def("s1", "pm", 2),
      ],
    });
    // n0 = 6, one pair (gpm, ppm) tied in both: tau_b = 5 / sqrt(5 * 5).
    expect([pair.rankedRoles, pair.concordantPairs, pair.discordantPairs, pair.tiedPairs, pair.kendallTau]).toEqual([
      ["apm", "gpm", "pm", "ppm"],
      5,
      0,
      1,
      1,
    ]);
  });

  it("mixes concordant and discordant pairs", () => {
    const pair = onlyPair({
      sources: ["s0", "s1"],
      definitions: [...ladder("s0", ["apm", "pm", "spm"]), ...ladder("s1", ["apm", "spm", "pm"])],
    });
    expect([pair.concordantPairs, pair.discordantPairs, pair.tiedPairs, pair.kendallTau]).toEqual([2, 1, 0, 1 / 3]);
  });

  it("is null with fewer than two roles ranked by both, counting only roles both rank", () => {
    const pair = onlyPair({
      sources: ["s0", "s1"],
      definitions: [...ladder("s0", ["apm", "pm"]), def("s1", "apm", 1), def("s1", "pm", null), def("s1", "spm", 2)],
    });
    expect(pair.sharedRoles).toEqual(["apm", "pm"]);
    expect(pair.rankedRoles).toEqual(["apm"]);
    expect([pair.concordantPairs, pair.discordantPairs, pair.tiedPairs, pair.kendallTau]).toEqual([0, 0, 0, null]);
  });

  it("is null when one source ties every ranked role", () => {
    const pair = onlyPair({
      sources: ["s0", "s1"],
      definitions: [...ladder("s0", ["gpm", "ppm"]), def("s1", "gpm", 4), def("s1", "ppm", 4)],
    });
    expect([pair.concordantPairs, pair.discordantPairs, pair.tiedPairs, pair.kendallTau]).toEqual([0, 0, 1, null]);
  });

  it("takes a source's lowest rank for a role it ranks twice", () => {
    const pair = onlyPair({
      sources: ["s0", "s1"],
      definitions: [...ladder("s0", ["apm", "pm"]), def("s1", "pm", 5), def("s1", "apm", 2), def("s1", "pm", 1)],
    });
    expect(pair.kendallTau).toEqual(-1);
  });
});
