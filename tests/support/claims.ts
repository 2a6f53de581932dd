// Claim factories for unit tests: tiny hand-made claims in the one claim shape (src/claims/), so
// every test builds them the same way. Offsets are made up but consistent: each quote is placed
// at `at`, and a definition's other quotes sit further on (summary +500, track +1000, years +2000,
// salary +3000).
import type { DefinitionClaim } from "../../src/claims/definition.ts";
import type { Evidence } from "../../src/claims/evidence.ts";
import type { IdentityClaim, IdentityKind } from "../../src/claims/identity.ts";
import type { PromotionClaim, PromotionKind } from "../../src/claims/promotion.ts";
import type { ResponsibilityClaim } from "../../src/claims/responsibility.ts";
import type { Track } from "../../src/domain/types.ts";

export function evidence(source: string, quote: string, at = 0, note: string | null = null): Evidence {
  return { source, quote, start: at, end: at + quote.length, note };
}

export interface DefinitionSpec {
  source: string;
  role: string;
  rank?: number | null;
  /** The title as the source writes it (default: the role id). */
  title?: string;
  track?: Track;
  years?: { min: number | null; max: number | null; text: string };
  salary?: number;
  /** Offset of the title quote. */
  at?: number;
}

export function definition({ source, role, rank = null, title = role, track, years, salary, at = 0 }: DefinitionSpec): DefinitionClaim {
  return {
    source,
    role,
    title,
    rank,
    summary: { value: `${title} summary`, evidence: evidence(source, `${title} summary`, at + 500) },
    track: track ? { value: track, evidence: evidence(source, `${title} is ${track}`, at + 1000) } : null,
    years: years ? { ...years, evidence: evidence(source, `${years.text} of experience`, at + 2000) } : null,
    salaryUsd: salary === undefined ? null : { value: salary, evidence: evidence(source, `earns ${salary}`, at + 3000) },
    evidence: evidence(source, title, at),
  };
}

/** A source's ladder: the roles in the given order at ranks 1, 2, 3… */
export function ladder(source: string, roles: string[]): DefinitionClaim[] {
  return roles.map((role, i) => definition({ source, role, rank: i + 1, at: i * 1000 }));
}

export function promotion(source: string, from: string, to: string, at = 0, kind: PromotionKind = "EXPLICIT"): PromotionClaim {
  return { source, from, to, kind, track: null, evidence: evidence(source, `from ${from} to ${to}`, at) };
}

export function identity(source: string, role: string, other: string, kind: IdentityKind, at = 0): IdentityClaim {
  return { source, role, other, kind, evidence: evidence(source, `${role} ${kind} ${other}`, at) };
}

export function responsibility(source: string, role: string, id: string, at = 0): ResponsibilityClaim {
  const text = `Do ${id}`;
  return { source, role, responsibility: id, text, evidence: evidence(source, text, at) };
}

/** A figure's evidence, failing the test when the definition has no such figure. */
export function figureEvidence(d: DefinitionClaim, figure: "track" | "years" | "salaryUsd"): Evidence {
  const found = d[figure]?.evidence;
  if (!found) throw new Error(`the definition of ${d.role} by ${d.source} has no ${figure}`);
  return found;
}
