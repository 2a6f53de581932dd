/**
 * How far each pair of sources agrees: the roles and promotion steps they share, the steps one
 * asserts and the other contradicts, and how alike they order the roles both rank (Kendall tau-b).
 *
 * A step A→B asserted by S1 is contradicted by S2 when S2 asserts B→A (REVERSE_STEP), or S2 says A
 * and B are the same role (SAME_AS identity claim, either direction) (SAME_ROLE), or S2 ranks both A
 * and B with rank(B) <= rank(A) (RANK_ORDER). Both directions of a pair are checked. A step gets one
 * contradiction per contradicting source, with the first reason that applies in that order (the
 * most explicit statement first), so one disagreement is never counted twice.
 *
 * Where a source ranks one role more than once, its lowest rank stands for the role.
 * tau_b = (C - D) / sqrt((n0 - n1)(n0 - n2)) over the pairs of roles both sources rank, with n0 the
 * number of pairs and n1, n2 the pairs tied in each source; null when fewer than two roles are
 * ranked by both or when the denominator is 0. Nothing is rounded.
 */
import type { DefinitionClaim } from "../claims/definition.ts";
import type { Evidence } from "../claims/evidence.ts";
import type { IdentityClaim } from "../claims/identity.ts";
import type { PromotionClaim } from "../claims/promotion.ts";
import { distinctEvidence } from "./evidence.ts";
import { compareText, distinctSorted } from "./sorting.ts";

export interface StepContradiction {
  from: string;
  to: string;
  assertedBy: string;
  contradictedBy: string;
  reason: "REVERSE_STEP" | "RANK_ORDER" | "SAME_ROLE";
  evidence: Evidence[];
}

export interface SourcePairAgreement {
  /** a < b */
  a: string;
  b: string;
  /** Roles both define (sorted). */
  sharedRoles: string[];
  /** Promotion steps both assert (sorted). */
  sharedSteps: { from: string; to: string }[];
  /** Steps one asserts and the other contradicts. */
  contradictions: StepContradiction[];
  /** Roles both give a non-null rank (sorted). */
  rankedRoles: string[];
  concordantPairs: number;
  discordantPairs: number;
  tiedPairs: number;
  /** Tau-b over rankedRoles; null when fewer than 2 ranked roles or when undefined (all ties). */
  kendallTau: number | null;
}

interface AgreementInput {
  sources: string[];
  definitions: DefinitionClaim[];
  promotions: PromotionClaim[];
  identities: IdentityClaim[];
}

export function computeSourceAgreement(input: AgreementInput): SourcePairAgreement[] {
  const views = distinctSorted(input.sources).map((source) => sourceView(source, input));
  return views.flatMap((a, i) => views.slice(i + 1).map((b) => comparePair(a, b)));
}

// ---------------------------------------------------------------------------------------------
// One source's claims, indexed

interface Step {
  from: string;
  to: string;
  claims: PromotionClaim[];
}

interface SourceView {
  id: string;
  roles: Set<string>;
  /** role -> the definition whose (lowest, non-null) rank stands for the role */
  ranked: Map<string, DefinitionClaim & { rank: number }>;
  /** stepKey(from, to) -> the step */
  steps: Map<string, Step>;
  /** pairKey of the two roles -> SAME_AS claims */
  sameAs: Map<string, IdentityClaim[]>;
}

function sourceView(id: string, input: AgreementInput): SourceView {
  const view: SourceView = { id, roles: new Set(), ranked: new Map(), steps: new Map(), sameAs: new Map() };
  for (const def of input.definitions.filter((d) => d.source === id)) {
    view.roles.add(def.role);
    const current = view.ranked.get(def.role);
    if (def.rank !== null && (current === undefined || def.rank < current.rank)) view.ranked.set(def.role, { ...def, rank: def.rank });
  }
  for (const p of input.promotions.filter((row) => row.source === id && row.from !== row.to)) {
    const key = stepKey(p.from, p.to);
    const step = view.steps.get(key) ?? { from: p.from, to: p.to, claims: [] };
    step.claims.push(p);
    view.steps.set(key, step);
  }
  for (const row of input.identities.filter((r) => r.source === id && r.kind === "SAME_AS")) {
    const key = pairKey(row.role, row.other);
    view.sameAs.set(key, [...(view.sameAs.get(key) ?? []), row]);
  }
  return view;
}

// ---------------------------------------------------------------------------------------------
// A pair of sources

