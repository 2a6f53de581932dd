import { describe, expect, it } from "vitest";
import type { BandClaim } from "../../src/claims/band.ts";
import type { DefinitionClaim } from "../../src/claims/definition.ts";
import type { Evidence } from "../../src/claims/evidence.ts";
import type { IdentityClaim } from "../../src/claims/identity.ts";
import type { ManagementClaim } from "../../src/claims/management.ts";
import type { PromotionClaim } from "../../src/claims/promotion.ts";
import type { RelativeRankClaim } from "../../src/claims/relativeRank.ts";
import type { ResponsibilityClaim } from "../../src/claims/responsibility.ts";
import { CONFLICT_ASPECTS, type Conflict, computeConflicts, type RoleClaims } from "../../src/domain/conflicts/index.ts";
import {
  band,
  type DefinitionSpec,
  definition,
  figureEvidence,
  identity,
  managementClaim,
  promotion,
  relativeRank,
  responsibility,
} from "../support/claims.ts";

// ---------------------------------------------------------------------------------------------
// Fixtures: tiny hand-made claims. Sources are s0..s4; role ids are short slugs.

const NAMES: Record<string, string> = {
  apm: "Associate Product Manager",
  jpm: "Junior Product Manager",
  pm: "Product Manager",
  spm: "Senior Product Manager",
  gpm: "Group Product Manager",
  ppm: "Principal Product Manager",
  dir: "Director of Product",
  pl: "Product Leader",
  vp: "VP of Product",
  cpo: "Chief Product Officer",
};

const roleName = (id: string): string => NAMES[id] ?? id;

function def(spec: Omit<DefinitionSpec, "title">): DefinitionClaim {
  return definition({ ...spec, title: roleName(spec.role) });
}

const promo = promotion;
const resp = responsibility;

/** The evidence a claim contributes. */
const ev = (claim: { evidence: Evidence }): Evidence => claim.evidence;
const trackEv = (d: DefinitionClaim) => figureEvidence(d, "track");
const yearsEv = (d: DefinitionClaim) => figureEvidence(d, "years");
const salaryEv = (d: DefinitionClaim) => figureEvidence(d, "salaryUsd");

interface Corpus {
  definitions?: DefinitionClaim[];
  promotions?: PromotionClaim[];
  identities?: IdentityClaim[];
  responsibilities?: ResponsibilityClaim[];
  bands?: BandClaim[];
  management?: ManagementClaim[];
  relativeRanks?: RelativeRankClaim[];
}

/** Builds a role's claims from a whole corpus, the way the repositories do. */
function claimsFor(role: string, corpus: Corpus): RoleClaims {
  const definitions = corpus.definitions ?? [];
  const promotions = corpus.promotions ?? [];
  const mine = definitions.filter((d) => d.role === role);
  const ladders = new Map<string, DefinitionClaim[]>();
  for (const d of mine)
    ladders.set(
      d.source,
      definitions.filter((x) => x.source === d.source),
    );
  const identities = (corpus.identities ?? []).flatMap((i) => {
    if (i.role === role) return [i];
    if (i.other === role) return [{ ...i, role: i.other, other: i.role }];
    return [];
  });
  return {
    role,
    definitions: mine,
    promotionsFrom: promotions.filter((p) => p.from === role),
    promotionsTo: promotions.filter((p) => p.to === role),
    identities,
    responsibilities: (corpus.responsibilities ?? []).filter((r) => r.role === role),
    ladders,
    sourceIdentities: corpus.identities ?? [],
    bands: corpus.bands ?? [],
    management: corpus.management ?? [],
    relativeRanks: corpus.relativeRanks ?? [],
    roleName,
  };
}

// ---------------------------------------------------------------------------------------------

