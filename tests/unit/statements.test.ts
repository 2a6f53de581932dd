import { describe, expect, it } from "vitest";
import { type BandStatement, bandHoldings } from "../../src/domain/bands.ts";
import type { RankedDefinition } from "../../src/domain/holdings.ts";
import { type ManagementStatement, managementHoldings } from "../../src/domain/managementScope.ts";
import { type RelativeRankStatement, relativeRankHoldings } from "../../src/domain/relativeRanks.ts";
import { claimsAbout, type IdentityStatement, sameRoleIn, sourceIdentities } from "../../src/domain/sourceIdentity.ts";

// Tiny hand-made claims: sources s0..s2, short role ids; each quote is unique so evidence can be told apart.

const NAMES: Record<string, string> = { apm: "APM", pm: "PM", spm: "SPM", gpm: "GPM", dir: "Director", pl: "Leader", vp: "VP" };
const roleName = (id: string): string => NAMES[id] ?? id;

let at = 0;
const quoted = (source: string, quote: string) => {
  at += 100;
  return { source, quote, start: at, end: at + quote.length, note: null };
};
const def = (source: string, role: string, rank: number | null): RankedDefinition => ({ ...quoted(source, `${role} heading`), role, rank });
const same = (source: string, role: string, other: string): IdentityStatement => ({ source, role, other, kind: "SAME_AS" });
const band = (source: string, role: string, level: BandStatement["level"], condition: string | null = null): BandStatement => ({
  ...quoted(source, `${role} is ${level}`),
  role,
  band: level.toLowerCase(),
  level,
  condition,
});
const manages = (source: string, role: string, scope: ManagementStatement["scope"]): ManagementStatement => ({
  ...quoted(source, `${role} ${scope}`),
  role,
  scope,
  over: null,
  overRoles: [],
  countText: null,
  countMin: null,
  countMax: null,
  condition: null,
});
const rank = (
  source: string,
  role: string,
  relation: RelativeRankStatement["relation"],
  other: string,
  condition: string | null = null,
) => ({
  ...quoted(source, `${role} ${relation} ${other}`),
  role,
  relation,
  other,
  condition,
});

describe("a source's own identity claims", () => {
  const ids = sourceIdentities([
    same("s0", "gpm", "dir"),
    same("s0", "dir", "pl"),
    { source: "s1", role: "vp", other: "dir", kind: "MAY_COEXIST" },
  ]);

  it("join the titles that source calls one role, transitively, and only in that source", () => {
    expect([...sameRoleIn(ids, "s0", "gpm")].sort()).toEqual(["dir", "gpm", "pl"]);
    expect([...sameRoleIn(ids, "s1", "gpm")]).toEqual(["gpm"]);
    expect([...sameRoleIn(ids, "s1", "vp")]).toEqual(["vp"]);
  });

  it("make a source's claims under either title its claims about the role", () => {
    const claims = [manages("s0", "gpm", "MANAGES_PEOPLE"), manages("s1", "gpm", "LEADS"), manages("s1", "dir", "LEADS")];
    expect(claimsAbout("dir", claims, (c) => c.role, ids).map((c) => `${c.source}:${c.role}`)).toEqual(["s0:gpm", "s1:dir"]);
  });
});

describe("band holdings", () => {
  it("hold each band a source gives the role, and nothing for roles it does not band", () => {
    const bands = [band("s0", "spm", "MID"), band("s1", "spm", "SENIOR"), band("s1", "pm", "MID")];
    const held = bandHoldings({ role: "spm", bands, definitions: [], identities: new Map(), roleName });
    expect(held.map((h) => [h.value, h.source, h.detail.band])).toEqual([
      ["mid-level", "s0", "MID"],
      ["senior", "s1", "SENIOR"],
    ]);
  });

  it("add the ladder's position where a band contradicts the source's own ranks", () => {
    const bands = [band("s0", "spm", "EXECUTIVE"), band("s0", "vp", "MID"), band("s0", "pm", "MID")];
    const definitions = [def("s0", "pm", 1), def("s0", "spm", 2), def("s0", "vp", 3)];
    const held = bandHoldings({ role: "spm", bands, definitions, identities: new Map(), roleName });
    expect(held.map((h) => h.value)).toEqual(["executive", "ranked below VP, which this source bands mid-level"]);
    expect(held[1]?.evidence.map((e) => e.quote)).toEqual(["spm heading", "vp heading", "vp is MID"]);
  });

  it("hold `on this source's ladder` when a source bands a role off the ladder and ranks it", () => {
    const held = bandHoldings({
      role: "pl",
      bands: [band("s0", "pl", "OFF_LADDER")],
      definitions: [def("s0", "pl", 4)],
      identities: new Map(),
      roleName,
    });
    expect(held.map((h) => h.value)).toEqual(["off the ladder", "on this source's ladder"]);
  });

  it("follow the source's identity claims: a band given under another title is the role's band", () => {
    const held = bandHoldings({
      role: "dir",
      bands: [band("s0", "gpm", "SENIOR")],
      definitions: [],
      identities: sourceIdentities([same("s0", "gpm", "dir")]),
      roleName,
    });
    expect(held.map((h) => [h.value, h.source])).toEqual([["senior", "s0"]]);
  });
});

describe("management holdings", () => {
  it("hold `manages people` and `little or no people management`; mentoring and leading hold nothing", () => {
    const claims = [
      manages("s0", "pl", "NO_PEOPLE_MANAGEMENT"),
      manages("s1", "pl", "MANAGES_PEOPLE"),
      manages("s1", "pl", "MENTORS"),
      manages("s2", "pl", "LEADS"),
    ];
    expect(managementHoldings("pl", claims, new Map()).map((h) => [h.value, h.source, h.detail.peopleManagement])).toEqual([
      ["little or no people management", "s0", "NO_PEOPLE_MANAGEMENT"],
      ["manages people", "s1", "MANAGES_PEOPLE"],
    ]);
  });
});

describe("relative-rank holdings", () => {
  it("read claims from the role's side and add each ladder's ranking of the pair", () => {
    const statements = [rank("s0", "pl", "EQUAL", "spm", "In some organizations"), rank("s1", "dir", "BELOW", "pl")];
    const definitions = [def("s0", "spm", 3), def("s0", "pl", 4), def("s2", "pl", 5), def("s2", "spm", 4), def("s2", "dir", 6)];
    const held = relativeRankHoldings({ role: "pl", statements, definitions, identities: new Map(), roleName });
    expect([...held.keys()]).toEqual(["dir", "spm"]);
    expect(held.get("spm")?.map((h) => [h.value, h.source])).toEqual([
      ["equal in rank to SPM", "s0"],
      ["above SPM", "s0"],
      ["above SPM", "s2"],
    ]);
    // s1 says the director is below the leader: from the leader's side, above the director.
    expect(held.get("dir")?.map((h) => [h.value, h.source, h.detail.rankRelation])).toEqual([
      ["above Director", "s1", "ABOVE"],
      ["below Director", "s2", "BELOW"],
    ]);
  });

  it("count a source's ladder only where it does not hold the two to be one role", () => {
    const held = relativeRankHoldings({
      role: "pl",
      statements: [rank("s0", "pl", "EQUAL", "dir")],
      definitions: [def("s1", "pl", 4), def("s1", "dir", 4), def("s2", "pl", 3), def("s2", "dir", 4)],
      identities: sourceIdentities([same("s1", "pl", "dir")]),
      roleName,
    });
    expect(held.get("dir")?.map((h) => [h.value, h.source])).toEqual([
      ["equal in rank to Director", "s0"],
      ["below Director", "s2"],
    ]);
  });
});