function comparePair(a: SourceView, b: SourceView): SourcePairAgreement {
  const rankedRoles = [...a.ranked.keys()].filter((role) => b.ranked.has(role)).sort(compareText);
  const order = rankConcordance(
    rankedRoles.map((role) => a.ranked.get(role)?.rank ?? 0),
    rankedRoles.map((role) => b.ranked.get(role)?.rank ?? 0),
  );
  return {
    a: a.id,
    b: b.id,
    sharedRoles: [...a.roles].filter((role) => b.roles.has(role)).sort(compareText),
    sharedSteps: sharedSteps(a, b),
    contradictions: [...contradictionsOf(a, b), ...contradictionsOf(b, a)].sort(compareContradictions),
    rankedRoles,
    ...order,
  };
}

function sharedSteps(a: SourceView, b: SourceView): { from: string; to: string }[] {
  return [...a.steps.entries()]
    .filter(([key]) => b.steps.has(key))
    .map(([, { from, to }]) => ({ from, to }))
    .sort((x, y) => compareText(x.from, y.from) || compareText(x.to, y.to));
}

/** The steps `asserter` takes that `other` contradicts. */
function contradictionsOf(asserter: SourceView, other: SourceView): StepContradiction[] {
  return [...asserter.steps.values()].flatMap((step) => {
    const found = contradiction(step, other);
    if (found === null) return [];
    // The asserting claims first, then the contradicting ones.
    const evidence = distinctEvidence([...evidenceOf(step.claims), ...found.evidence]);
    return [{ from: step.from, to: step.to, assertedBy: asserter.id, contradictedBy: other.id, reason: found.reason, evidence }];
  });
}

function contradiction(step: Step, other: SourceView): Pick<StepContradiction, "reason" | "evidence"> | null {
  const reverse = other.steps.get(stepKey(step.to, step.from));
  if (reverse) return { reason: "REVERSE_STEP", evidence: evidenceOf(reverse.claims) };
  const same = other.sameAs.get(pairKey(step.from, step.to));
  if (same) return { reason: "SAME_ROLE", evidence: evidenceOf(same) };
  const from = other.ranked.get(step.from);
  const to = other.ranked.get(step.to);
  if (from && to && to.rank <= from.rank) return { reason: "RANK_ORDER", evidence: [from.evidence, to.evidence] };
  return null;
}

function compareContradictions(x: StepContradiction, y: StepContradiction): number {
  return (
    compareText(x.from, y.from) ||
    compareText(x.to, y.to) ||
    compareText(x.assertedBy, y.assertedBy) ||
    compareText(x.contradictedBy, y.contradictedBy)
  );
}

type Concordance = Pick<SourcePairAgreement, "concordantPairs" | "discordantPairs" | "tiedPairs" | "kendallTau">;

/** Kendall tau-b of two rankings of the same items (index i is the same item in both). */
function rankConcordance(ranksA: readonly number[], ranksB: readonly number[]): Concordance {
  let concordantPairs = 0;
  let discordantPairs = 0;
  let tiedPairs = 0;
  let tiedInA = 0;
  let tiedInB = 0;
  for (let i = 0; i < ranksA.length; i += 1) {
    for (let j = i + 1; j < ranksA.length; j += 1) {
      const signA = Math.sign((ranksA[i] ?? 0) - (ranksA[j] ?? 0));
      const signB = Math.sign((ranksB[i] ?? 0) - (ranksB[j] ?? 0));
      if (signA === 0) tiedInA += 1;
      if (signB === 0) tiedInB += 1;
      if (signA === 0 || signB === 0) tiedPairs += 1;
      else if (signA === signB) concordantPairs += 1;
      else discordantPairs += 1;
    }
  }
  const n0 = (ranksA.length * (ranksA.length - 1)) / 2;
  const denominator = Math.sqrt((n0 - tiedInA) * (n0 - tiedInB));
  const kendallTau = ranksA.length < 2 || denominator === 0 ? null : (concordantPairs - discordantPairs) / denominator;
  return { concordantPairs, discordantPairs, tiedPairs, kendallTau };
}

// ---------------------------------------------------------------------------------------------
// Helpers

function stepKey(from: string, to: string): string {
  return JSON.stringify([from, to]);
}

/** Key of an unordered pair of roles. */
function pairKey(x: string, y: string): string {
  return JSON.stringify([x, y].sort(compareText));
}

/** The claims' evidence in the order it appears in the source's text. */
function evidenceOf(claims: readonly { evidence: Evidence }[]): Evidence[] {
  return claims.map((c) => c.evidence).sort((x, y) => x.start - y.start || x.end - y.end);
}