describe("IDENTITY", () => {
  const s2vp = def({ source: "s2", role: "vp", rank: 5, at: 100 });
  const s2cpo = def({ source: "s2", role: "cpo", rank: 6, at: 200 });
  const s0same = identity("s0", "vp", "cpo", "SAME_AS", 10);
  const s1coexist = identity("s1", "cpo", "vp", "MAY_COEXIST", 20);
  const s2same = identity("s2", "vp", "cpo", "SAME_AS", 30);
  const s4step = promo("s4", "vp", "cpo", 40);
  const corpus: Corpus = {
    definitions: [
      def({ source: "s0", role: "vp", rank: 5 }),
      def({ source: "s1", role: "vp", rank: 5 }),
      s2vp,
      s2cpo,
      def({ source: "s4", role: "vp", rank: 4 }),
    ],
    identities: [s0same, s1coexist, s2same],
    promotions: [s4step],
  };

  it("lists same role, may coexist and separate rung, and a source holding two of them", () => {
    expect(computeConflicts(claimsFor("vp", corpus), ["IDENTITY"])).toEqual<Conflict[]>([
      {
        role: "vp",
        aspect: "IDENTITY",
        summary:
          "Sources disagree whether VP of Product and Chief Product Officer are one role: " +
          "may coexist (s1); same role (s0, s2); separate rung (s2, s4). s2 holds more than one position.",
        positions: [
          {
            value: "may coexist with Chief Product Officer",
            sources: ["s1"],
            evidence: [ev(s1coexist)],
            detail: { identityRelation: "MAY_COEXIST", otherRole: "cpo" },
          },
          {
            value: "same role as Chief Product Officer",
            sources: ["s0", "s2"],
            evidence: [ev(s0same), ev(s2same)],
            detail: { identityRelation: "SAME_AS", otherRole: "cpo" },
          },
          {
            value: "separate rung from Chief Product Officer",
            sources: ["s2", "s4"],
            evidence: [ev(s2vp), ev(s2cpo), ev(s4step)],
            detail: { identityRelation: "SEPARATE_RUNG", otherRole: "cpo" },
          },
        ],
        withinSource: ["s2"],
      },
    ]);
  });

  it("follows each source's own SAME_AS: two sections at one rung on two tracks are two roles to that source", () => {
    // s0 describes gpm (management) and pl (individual contributor) in separate sections at rank 4, and calls gpm the director;
    // s1 says the director is the product leader.
    const s0gpm = def({ source: "s0", role: "gpm", rank: 4, track: "MANAGEMENT", at: 100 });
    const s0pl = def({ source: "s0", role: "pl", rank: 4, track: "INDIVIDUAL_CONTRIBUTOR", at: 200 });
    const s1same = identity("s1", "dir", "pl", "SAME_AS", 300);
    const s0same = identity("s0", "gpm", "dir", "SAME_AS", 400);
    const claims = {
      ...claimsFor("dir", { identities: [s1same] }),
      ladders: new Map([["s0", [s0gpm, s0pl]]]),
      sourceIdentities: [s0same, s1same],
    };
    const [conflict] = computeConflicts(claims, ["IDENTITY"]);
    expect(conflict?.positions.map((p) => [p.value, p.sources, p.detail])).toEqual([
      ["same role as Product Leader", ["s1"], { identityRelation: "SAME_AS", otherRole: "pl" }],
      [
        "separate role from Product Leader at the same rung, on another track",
        ["s0"],
        { identityRelation: "SEPARATE_ROLE", otherRole: "pl" },
      ],
    ]);
    expect(conflict?.positions[1]?.evidence).toEqual([ev(s0gpm), ev(s0pl)]);
  });

  it("is seen from the other role too, with a promotion in the other direction", () => {
    const [conflict] = computeConflicts(claimsFor("cpo", corpus), ["IDENTITY"]);
    expect(conflict?.summary).toEqual(
      "Sources disagree whether Chief Product Officer and VP of Product are one role: " +
        "may coexist (s1); same role (s0, s2); separate rung (s2, s4). s2 holds more than one position.",
    );
    expect(conflict?.positions.map((p) => [p.value, p.sources])).toEqual([
      ["may coexist with VP of Product", ["s1"]],
      ["same role as VP of Product", ["s0", "s2"]],
      ["separate rung from VP of Product", ["s2", "s4"]],
    ]);
  });

  it("restricts identity claims, ladders and promotions to the given sources", () => {
    const claims = claimsFor("vp", corpus);
    expect(computeConflicts(claims, ["IDENTITY"], ["s0", "s2"]).map((c) => [c.summary, c.withinSource])).toEqual([
      [
        "Sources disagree whether VP of Product and Chief Product Officer are one role: same role (s0, s2); separate rung (s2). " +
          "s2 holds more than one position.",
        ["s2"],
      ],
    ]);
    expect(computeConflicts(claims, ["IDENTITY"], ["s0", "s4"]).map((c) => c.summary)).toEqual([
      "Sources disagree whether VP of Product and Chief Product Officer are one role: same role (s0); separate rung (s4).",
    ]);
    expect(computeConflicts(claims, ["IDENTITY"], ["s2"]).map((c) => c.withinSource)).toEqual([["s2"]]);
    expect(computeConflicts(claims, ["IDENTITY"], ["s1", "s4", "s3"])).toHaveLength(1);
    expect(computeConflicts(claims, ["IDENTITY"], ["s0", "s3"])).toEqual([]);
  });

  it("does not count two roles defined at the same rank (one heading naming both) as separate rungs", () => {
    const sameRank: Corpus = {
      definitions: [def({ source: "s1", role: "dir", rank: 3 }), def({ source: "s1", role: "pl", rank: 3 })],
      identities: [identity("s0", "dir", "pl", "SAME_AS"), identity("s1", "dir", "pl", "SAME_AS")],
    };
    expect(computeConflicts(claimsFor("dir", sameRank), ["IDENTITY"])).toEqual([]);
  });

  it("does not count a role whose rank is null as a rung", () => {
    const unranked: Corpus = {
      definitions: [def({ source: "s1", role: "dir", rank: 3 }), def({ source: "s1", role: "pl", rank: null })],
      identities: [identity("s0", "dir", "pl", "SAME_AS")],
    };
    expect(computeConflicts(claimsFor("dir", unranked), ["IDENTITY"])).toEqual([]);
  });

  it("gives one conflict per other role, ordered by the other role's id, and none where sources agree", () => {
    const many: Corpus = {
      identities: [
        identity("s0", "dir", "vp", "MAY_COEXIST"),
        identity("s1", "dir", "vp", "SAME_AS"),
        identity("s0", "dir", "pl", "SAME_AS"),
        identity("s0", "dir", "cpo", "SAME_AS"),
        identity("s1", "cpo", "dir", "SAME_AS"),
      ],
      promotions: [promo("s1", "pl", "dir")],
    };
    const conflicts = computeConflicts(claimsFor("dir", many), ["IDENTITY"]);
    expect(conflicts.map((c) => [c.summary, c.withinSource])).toEqual([
      ["Sources disagree whether Director of Product and Product Leader are one role: same role (s0); separate rung (s1).", []],
      ["Sources disagree whether Director of Product and VP of Product are one role: may coexist (s0); same role (s1).", []],
    ]);
  });

  it("does not make a conflict out of promotions alone, with no identity claim", () => {
    const steps: Corpus = { promotions: [promo("s0", "dir", "vp")], definitions: [def({ source: "s0", role: "dir", rank: 1 })] };
    expect(computeConflicts(claimsFor("dir", steps), ["IDENTITY"])).toEqual([]);
  });
});

