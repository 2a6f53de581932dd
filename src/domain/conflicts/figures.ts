import type { RoleClaims } from "./claims.ts";
import { type Conflict, describe, Tally } from "./tally.ts";

/** TRACK — the track each definition states (unstated tracks do not count); evidence: the track's quote. */
export function trackConflicts(c: RoleClaims): Conflict[] {
  const tally = new Tally();
  for (const def of c.definitions) if (def.track) tally.hold(def.track.value, def.source, [def.track.evidence]);
  return tally.conflict(c.role, "TRACK", (positions) => describe(`Sources disagree on the track of ${c.roleName(c.role)}`, positions));
}

interface YearsRange {
  min: number | null;
  max: number | null;
}

/**
 * YEARS_OF_EXPERIENCE — each definition's range, `1–3 years`, `5+ years` (max open); two ranges
 * disagree when min or max differ; the summary says whether they overlap.
 */
export function yearsConflicts(c: RoleClaims): Conflict[] {
  const tally = new Tally();
  const ranges = new Map<string, YearsRange>();
  for (const def of c.definitions) {
    if (!def.years) continue;
    const value = formatYears(def.years);
    ranges.set(value, def.years);
    tally.hold(value, def.source, [def.years.evidence]);
  }
  return tally.conflict(c.role, "YEARS_OF_EXPERIENCE", (positions) => {
    const held = positions.flatMap((p) => ranges.get(p.value) ?? []);
    return describe(`Sources disagree on the years of experience for ${c.roleName(c.role)}`, positions, undefined, overlapSentence(held));
  });
}

/** `3 years` when min equals max, `up to 3 years` without a min, `unquantified years` without either. */
function formatYears({ min, max }: YearsRange): string {
  if (min === null && max === null) return "unquantified years";
  if (min === null) return `up to ${max} years`;
  if (max === null) return `${min}+ years`;
  return min === max ? `${min} years` : `${min}–${max} years`;
}

function overlapSentence(ranges: readonly YearsRange[]): string {
  let overlapping = 0;
  let pairs = 0;
  for (const [i, a] of ranges.entries()) {
    for (const b of ranges.slice(i + 1)) {
      pairs += 1;
      if (rangesOverlap(a, b)) overlapping += 1;
    }
  }
  if (overlapping === pairs) return "The ranges overlap.";
  if (overlapping === 0) return "The ranges do not overlap.";
  return "Some of the ranges overlap and some do not.";
}

/** Read as closed intervals, the ranges share a value. */
function rangesOverlap(a: YearsRange, b: YearsRange): boolean {
  const low = (r: YearsRange) => r.min ?? 0;
  const high = (r: YearsRange) => r.max ?? Number.POSITIVE_INFINITY;
  return low(a) <= high(b) && low(b) <= high(a);
}

/** SALARY — each definition's figure, `$117,444`; different amounts disagree. */
export function salaryConflicts(c: RoleClaims): Conflict[] {
  const tally = new Tally();
  for (const def of c.definitions) if (def.salaryUsd) tally.hold(formatUsd(def.salaryUsd.value), def.source, [def.salaryUsd.evidence]);
  return tally.conflict(c.role, "SALARY", (positions) => describe(`Sources disagree on the salary of ${c.roleName(c.role)}`, positions));
}

function formatUsd(amount: number): string {
  return `$${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;
}
