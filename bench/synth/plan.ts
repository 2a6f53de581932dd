import type { Track } from "../../src/claims/vocabulary.ts";
import type { RoleKey } from "./families.ts";
import type { Random } from "./random.ts";
import { LEVELS } from "./vocabulary.ts";

/** One role an article describes in a section of its own. */
export interface PlannedRole {
  key: RoleKey;
  /** Rank on this article's ladder; null for a role it keeps off the ladder. */
  rank: number | null;
  track: Track | null;
  years: { min: number; max: number | null } | null;
  salary: number | null;
}

export interface PlannedStep {
  from: RoleKey;
  to: RoleKey;
  kind: "EXPLICIT" | "LADDER_ORDER";
  track: Track | null;
  /** A step past the next rung ("some skip a rung"): another position on the next role. */
  skip: boolean;
}

/** What one synthetic article says, before it is written down. */
export interface LadderPlan {
  /** Ranked roles, rung by rung; two roles share a rung on a branch or where one rung has two titles. */
  rungs: RoleKey[][];
  /** Where the ladder branches: the IC and management branches after this rung index. */
  branch: { after: number; ic: RoleKey[]; management: RoleKey[] } | null;
  roles: PlannedRole[];
  steps: PlannedStep[];
  sameRungIdentity: boolean;
  vpIsChief: boolean;
  directorMayCoexistWithHead: boolean;
  leadIsStaff: boolean;
  mentionCoordinator: boolean;
  mentionHead: boolean;
  deniesDirectEntryToSenior: boolean;
  readiness: { from: RoleKey; to: RoleKey } | null;
}

const ENTRIES: readonly RoleKey[][][] = [
  [["intern"], ["associate"]],
  [["associate"]],
  [["associate", "junior"]],
  [["associate"], ["junior"]],
  [["junior"]],
  [["intern"], ["junior"]],
];
const IC_BRANCHES: readonly RoleKey[][] = [
  ["lead", "principal"],
  ["staff", "principal", "distinguished"],
  ["lead", "staff", "principal"],
  ["principal"],
];
const MANAGEMENT_BRANCHES: readonly RoleKey[][] = [
  ["manager", "director", "vp"],
  ["director", "vp", "chief"],
  ["manager", "director", "head", "vp", "chief"],
  ["director", "head", "vp"],
  ["manager", "vp", "chief"],
];
const LINEAR_TOPS: readonly RoleKey[][] = [
  ["lead", "director", "vp", "chief"],
  ["director", "vp", "chief"],
  ["manager", "director", "vp"],
  ["lead", "head", "vp"],
];

export const MIN_RUNG_ROLES = 6;
export const MAX_RUNG_ROLES = 12;

function countRanked(rungs: readonly RoleKey[][], branch: LadderPlan["branch"]): number {
  return rungs.flat().length + (branch ? branch.ic.length + branch.management.length : 0);
}

/** Rungs, and the branch after the senior rung, sized to 6–12 ranked roles. */
function planShape(rng: Random): Pick<LadderPlan, "rungs" | "branch"> {
  const rungs: RoleKey[][] = [...rng.pick(ENTRIES).map((r) => [...r]), ["mid"], ["senior"]];
  if (rng.chance(0.65)) {
    const branch = { after: rungs.length - 1, ic: [...rng.pick(IC_BRANCHES)], management: [...rng.pick(MANAGEMENT_BRANCHES)] };
    while (countRanked(rungs, branch) > MAX_RUNG_ROLES) branch.management.pop();
    if (countRanked(rungs, branch) < MIN_RUNG_ROLES) branch.ic.push("distinguished");
    return { rungs, branch: dedupeBranch(branch) };
  }
  for (const key of rng.pick(LINEAR_TOPS)) rungs.push([key]);
  if (countRanked(rungs, null) < MIN_RUNG_ROLES) rungs.push(["chief"]);
  return { rungs: dedupeRungs(rungs), branch: null };
}

function dedupeBranch(branch: NonNullable<LadderPlan["branch"]>): NonNullable<LadderPlan["branch"]> {
  return { ...branch, ic: [...new Set(branch.ic)], management: [...new Set(branch.management)] };
}

function dedupeRungs(rungs: RoleKey[][]): RoleKey[][] {
  const seen = new Set<RoleKey>();
  return rungs.map((r) => r.filter((k) => !seen.has(k) && seen.add(k))).filter((r) => r.length > 0);
}

/** Years with a source's own jitter: sources disagree by a year or so, as the real articles do. */
function jitterYears(rng: Random, key: RoleKey): PlannedRole["years"] {
  const base = LEVELS[key].years;
  if (!base) return null;
  const min = Math.max(0, base[0] + rng.int(-1, 1));
  const max = base[1] === null || rng.chance(0.2) ? null : Math.max(min + 1, base[1] + rng.int(-1, 1));
  return { min, max };
}