describe("PROMOTION", () => {
  const s0step = promo("s0", "pm", "spm", 50);
  const s1gpm = promo("s1", "pm", "gpm", 60);
  const s1ppm = promo("s1", "pm", "ppm", 70);
  const s2pm = def({ source: "s2", role: "pm", rank: 3, at: 10 });

  it("groups sources by their set of next roles and adds the top of a ladder", () => {
    const corpus: Corpus = {
      definitions: [def({ source: "s2", role: "apm", rank: 1 }), s2pm, def({ source: "s2", role: "jpm", rank: null })],
      promotions: [s0step, s1ppm, s1gpm],
    };
    expect(computeConflicts(claimsFor("pm", corpus), ["PROMOTION"])).toEqual<Conflict[]>([
      {
        role: "pm",
        aspect: "PROMOTION",
        summary:
          "Sources disagree on the next step up from Product Manager: " +
          "promotes to Group Product Manager, Principal Product Manager (s1); " +
          "promotes to Senior Product Manager (s0); top of this source's ladder (s2).",
        positions: [
          {
            value: "promotes to Group Product Manager, Principal Product Manager",
            sources: ["s1"],
            evidence: [ev(s1gpm), ev(s1ppm)],
            detail: { nextRoles: ["gpm", "ppm"], topOfLadder: false },
          },
          {
            value: "promotes to Senior Product Manager",
            sources: ["s0"],
            evidence: [ev(s0step)],
            detail: { nextRoles: ["spm"], topOfLadder: false },
          },
          { value: "top of this source's ladder", sources: ["s2"], evidence: [ev(s2pm)], detail: { nextRoles: [], topOfLadder: true } },
        ],
        withinSource: [],
      },
    ]);
  });

  it("does not treat a branch within one source as a conflict by itself", () => {
    expect(computeConflicts(claimsFor("pm", { promotions: [s1gpm, s1ppm] }), ["PROMOTION"])).toEqual([]);
  });

  it("does not count sources asserting the same set, even through different or repeated claims", () => {
    const corpus: Corpus = {
      promotions: [
        promo("s0", "pm", "gpm", 1, "LADDER_ORDER"),
        promo("s0", "pm", "ppm", 2),
        promo("s0", "pm", "ppm", 3, "LADDER_ORDER"),
        promo("s1", "pm", "ppm", 4),
        promo("s1", "pm", "gpm", 5),
      ],
    };
    expect(computeConflicts(claimsFor("pm", corpus), ["PROMOTION"])).toEqual([]);
  });

  it("does not put a source at the top when it promotes from the top rank, or when the role is below its top", () => {
    const corpus: Corpus = {
      definitions: [
        def({ source: "s0", role: "pm", rank: 2 }),
        def({ source: "s1", role: "pm", rank: 1 }),
        def({ source: "s1", role: "spm", rank: 2 }),
        def({ source: "s2", role: "pm", rank: null }),
      ],
      promotions: [s0step, promo("s1", "pm", "spm")],
    };
    expect(computeConflicts(claimsFor("pm", corpus), ["PROMOTION"])).toEqual([]);
  });
});

