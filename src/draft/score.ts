import type { ArticleDraft, Span } from "./types.ts";

/**
 * Scoring a draft against a reference (a claims file a person wrote, or the synthetic generator's
 * claims): per kind, a drafted claim counts when its kind, roles and figures match a reference
 * claim's and its quote overlaps that claim's quote (character offsets).
 */

export interface Scored {
  /** Roles, skills and figures: what must be equal. */
  key: string;
  start: number;
  end: number;
}

export type ScoredClaims = Record<string, Scored[]>;

/** The rows of the evaluation table, in order. */
export const SCORED_KINDS = [
  "definitions",
  "ranks",
  "tracks",
  "years",
  "salaries",
  "promotions",
  "identities",
  "mentions",
  "responsibilities",
  "skills",
  "readiness",
  "nonPromotions",
  "bands",
  "management",
  "relativeRanks",
  "outsideRoles",
  "source",
] as const;

/** A reference claim as the scorer needs it: ids, figures and the offsets of its quotes. */
export interface ReferenceClaims {
  definitions: {
    role: string;
    rank: number | null;
    title: Span;
    track: { value: string; quote: Span } | null;
    years: { min: number | null; max: number | null; quote: Span } | null;
    salary: { amount: number; quote: Span } | null;
  }[];
  mentions: { role: string; quote: Span }[];
  responsibilities: { role: string; quote: Span }[];
  skills: { skill: string; role: string | null; quote: Span }[];
  promotions: { from: string; to: string; quote: Span }[];
  identities: { role: string; other: string; kind: string; quote: Span }[];
  nonPromotions: { to: string; quote: Span }[];
  readiness: { from: string; to: string; quote: Span }[];
  bands?: { role: string; level: string; quote: Span }[];
  management?: { role: string; scope: string; quote: Span }[];
  relativeRanks?: { role: string; relation: string; other: string; quote: Span }[];
  outsideRoles?: { role: string; relation: string; outsider: string; quote: Span }[];
  source: { title: Span | null; author: Span | null; publisher: Span | null };
}

const at = (key: string, s: Span): Scored => ({ key, start: s.start, end: s.end });

export function referenceScored(r: ReferenceClaims): ScoredClaims {
  const src = r.source;
  return {
    definitions: r.definitions.map((d) => at(d.role, d.title)),
    ranks: r.definitions.map((d) => at(`${d.role}|${d.rank}`, d.title)),
    tracks: r.definitions.flatMap((d) => (d.track ? [at(`${d.role}|${d.track.value}`, d.track.quote)] : [])),
    years: r.definitions.flatMap((d) => (d.years ? [at(`${d.role}|${d.years.min}|${d.years.max}`, d.years.quote)] : [])),
    salaries: r.definitions.flatMap((d) => (d.salary ? [at(`${d.role}|${d.salary.amount}`, d.salary.quote)] : [])),
    promotions: r.promotions.map((p) => at(`${p.from}>${p.to}`, p.quote)),
    identities: r.identities.map((i) => at(`${[i.role, i.other].sort().join("=")}|${i.kind}`, i.quote)),
    mentions: r.mentions.map((m) => at(m.role, m.quote)),
    responsibilities: r.responsibilities.map((x) => at(x.role, x.quote)),
    skills: r.skills.map((k) => at(`${k.skill}|${k.role ?? ""}`, k.quote)),
    readiness: r.readiness.map((x) => at(`${x.from}>${x.to}`, x.quote)),
    nonPromotions: r.nonPromotions.map((n) => at(n.to, n.quote)),
    ...(r.bands ? { bands: r.bands.map((b) => at(`${b.role}|${b.level}`, b.quote)) } : {}),
    ...(r.management ? { management: r.management.map((m) => at(`${m.role}|${m.scope}`, m.quote)) } : {}),
    ...(r.relativeRanks ? { relativeRanks: r.relativeRanks.map((x) => at(`${x.role}|${x.relation}|${x.other}`, x.quote)) } : {}),
    ...(r.outsideRoles ? { outsideRoles: r.outsideRoles.map((o) => at(`${o.role}|${o.relation}|${o.outsider}`, o.quote)) } : {}),
    source: [
      src.title && at("title", src.title),
      src.author && at("author", src.author),
      src.publisher && at("publisher", src.publisher),
    ].filter((x): x is Scored => Boolean(x)),
  };
}

export function draftScored(d: ArticleDraft): ScoredClaims {
  const c = d.claims;
  const src = d.source;
  return {
    definitions: c.definitions.map((x) => at(x.role, x.title)),
    ranks: c.definitions.map((x) => at(`${x.role}|${x.rank}`, x.title)),
    tracks: c.definitions.flatMap((x) => (x.track ? [at(`${x.role}|${x.track.value}`, x.track.quote)] : [])),
    years: c.definitions.flatMap((x) => (x.years ? [at(`${x.role}|${x.years.min}|${x.years.max}`, x.years.quote)] : [])),
    salaries: c.definitions.flatMap((x) => (x.salaryUsd ? [at(`${x.role}|${x.salaryUsd.amount}`, x.salaryUsd.quote)] : [])),
    promotions: c.promotions.map((p) => at(`${p.from}>${p.to}`, p.quote)),
    identities: c.identities.map((i) => at(`${[i.role, i.other].sort().join("=")}|${i.kind}`, i.quote)),
    mentions: c.mentions.map((m) => at(m.role, m.quote)),
    responsibilities: c.responsibilities.map((x) => at(x.role, x.quote)),
    skills: c.skills.map((k) => at(`${k.skill}|${k.role ?? ""}`, k.quote)),
    readiness: c.readiness.map((x) => at(`${x.from}>${x.to}`, x.quote)),
    nonPromotions: c.nonPromotions.map((n) => at(n.to, n.quote)),
    bands: c.bands.map((b) => at(`${b.role}|${b.level}`, b.quote)),
    management: c.management.map((m) => at(`${m.role}|${m.scope}`, m.quote)),
    relativeRanks: c.relativeRanks.map((x) => at(`${x.role}|${x.relation}|${x.other}`, x.quote)),
    outsideRoles: c.outsideRoles.map((o) => at(`${o.role}|${o.relation}|${o.outsider}`, o.quote)),
    source: [
      src.title && at("title", src.title),
      src.author && at("author", src.author),
      src.publisher && at("publisher", src.publisher),
    ].filter((x): x is Scored => Boolean(x)),
  };
}

export interface Tally {
  reference: number;
  found: number;
  drafted: number;
  correct: number;
}

export function matches(a: Scored, b: Scored): boolean {
  return a.key === b.key && a.start < b.end && b.start < a.end;
}

/** Adds one article's counts to `into`, for the kinds the reference covers. */
export function tally(reference: ScoredClaims, drafted: ScoredClaims, into: Map<string, Tally>): void {
  for (const kind of Object.keys(reference)) {
    const ref = reference[kind] ?? [];
    const got = drafted[kind] ?? [];
    const t = into.get(kind) ?? { reference: 0, found: 0, drafted: 0, correct: 0 };
    t.reference += ref.length;
    t.found += ref.filter((r) => got.some((d) => matches(d, r))).length;
    t.drafted += got.length;
    t.correct += got.filter((d) => ref.some((r) => matches(d, r))).length;
    into.set(kind, t);
  }
}