function jitterSalary(rng: Random, key: RoleKey, familyFactor: number): number {
  return Math.round(LEVELS[key].salary * familyFactor * (0.85 + rng.next() * 0.35));
}

function ranked(shape: Pick<LadderPlan, "rungs" | "branch">): { key: RoleKey; rank: number; track: Track | null }[] {
  const out = shape.rungs.flatMap((rung, i) => rung.map((key) => ({ key, rank: i + 1, track: null as Track | null })));
  if (!shape.branch) return out;
  const base = shape.branch.after + 2;
  for (const [i, key] of shape.branch.ic.entries()) out.push({ key, rank: base + i, track: "INDIVIDUAL_CONTRIBUTOR" });
  for (const [i, key] of shape.branch.management.entries()) out.push({ key, rank: base + i, track: "MANAGEMENT" });
  return out;
}

/** Steps up the ladder: rung to rung, into both branches, and now and then a skipped rung. */
function planSteps(rng: Random, shape: Pick<LadderPlan, "rungs" | "branch">): PlannedStep[] {
  const steps: PlannedStep[] = [];
  const kind = (): PlannedStep["kind"] => (rng.chance(0.5) ? "EXPLICIT" : "LADDER_ORDER");
  const chain = (keys: readonly RoleKey[][], track: Track | null) => {
    for (let i = 0; i + 1 < keys.length; i++) {
      for (const from of keys[i] ?? []) for (const to of keys[i + 1] ?? []) steps.push({ from, to, kind: kind(), track, skip: false });
    }
  };
  chain(shape.rungs, null);
  if (shape.branch) {
    const top = shape.rungs.at(-1) ?? [];
    for (const [keys, track] of [
      [shape.branch.ic, "INDIVIDUAL_CONTRIBUTOR"],
      [shape.branch.management, "MANAGEMENT"],
    ] as const) {
      const first = keys[0];
      if (first) for (const from of top) steps.push({ from, to: first, kind: "EXPLICIT", track, skip: false });
      chain(
        keys.map((k) => [k]),
        track,
      );
    }
  }
  const order = ranked(shape).sort((a, b) => a.rank - b.rank);
  const mid = order.find((r) => r.key === "mid");
  const twoUp = mid ? order.filter((r) => r.rank === mid.rank + 2) : [];
  if (mid && twoUp.length > 0 && rng.chance(0.25)) {
    const to = rng.pick(twoUp).key;
    steps.push({ from: "mid", to, kind: "EXPLICIT", track: null, skip: true });
  }
  return steps;
}

/** Decides what one article says: its ladder, figures, identity claims and asides. */
export function planLadder(rng: Random, familyFactor: number): LadderPlan {
  const shape = planShape(rng);
  const roles: PlannedRole[] = ranked(shape).map(({ key, rank, track }) => ({
    key,
    rank,
    track: trackClaim(rng, key, track, shape),
    years: rng.chance(0.5) ? jitterYears(rng, key) : null,
    salary: rng.chance(0.55) ? jitterSalary(rng, key, familyFactor) : null,
  }));
  if (rng.chance(0.4)) roles.push({ key: "technical", rank: null, track: null, years: jitterYears(rng, "technical"), salary: null });
  const keys = new Set(roles.map((r) => r.key));
  const steps = planSteps(rng, shape);
  const readiness = rng.chance(0.35) ? rng.pick(steps.filter((s) => !s.skip)) : null;
  return {
    ...shape,
    roles,
    steps,
    sameRungIdentity: shape.rungs.some((r) => r.includes("associate") && r.includes("junior")),
    // A SAME_AS never joins two ranked roles (the validator refuses it): only a chief with no section of its own.
    vpIsChief: keys.has("vp") && rng.chance(0.45) && !keys.has("chief"),
    directorMayCoexistWithHead: keys.has("director") && rng.chance(0.35),
    leadIsStaff: keys.has("lead") && rng.chance(0.2) && !keys.has("staff"),
    mentionCoordinator: rng.chance(0.5),
    mentionHead: !keys.has("head") && rng.chance(0.3),
    deniesDirectEntryToSenior: rng.chance(0.25),
    readiness: readiness ? { from: readiness.from, to: readiness.to } : null,
  };
}

/**
 * The track an article states for a role: the branch's track on the branch's first rung (and on
 * later ones now and then), and sometimes the opposite track for a lead ("player/coach").
 */
function trackClaim(rng: Random, key: RoleKey, branchTrack: Track | null, shape: Pick<LadderPlan, "rungs" | "branch">): Track | null {
  if (key === "lead" && rng.chance(0.2)) return "MANAGEMENT";
  if (branchTrack === null) return null;
  const branch = branchTrack === "MANAGEMENT" ? shape.branch?.management : shape.branch?.ic;
  return branch?.[0] === key || rng.chance(0.4) ? branchTrack : null;
}