describe("TRACK", () => {
  const s0 = def({ source: "s0", role: "pl", track: "INDIVIDUAL_CONTRIBUTOR" });
  const s1 = def({ source: "s1", role: "pl", track: "MANAGEMENT", at: 10 });
  const s2 = def({ source: "s2", role: "pl", track: "INDIVIDUAL_CONTRIBUTOR", at: 20 });

  it("groups definitions by track", () => {
    expect(computeConflicts(claimsFor("pl", { definitions: [s0, s1, s2, def({ source: "s3", role: "pl" })] }), ["TRACK"])).toEqual<
      Conflict[]
    >([
      {
        role: "pl",
        aspect: "TRACK",
        summary: "Sources disagree on the track of Product Leader: INDIVIDUAL_CONTRIBUTOR (s0, s2); MANAGEMENT (s1).",
        positions: [
          {
            value: "INDIVIDUAL_CONTRIBUTOR",
            sources: ["s0", "s2"],
            evidence: [trackEv(s0), trackEv(s2)],
            detail: { track: "INDIVIDUAL_CONTRIBUTOR" },
          },
          { value: "MANAGEMENT", sources: ["s1"], evidence: [trackEv(s1)], detail: { track: "MANAGEMENT" } },
        ],
        withinSource: [],
      },
    ]);
  });

  it("reports a source that gives both tracks as contradicting itself", () => {
    const s2management = def({ source: "s2", role: "pl", track: "MANAGEMENT", at: 900 });
    const [conflict] = computeConflicts(claimsFor("pl", { definitions: [s2, s2management] }), ["TRACK"]);
    expect(conflict?.summary).toEqual(
      "Sources disagree on the track of Product Leader: INDIVIDUAL_CONTRIBUTOR (s2); MANAGEMENT (s2). s2 holds more than one position.",
    );
    expect(conflict?.withinSource).toEqual(["s2"]);
  });

  it("finds no conflict when every stated track is the same and the others are unstated", () => {
    expect(computeConflicts(claimsFor("pl", { definitions: [s0, s2, def({ source: "s1", role: "pl" })] }), ["TRACK"])).toEqual([]);
  });
});

describe("YEARS_OF_EXPERIENCE", () => {
  const years = (source: string, min: number | null, max: number | null, text: string) =>
    def({ source, role: "spm", years: { min, max, text } });

  it("formats the ranges and says when they overlap", () => {
    const s1 = years("s1", 3, 5, "around 3-5 years");
    const s3 = years("s3", 4, 6, "around 4-6");
    expect(computeConflicts(claimsFor("spm", { definitions: [s3, s1] }), ["YEARS_OF_EXPERIENCE"])).toEqual<Conflict[]>([
      {
        role: "spm",
        aspect: "YEARS_OF_EXPERIENCE",
        summary:
          "Sources disagree on the years of experience for Senior Product Manager: 3–5 years (s1); 4–6 years (s3). The ranges overlap.",
        positions: [
          { value: "3–5 years", sources: ["s1"], evidence: [yearsEv(s1)], detail: { years: { min: 3, max: 5 } } },
          { value: "4–6 years", sources: ["s3"], evidence: [yearsEv(s3)], detail: { years: { min: 4, max: 6 } } },
        ],
        withinSource: [],
      },
    ]);
  });

  it("formats open-ended and fractional ranges and says when they do not overlap", () => {
    const conflicts = computeConflicts(
      claimsFor("spm", { definitions: [years("s0", 5, null, "5-10+ years"), years("s3", 1, 1.5, "12-18 months")] }),
      ["YEARS_OF_EXPERIENCE"],
    );
    expect(conflicts.map((c) => c.summary)).toEqual([
      "Sources disagree on the years of experience for Senior Product Manager: 1–1.5 years (s3); 5+ years (s0). The ranges do not overlap.",
    ]);
  });

  it("says when only some of the ranges overlap; touching ends count as overlapping", () => {
    const definitions = [years("s0", 1, 3, "1-3 years"), years("s1", 3, 5, "3-5 years"), years("s2", 8, 10, "8-10 years")];
    const [conflict] = computeConflicts(claimsFor("spm", { definitions }), ["YEARS_OF_EXPERIENCE"]);
    expect(conflict?.summary).toEqual(
      "Sources disagree on the years of experience for Senior Product Manager: 1–3 years (s0); 3–5 years (s1); 8–10 years (s2). " +
        "Some of the ranges overlap and some do not.",
    );
  });

  it("finds no conflict when the figures are the same, however they are written", () => {
    const definitions = [years("s0", 1, 3, "1-3 years"), years("s1", 1, 3, "one to three years"), def({ source: "s2", role: "spm" })];
    expect(computeConflicts(claimsFor("spm", { definitions }), ["YEARS_OF_EXPERIENCE"])).toEqual([]);
  });

  it("tells apart ranges that differ only in their maximum", () => {
    const definitions = [years("s0", 5, null, "5+ years"), years("s1", 5, 10, "5-10 years")];
    expect(
      computeConflicts(claimsFor("spm", { definitions }), ["YEARS_OF_EXPERIENCE"]).map((c) => c.positions.map((p) => p.value)),
    ).toEqual([["5+ years", "5–10 years"]]);
  });
});

describe("SALARY", () => {
  it("groups definitions by amount", () => {
    const s0 = def({ source: "s0", role: "ppm", salary: 117444 });
    const s1 = def({ source: "s1", role: "ppm", salary: 95000 });
    const s2 = def({ source: "s2", role: "ppm", salary: 117444 });
    expect(computeConflicts(claimsFor("ppm", { definitions: [s0, s1, s2] }), ["SALARY"])).toEqual<Conflict[]>([
      {
        role: "ppm",
        aspect: "SALARY",
        summary: "Sources disagree on the salary of Principal Product Manager: $117,444 (s0, s2); $95,000 (s1).",
        positions: [
          { value: "$117,444", sources: ["s0", "s2"], evidence: [salaryEv(s0), salaryEv(s2)], detail: { salaryUsd: 117444 } },
          { value: "$95,000", sources: ["s1"], evidence: [salaryEv(s1)], detail: { salaryUsd: 95000 } },
        ],
        withinSource: [],
      },
    ]);
  });

  it("finds no conflict when two sources give the same figure and the others none", () => {
    const definitions = [
      def({ source: "s0", role: "ppm", salary: 1181047 }),
      def({ source: "s1", role: "ppm", salary: 1181047 }),
      def({ source: "s2", role: "ppm" }),
    ];
    expect(computeConflicts(claimsFor("ppm", { definitions }), ["SALARY"])).toEqual([]);
  });
});

describe("ENTRY_LEVEL", () => {
  const s0apm = def({ source: "s0", role: "apm", rank: 1, at: 0 });
  const s0jpm = def({ source: "s0", role: "jpm", rank: 1, at: 50 });
  const s0pm = def({ source: "s0", role: "pm", rank: 2, at: 100 });
  const s1pm = def({ source: "s1", role: "pm", rank: 1, at: 100 });
  const s1spm = def({ source: "s1", role: "spm", rank: 2, at: 200 });
  const s2pm = def({ source: "s2", role: "pm", rank: null });

  it("sets the sources that start their ladder at the role against those that put rungs below it", () => {
    const corpus: Corpus = { definitions: [s0apm, s0jpm, s0pm, s1pm, s1spm, s2pm, def({ source: "s2", role: "apm", rank: 1 })] };
    expect(computeConflicts(claimsFor("pm", corpus), ["ENTRY_LEVEL"])).toEqual<Conflict[]>([
      {
        role: "pm",
        aspect: "ENTRY_LEVEL",
        summary:
          "Sources disagree whether Product Manager is the entry level: " +
          "above the entry level (s0); the entry level (s1). Entry level read from s0: its lowest rung (Associate Product Manager, Junior Product Manager); s1: its lowest rung (Product Manager).",
        positions: [
          {
            value: "above the entry level",
            sources: ["s0"],
            evidence: [ev(s0apm), ev(s0jpm), ev(s0pm)],
            detail: { entryLevel: false },
          },
          { value: "the entry level", sources: ["s1"], evidence: [ev(s1pm)], detail: { entryLevel: true } },
        ],
        withinSource: [],
      },
    ]);
  });

  it("reads a source's entry-level band where it has one: a band holding two rungs makes both the entry level", () => {
    const s0intern = def({ source: "s0", role: "intern", rank: 1, at: 0 });
    const s0apm2 = def({ source: "s0", role: "apm", rank: 2, at: 100 });
    const entryIntern = band("s0", "intern", "ENTRY", 10);
    const entryApm = band("s0", "apm", "ENTRY", 110);
    const s1apm = def({ source: "s1", role: "apm", rank: 2, at: 300 });
    const s1intern = def({ source: "s1", role: "intern", rank: 1, at: 200 });
    const corpus: Corpus = {
      definitions: [s0intern, s0apm2, s1intern, s1apm],
      bands: [entryIntern, entryApm, band("s0", "pm", "ENTRY", 400, "in few companies")],
    };
    expect(computeConflicts(claimsFor("apm", corpus), ["ENTRY_LEVEL"])).toEqual<Conflict[]>([
      {
        role: "apm",
        aspect: "ENTRY_LEVEL",
        summary:
          "Sources disagree whether Associate Product Manager is the entry level: above the entry level (s1); the entry level (s0). " +
          "Entry level read from s0: its entry-level band (Associate Product Manager, intern); s1: its lowest rung (intern).",
        positions: [
          { value: "above the entry level", sources: ["s1"], evidence: [ev(s1intern), ev(s1apm)], detail: { entryLevel: false } },
          { value: "the entry level", sources: ["s0"], evidence: [ev(entryApm)], detail: { entryLevel: true } },
        ],
        withinSource: [],
      },
    ]);
  });

  it("finds no conflict when every source puts some rung below the role, even different ones", () => {
    const corpus: Corpus = {
      definitions: [
        def({ source: "s0", role: "apm", rank: 1 }),
        def({ source: "s0", role: "vp", rank: 5 }),
        def({ source: "s1", role: "intern", rank: 1 }),
        def({ source: "s1", role: "vp", rank: 6 }),
      ],
    };
    expect(computeConflicts(claimsFor("vp", corpus), ["ENTRY_LEVEL"])).toEqual([]);
  });

  it("finds no conflict when every source puts the same rung below the role", () => {
    const corpus: Corpus = {
      definitions: [
        def({ source: "s0", role: "apm", rank: 1 }),
        def({ source: "s0", role: "pm", rank: 2 }),
        def({ source: "s1", role: "apm", rank: 2 }),
        def({ source: "s1", role: "pm", rank: 4 }),
        def({ source: "s1", role: "jpm", rank: null }),
      ],
    };
    expect(computeConflicts(claimsFor("pm", corpus), ["ENTRY_LEVEL"])).toEqual([]);
  });
});

describe("RESPONSIBILITIES", () => {
  it("lists the responsibilities some but not all listing sources give", () => {
    const s0r2 = resp("s0", "pm", "r2", 20);
    const s0r3 = resp("s0", "pm", "r3", 30);
    const s1r2 = resp("s1", "pm", "r2", 40);
    const s2r4 = resp("s2", "pm", "r4", 50);
    const responsibilities = [resp("s0", "pm", "r1", 10), s0r2, s0r3, resp("s1", "pm", "r1"), s1r2, resp("s2", "pm", "r1"), s2r4];
    expect(computeConflicts(claimsFor("pm", { responsibilities }), ["RESPONSIBILITIES"])).toEqual<Conflict[]>([
      {
        role: "pm",
        aspect: "RESPONSIBILITIES",
        summary: "3 sources (s0, s1, s2) list responsibilities for Product Manager: 1 listed by all, 3 by only some.",
        positions: [
          { value: "Do r2", sources: ["s0", "s1"], evidence: [ev(s0r2), ev(s1r2)], detail: {} },
          { value: "Do r3", sources: ["s0"], evidence: [ev(s0r3)], detail: {} },
          { value: "Do r4", sources: ["s2"], evidence: [ev(s2r4)], detail: {} },
        ],
        withinSource: [],
      },
    ]);
  });

  it("reports a single responsibility listed by only one of two sources", () => {
    const responsibilities = [resp("s0", "pm", "r1"), resp("s1", "pm", "r1"), resp("s1", "pm", "r2")];
    expect(computeConflicts(claimsFor("pm", { responsibilities }), ["RESPONSIBILITIES"]).map((c) => c.positions.length)).toEqual([1]);
  });

  it("needs at least two listing sources", () => {
    const responsibilities = [resp("s0", "pm", "r1"), resp("s0", "pm", "r2")];
    expect(computeConflicts(claimsFor("pm", { responsibilities }), ["RESPONSIBILITIES"])).toEqual([]);
  });

  it("finds no conflict when every listing source gives the same responsibilities", () => {
    const responsibilities = [resp("s0", "pm", "r1"), resp("s0", "pm", "r2"), resp("s1", "pm", "r2"), resp("s1", "pm", "r1")];
    expect(computeConflicts(claimsFor("pm", { responsibilities }), ["RESPONSIBILITIES"])).toEqual([]);
  });
});

describe("computeConflicts", () => {
  const corpus: Corpus = {
    definitions: [
      def({ source: "s0", role: "pm", rank: 1, track: "INDIVIDUAL_CONTRIBUTOR", salary: 100000 }),
      def({ source: "s0", role: "spm", rank: 2 }),
      def({ source: "s1", role: "pm", rank: 1, track: "MANAGEMENT", salary: 120000 }),
      def({ source: "s2", role: "pm", rank: 2, track: "INDIVIDUAL_CONTRIBUTOR", salary: 100000 }),
      def({ source: "s2", role: "apm", rank: 1 }),
    ],
    promotions: [promo("s0", "pm", "spm")],
  };

  it("orders conflicts by aspect, whatever order the aspects are asked in", () => {
    const aspects = computeConflicts(claimsFor("pm", corpus), ["ENTRY_LEVEL", "SALARY", "TRACK", "PROMOTION"]).map((c) => c.aspect);
    expect(aspects).toEqual(["PROMOTION", "TRACK", "SALARY", "ENTRY_LEVEL"]);
  });

  it("computes every aspect by default", () => {
    expect(computeConflicts(claimsFor("pm", corpus)).map((c) => c.aspect)).toEqual(["PROMOTION", "TRACK", "SALARY", "ENTRY_LEVEL"]);
    expect(CONFLICT_ASPECTS).toEqual([
      "IDENTITY",
      "PROMOTION",
      "TRACK",
      "YEARS_OF_EXPERIENCE",
      "SALARY",
      "ENTRY_LEVEL",
      "RESPONSIBILITIES",
      "BAND",
      "MANAGEMENT",
      "RELATIVE_RANK",
    ]);
  });

  it("restricts every claim to the given sources before computing", () => {
    expect(computeConflicts(claimsFor("pm", corpus), CONFLICT_ASPECTS, ["s0", "s2"]).map((c) => c.aspect)).toEqual([
      "PROMOTION",
      "ENTRY_LEVEL",
    ]);
    expect(computeConflicts(claimsFor("pm", corpus), CONFLICT_ASPECTS, ["s0"])).toEqual([]);
    expect(computeConflicts(claimsFor("pm", corpus), CONFLICT_ASPECTS, [])).toEqual([]);
    expect(computeConflicts(claimsFor("pm", corpus), CONFLICT_ASPECTS, null)).toHaveLength(4);
  });
});

describe("BAND, MANAGEMENT, RELATIVE_RANK", () => {
  const s0spm = def({ source: "s0", role: "spm", rank: 3, at: 10 });
  const s0pl = def({ source: "s0", role: "pl", rank: 4, at: 20 });
  const s1pl = def({ source: "s1", role: "pl", rank: 5, at: 30 });
  const s1spm = def({ source: "s1", role: "spm", rank: 4, at: 40 });
  const definitions = [s0spm, s0pl, s1pl, s1spm];

  it("band: each source's band of the role", () => {
    const bands = [band("s0", "spm", "MID", 50), band("s1", "spm", "SENIOR", 60)];
    expect(computeConflicts(claimsFor("spm", { definitions, bands }), ["BAND"])).toEqual<Conflict[]>([
      {
        role: "spm",
        aspect: "BAND",
        summary: "Sources band Senior Product Manager differently: mid-level (s0); senior (s1).",
        positions: [
          { value: "mid-level", sources: ["s0"], evidence: [ev(bands[0] as BandClaim)], detail: { band: "MID" } },
          { value: "senior", sources: ["s1"], evidence: [ev(bands[1] as BandClaim)], detail: { band: "SENIOR" } },
        ],
        withinSource: [],
      },
    ]);
  });

  it("band: a band that contradicts the source's own ladder puts the source in two positions; conditions go in the summary", () => {
    // s0 bands the senior PM executive and the leader, one rung up, mid-level.
    const bands = [band("s0", "spm", "EXECUTIVE", 50, "in few companies"), band("s0", "pl", "MID", 60)];
    const [conflict] = computeConflicts(claimsFor("spm", { definitions, bands }), ["BAND"]);
    expect(conflict?.positions.map((p) => [p.value, p.sources, p.detail])).toEqual([
      ["executive", ["s0"], { band: "EXECUTIVE" }],
      ["ranked below Product Leader, which this source bands mid-level", ["s0"], { otherRole: "pl" }],
    ]);
    expect(conflict?.positions[1]?.evidence).toEqual([ev(s0spm), ev(s0pl), ev(bands[1] as BandClaim)]);
    expect(conflict?.withinSource).toEqual(["s0"]);
    expect(conflict?.summary).toContain('Conditions as written: s0 bands it executive "in few companies".');
  });

  it("band: off the ladder while ranked on it", () => {
    const [conflict] = computeConflicts(claimsFor("pl", { definitions, bands: [band("s0", "pl", "OFF_LADDER", 50)] }), ["BAND"]);
    expect(conflict?.positions.map((p) => [p.value, p.sources])).toEqual([
      ["off the ladder", ["s0"]],
      ["on this source's ladder", ["s0"]],
    ]);
  });

  it("band: follows the source's SAME_AS (a band given under another title it calls the same role)", () => {
    const bands = [band("s0", "gpm", "SENIOR", 50), band("s1", "dir", "EXECUTIVE", 60)];
    const identities = [identity("s0", "gpm", "dir", "SAME_AS", 70)];
    const [conflict] = computeConflicts(claimsFor("dir", { bands, identities }), ["BAND"]);
    expect(conflict?.positions.map((p) => [p.value, p.sources])).toEqual([
      ["executive", ["s1"]],
      ["senior", ["s0"]],
    ]);
  });

  it("management: manages people against little or no people management; mentoring and leading hold no position", () => {
    const management = [
      managementClaim("s0", "pl", "NO_PEOPLE_MANAGEMENT", 70),
      managementClaim("s1", "pl", "MANAGES_PEOPLE", 80),
      managementClaim("s1", "pl", "MENTORS", 90),
      managementClaim("s2", "pl", "LEADS", 100),
    ];
    expect(
      computeConflicts(claimsFor("pl", { management }), ["MANAGEMENT"]).map((c) => [c.summary, c.positions.map((p) => p.detail)]),
    ).toEqual([
      [
        "Sources disagree whether Product Leader manages people: little or no people management (s0); manages people (s1).",
        [{ peopleManagement: "NO_PEOPLE_MANAGEMENT" }, { peopleManagement: "MANAGES_PEOPLE" }],
      ],
    ]);
    expect(computeConflicts(claimsFor("pl", { management: management.slice(1) }), ["MANAGEMENT"])).toEqual([]);
  });

  it("relative rank: what a source says against how the ladders rank the pair, conditions in the summary", () => {
    const relativeRanks = [relativeRank("s0", "pl", "EQUAL", "spm", 90, "in some organizations")];
    const [conflict] = computeConflicts(claimsFor("pl", { definitions, relativeRanks }), ["RELATIVE_RANK"]);
    expect(conflict?.summary).toBe(
      "Sources disagree on how Product Leader ranks against Senior Product Manager: above Senior Product Manager (s0, s1); " +
        'equal in rank to Senior Product Manager (s0). Conditions as written: s0: "in some organizations". s0 holds more than one position.',
    );
    expect(conflict?.positions.map((p) => p.detail)).toEqual([
      { rankRelation: "ABOVE", otherRole: "spm" },
      { rankRelation: "EQUAL", otherRole: "spm" },
    ]);
    expect(conflict?.withinSource).toEqual(["s0"]);
    // Seen from the other role, the same claims read the other way round.
    const fromSpm = computeConflicts(claimsFor("spm", { definitions, relativeRanks }), ["RELATIVE_RANK"]);
    expect(fromSpm.flatMap((c) => c.positions.map((p) => [p.value, p.sources]))).toEqual([
      ["below Product Leader", ["s0", "s1"]],
      ["equal in rank to Product Leader", ["s0"]],
    ]);
  });

  it("relative rank: a source's ladder does not count where it holds the two to be one role", () => {
    const relativeRanks = [relativeRank("s2", "pl", "BELOW", "dir", 10)];
    const ladders = [def({ source: "s0", role: "pl", rank: 4 }), def({ source: "s0", role: "dir", rank: 4, at: 50 })];
    const identities = [identity("s0", "pl", "dir", "SAME_AS", 90)];
    const claims = claimsFor("pl", { definitions: ladders, relativeRanks, identities });
    expect(computeConflicts(claims, ["RELATIVE_RANK"])).toEqual([]);
    const without = claimsFor("pl", { definitions: ladders, relativeRanks });
    expect(computeConflicts(without, ["RELATIVE_RANK"]).flatMap((c) => c.positions.map((p) => [p.value, p.sources]))).toEqual([
      ["below Director of Product", ["s2"]],
      ["equal in rank to Director of Product", ["s0"]],
    ]);
  });
});
