/**
 * Where sources disagree about a role. A conflict exists only when at least TWO distinct positions
 * are each held by at least one source; a single source holding two positions counts (that is a
 * within-article contradiction, listed in `withinSource`).
 *
 * - IDENTITY — for each other role O named in this role's identity claims: positions `same role as
 *   <O name>` (sources with SAME_AS R–O), `may coexist with <O name>` (MAY_COEXIST R–O), `separate
 *   rung from <O name>` (sources that define both R and O with different non-null ranks — use
 *   `ladders` — or that assert a PROMOTES_TO between R and O in either direction; evidence: both
 *   definitions' title evidence (quote/start/end on DefinitionRow) and the promotion claims). One
 *   Conflict per O.
 * - PROMOTION — for each source that asserts at least one promotion from R: its set of next roles.
 *   Also a source whose ladder ranks R (non-null rank) at its maximum rank and asserts no promotion
 *   from R holds the position `top of this source's ladder`. Positions group sources with identical
 *   sets; value `promotes to A, B` (names sorted alphabetically, joined ", "). Evidence: the
 *   promotion claims (or the definition's title evidence for the top-of-ladder position).
 * - TRACK — definitions with non-null track, grouped by track; value `INDIVIDUAL_CONTRIBUTOR` or
 *   `MANAGEMENT`; evidence: the track quote (DefinitionRow.trackQuote/trackStart/trackEnd).
 * - YEARS_OF_EXPERIENCE — definitions with yearsText non-null, grouped by (yearsMin, yearsMax);
 *   value formatted `1–3 years`, `5+ years` (max null), `1–1.5 years`; two ranges disagree when min
 *   or max differ; the summary says whether the ranges overlap. Evidence:
 *   yearsQuote/yearsStart/yearsEnd.
 * - SALARY — definitions with salaryUsd non-null, grouped by amount; value `$117,444`. Evidence:
 *   salaryQuote/salaryStart/salaryEnd.
 * - ENTRY_LEVEL — for each source whose definition of R has a non-null rank: position `the entry
 *   level` if that rank equals the minimum non-null rank on that source's ladder, else `above the
 *   entry level`. A conflict needs both positions: one source's entry level has a rung below it in
 *   another. Evidence: R's definition title evidence plus, for the second kind, the lowest rung's
 *   title evidence; the summary names each source's lowest rung.
 * - RESPONSIBILITIES — only when at least two sources list responsibilities for R: for each
 *   responsibility (by `responsibility` id) listed by some but not all of those sources, a position
 *   whose value is the responsibility text, with the sources listing it. Summary like `3 sources
 *   list responsibilities for Product Manager: 2 listed by all, 41 by only some`. Here a "conflict"
 *   exists when there is at least one such position — the two-positions rule does not apply to
 *   this aspect — and `withinSource` is always empty, since one source listing several
 *   responsibilities does not contradict itself.
 *
 * Further formatting: `min === max` reads `3 years`, a missing min `up to 3 years`, both missing
 * `unquantified years`; ranges overlap when, read as closed intervals, they share a value.
 * Evidence missing its sub-quote falls back to the definition's title evidence.
 */
import { type BandStatement, bandConditions, bandHoldings } from "./bands.ts";
import type { Holding, PositionDetail } from "./holdings.ts";
import { type ManagementStatement, managementHoldings } from "./managementScope.ts";
import { type RelativeRankStatement, rankConditions, relativeRankHoldings, seenFrom } from "./relativeRanks.ts";
import { type IdentityStatement, type SourceIdentities, sameRoleIn, sourceIdentities } from "./sourceIdentity.ts";
import type { DefinitionRow, EvidenceRow, IdentityRow, PromotionRow, ResponsibilityRow } from "./types.ts";

export type ConflictAspect =
  | "IDENTITY"
  | "PROMOTION"
  | "TRACK"
  | "YEARS_OF_EXPERIENCE"
  | "SALARY"
  | "ENTRY_LEVEL"
  | "RESPONSIBILITIES"
  | "BAND"
  | "MANAGEMENT"
  | "RELATIVE_RANK";

export const CONFLICT_ASPECTS: readonly ConflictAspect[] = [
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
];

export interface Position {
  value: string;
  /** Sorted, distinct. */
  sources: string[];
  /** The claims that put each source in this position. */
  evidence: EvidenceRow[];
  /** The position's typed content (the relation and other role, the years range, the amount…). */
  detail: PositionDetail;
}

export interface Conflict {
  role: string;
  aspect: ConflictAspect;
  summary: string;
  positions: Position[];
  /** Sorted ids of sources that appear in 2+ positions of this conflict (an article contradicting itself). */
  withinSource: string[];
}

export interface RoleClaims {
  role: string;
  /** DESCRIBED_BY claims of this role (one per source). */
  definitions: DefinitionRow[];
  /** PROMOTES_TO claims whose `from` is this role. */
  promotionsFrom: PromotionRow[];
  /** PROMOTES_TO claims whose `to` is this role. */
  promotionsTo: PromotionRow[];
  /** SAME_AS / MAY_COEXIST claims touching this role, normalised so `role` is this role and `other` the other one. */
  identities: IdentityRow[];
  responsibilities: ResponsibilityRow[];
  /**
   * For every source that defines this role, or a role it holds to be this one: ALL that source's
   * definitions (its whole ladder).
   */
  ladders: ReadonlyMap<string, DefinitionRow[]>;
  /** Every SAME_AS / MAY_COEXIST claim of those sources: each source's claims under either of two titles it calls one role are about that role. */
  sourceIdentities?: readonly IdentityStatement[];
  /** Band claims of the sources that band this role (under any of its titles): their whole files' bands. */
  bands?: readonly BandStatement[];
  /** Management-scope claims about this role under any title. */
  management?: readonly ManagementStatement[];
  /** Relative-rank claims naming this role (first or second) under any title. */
  relativeRanks?: readonly RelativeRankStatement[];
  /** Display name for a role id. */
  roleName: (id: string) => string;
}

export function computeConflicts(
  claims: RoleClaims,
  aspects: readonly ConflictAspect[] = CONFLICT_ASPECTS,
  sources: readonly string[] | null = null,
): Conflict[] {
  const scoped = sources === null ? claims : restrictToSources(claims, sources);
  const wanted = new Set(aspects);
  return CONFLICT_ASPECTS.filter((aspect) => wanted.has(aspect)).flatMap((aspect) => ASPECT_CONFLICTS[aspect](scoped));
}

const ASPECT_CONFLICTS: Record<ConflictAspect, (c: RoleClaims) => Conflict[]> = {
  IDENTITY: identityConflicts,
  PROMOTION: promotionConflicts,
  TRACK: trackConflicts,
  YEARS_OF_EXPERIENCE: yearsConflicts,
  SALARY: salaryConflicts,
  ENTRY_LEVEL: entryLevelConflicts,
  RESPONSIBILITIES: responsibilityConflicts,
  BAND: bandConflicts,
  MANAGEMENT: managementConflicts,
  RELATIVE_RANK: relativeRankConflicts,
};

// ---------------------------------------------------------------------------------------------
// Aspects

function identityConflicts(c: RoleClaims): Conflict[] {
  const others = distinctSorted(c.identities.map((row) => row.other).filter((other) => other !== c.role));
  return others.flatMap((other) => identityConflict(c, other));
}

function identityConflict(c: RoleClaims, other: string): Conflict[] {
  const name = c.roleName(other);
  const same = `same role as ${name}`;
  const coexist = `may coexist with ${name}`;
  const separate = `separate rung from ${name}`;
  const otherTrack = `separate role from ${name} at the same rung, on another track`;
  const separateRung: PositionDetail = { identityRelation: "SEPARATE_RUNG", otherRole: other };
  const tally = newTally();
  for (const row of c.identities.filter((r) => r.other === other)) {
    const relation = row.kind === "SAME_AS" ? "SAME_AS" : "MAY_COEXIST";
    hold(tally, row.kind === "SAME_AS" ? same : coexist, row.source, [row], { identityRelation: relation, otherRole: other });
  }
  const ids = identitiesOf(c);
  for (const [source, ladder] of c.ladders) {
    const mineIds = sameRoleIn(ids, source, c.role);
    const theirIds = sameRoleIn(ids, source, other);
    for (const [mine, theirs] of rankedApart(ladder, mineIds, theirIds)) hold(tally, separate, source, [mine, theirs], separateRung);
    if (mineIds.has(other)) continue;
    for (const [mine, theirs] of apartAtOneRung(ladder, mineIds, theirIds)) {
      hold(tally, otherTrack, source, [mine, theirs], { identityRelation: "SEPARATE_ROLE", otherRole: other });
    }
  }
  const steps = [...c.promotionsFrom.filter((p) => p.to === other), ...c.promotionsTo.filter((p) => p.from === other)];
  for (const step of steps) hold(tally, separate, step.source, [step], separateRung);

  const labels: Record<string, string> = {
    [same]: "same role",
    [coexist]: "may coexist",
    [separate]: "separate rung",
    [otherTrack]: "separate role on another track",
  };
  return conflictOf(c.role, "IDENTITY", tally, (positions) =>
    describe(`Sources disagree whether ${c.roleName(c.role)} and ${name} are one role`, positions, (p) => labels[p.value] ?? p.value),
  );
}

/** Pairs of definitions, one of the role and one of the other (under any of their titles), that sit at different non-null ranks. */
function rankedApart(
  ladder: readonly DefinitionRow[],
  role: ReadonlySet<string>,
  other: ReadonlySet<string>,
): [DefinitionRow, DefinitionRow][] {
  return pairs(ladder, role, other).filter(([mine, theirs]) => theirs.rank !== mine.rank);
}

/**
 * Pairs the source describes in separate sections (different title quotes) at the same rung, on
 * two different stated tracks: the source holds them to be two roles.
 */
function apartAtOneRung(
  ladder: readonly DefinitionRow[],
  role: ReadonlySet<string>,
  other: ReadonlySet<string>,
): [DefinitionRow, DefinitionRow][] {
  return pairs(ladder, role, other).filter(
    ([mine, theirs]) =>
      theirs.rank === mine.rank &&
      theirs.start !== mine.start &&
      mine.track !== null &&
      theirs.track !== null &&
      mine.track !== theirs.track,
  );
}

function pairs(ladder: readonly DefinitionRow[], role: ReadonlySet<string>, other: ReadonlySet<string>): [DefinitionRow, DefinitionRow][] {
  const ranked = (ids: ReadonlySet<string>) => ladder.filter((d) => ids.has(d.role) && d.rank !== null);
  return ranked(role).flatMap((mine) => ranked(other).map((theirs): [DefinitionRow, DefinitionRow] => [mine, theirs]));
}

const TOP_OF_LADDER = "top of this source's ladder";

function promotionConflicts(c: RoleClaims): Conflict[] {
  const tally = newTally();
  const bySource = groupBy(c.promotionsFrom, (p) => p.source);
  for (const [source, steps] of bySource) {
    const names = distinctSorted(steps.map((p) => c.roleName(p.to)));
    const nextRoles = distinctSorted(steps.map((p) => p.to));
    hold(tally, `promotes to ${names.join(", ")}`, source, steps, { nextRoles, topOfLadder: false });
  }
  for (const def of c.definitions) {
    if (def.rank !== null && !bySource.has(def.source) && def.rank === maxRank(ladderOf(c, def))) {
      hold(tally, TOP_OF_LADDER, def.source, [def], { nextRoles: [], topOfLadder: true });
    }
  }
  return conflictOf(c.role, "PROMOTION", tally, (positions) =>
    describe(`Sources disagree on the next step up from ${c.roleName(c.role)}`, positions),
  );
}

function trackConflicts(c: RoleClaims): Conflict[] {
  const tally = newTally();
  for (const def of definitionsAbout(c)) {
    if (def.track !== null) {
      hold(tally, def.track, def.source, [fieldEvidence(def, def.trackQuote, def.trackStart, def.trackEnd)], { track: def.track });
    }
  }
  return conflictOf(c.role, "TRACK", tally, (positions) => describe(`Sources disagree on the track of ${c.roleName(c.role)}`, positions));
}

interface YearsRange {
  min: number | null;
  max: number | null;
}

function yearsConflicts(c: RoleClaims): Conflict[] {
  const tally = newTally();
  const ranges = new Map<string, YearsRange>();
  for (const def of definitionsAbout(c)) {
    if (def.yearsText === null) continue;
    const range = { min: def.yearsMin, max: def.yearsMax };
    const value = formatYears(range);
    ranges.set(value, range);
    hold(tally, value, def.source, [fieldEvidence(def, def.yearsQuote, def.yearsStart, def.yearsEnd)], { years: range });
  }
  return conflictOf(c.role, "YEARS_OF_EXPERIENCE", tally, (positions) => {
    const held = positions.flatMap((p) => ranges.get(p.value) ?? []);
    return describe(`Sources disagree on the years of experience for ${c.roleName(c.role)}`, positions, undefined, overlapSentence(held));
  });
}

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

function rangesOverlap(a: YearsRange, b: YearsRange): boolean {
  const low = (r: YearsRange) => r.min ?? 0;
  const high = (r: YearsRange) => r.max ?? Number.POSITIVE_INFINITY;
  return low(a) <= high(b) && low(b) <= high(a);
}

function salaryConflicts(c: RoleClaims): Conflict[] {
  const tally = newTally();
  for (const def of definitionsAbout(c)) {
    if (def.salaryUsd !== null) {
      const evidence = [fieldEvidence(def, def.salaryQuote, def.salaryStart, def.salaryEnd)];
      hold(tally, formatUsd(def.salaryUsd), def.source, evidence, { salaryUsd: def.salaryUsd });
    }
  }
  return conflictOf(c.role, "SALARY", tally, (positions) => describe(`Sources disagree on the salary of ${c.roleName(c.role)}`, positions));
}

function formatUsd(amount: number): string {
  return `$${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;
}

function entryLevelConflicts(c: RoleClaims): Conflict[] {
  const tally = newTally();
  const below: string[] = [];
  for (const def of c.definitions) {
    if (def.rank === null) continue;
    const ladder = ladderOf(c, def);
    const lowest = minRank(ladder);
    if (def.rank === lowest) {
      hold(tally, "the entry level", def.source, [def], { entryLevel: true });
      continue;
    }
    // Which rung sits lower differs from source to source; that detail goes in the evidence and summary, not the value.
    const bottom = ladder.filter((d) => d.rank === lowest);
    below.push(`${def.source}: ${distinctSorted(bottom.map((d) => c.roleName(d.role))).join(", ")}`);
    hold(tally, "above the entry level", def.source, [def, ...bottom], { entryLevel: false });
  }
  return conflictOf(
    c.role,
    "ENTRY_LEVEL",
    tally,
    (positions) =>
      `${describe(`Sources disagree whether ${c.roleName(c.role)} is the entry level`, positions)} Lowest rungs where it is not: ${distinctSorted(below).join("; ")}.`,
  );
}

function responsibilityConflicts(c: RoleClaims): Conflict[] {
  const listing = distinctSorted(c.responsibilities.map((r) => r.source));
  if (listing.length < 2) return [];
  const tally = newTally();
  let byAll = 0;
  for (const rows of groupBy(c.responsibilities, (r) => r.responsibility).values()) {
    const holders = new Set(rows.map((r) => r.source));
    if (holders.size === listing.length) {
      byAll += 1;
      continue;
    }
    // One text per responsibility id; the first row's stands for all.
    const text = rows[0]?.text ?? "";
    for (const row of rows) hold(tally, text, row.source, [row]);
  }
  const positions = positionsOf(tally);
  if (positions.length === 0) return [];
  const summary =
    `${listing.length} sources (${listing.join(", ")}) list responsibilities for ${c.roleName(c.role)}: ` +
    `${byAll} listed by all, ${positions.length} by only some.`;
  return [{ role: c.role, aspect: "RESPONSIBILITIES", summary, positions, withinSource: [] }];
}

function bandConflicts(c: RoleClaims): Conflict[] {
  const ids = identitiesOf(c);
  const bands = c.bands ?? [];
  const holdings = bandHoldings({ role: c.role, bands, definitions: allDefinitions(c), identities: ids, roleName: c.roleName });
  const conditions = bandConditions(bands.filter((b) => sameRoleIn(ids, b.source, c.role).has(b.role)));
  return conflictOf(c.role, "BAND", holdAll(newTally(), holdings), (positions) =>
    describe(`Sources band ${c.roleName(c.role)} differently`, positions, undefined, conditionSentence(conditions)),
  );
}

function managementConflicts(c: RoleClaims): Conflict[] {
  const holdings = managementHoldings(c.role, c.management ?? [], identitiesOf(c));
  return conflictOf(c.role, "MANAGEMENT", holdAll(newTally(), holdings), (positions) =>
    describe(`Sources disagree whether ${c.roleName(c.role)} manages people`, positions),
  );
}

function relativeRankConflicts(c: RoleClaims): Conflict[] {
  const ids = identitiesOf(c);
  const statements = c.relativeRanks ?? [];
  const byOther = relativeRankHoldings({ role: c.role, statements, definitions: allDefinitions(c), identities: ids, roleName: c.roleName });
  return [...byOther].flatMap(([other, holdings]) => {
    const seen = statements.flatMap((s) => seenFrom(c.role, s, ids) ?? []).filter((s) => s.other === other);
    return conflictOf(c.role, "RELATIVE_RANK", holdAll(newTally(), holdings), (positions) =>
      describe(
        `Sources disagree on how ${c.roleName(c.role)} ranks against ${c.roleName(other)}`,
        positions,
        undefined,
        conditionSentence(rankConditions(seen)),
      ),
    );
  });
}

function conditionSentence(conditions: readonly string[]): string {
  return conditions.length === 0 ? "" : `Conditions as written: ${conditions.join("; ")}.`;
}

// ---------------------------------------------------------------------------------------------
// Positions

/** value -> its typed content, and source -> the evidence that puts the source there. */
type Tally = Map<string, { detail: PositionDetail; holders: Map<string, EvidenceRow[]> }>;

function newTally(): Tally {
  return new Map();
}

function hold(tally: Tally, value: string, source: string, evidence: readonly EvidenceRow[], detail: PositionDetail = {}): void {
  const position = tally.get(value) ?? { detail, holders: new Map<string, EvidenceRow[]>() };
  tally.set(value, position);
  position.holders.set(source, [...(position.holders.get(source) ?? []), ...evidence.map(toEvidence)]);
}

function holdAll(tally: Tally, holdings: readonly Holding[]): Tally {
  for (const h of holdings) hold(tally, h.value, h.source, h.evidence, h.detail);
  return tally;
}

function positionsOf(tally: Tally): Position[] {
  return [...tally.entries()]
    .map(([value, { detail, holders }]) => ({
      value,
      sources: [...holders.keys()].sort(compareText),
      evidence: distinctEvidence([...holders.values()].flat()),
      detail,
    }))
    .sort((a, b) => compareText(a.value, b.value));
}

/** The conflict of one aspect, or none when fewer than two positions are held. */
function conflictOf(role: string, aspect: ConflictAspect, tally: Tally, summarise: (positions: Position[]) => string): Conflict[] {
  const positions = positionsOf(tally);
  if (positions.length < 2) return [];
  return [{ role, aspect, summary: summarise(positions), positions, withinSource: withinSourceOf(positions) }];
}

function withinSourceOf(positions: readonly Position[]): string[] {
  const counts = new Map<string, number>();
  for (const source of positions.flatMap((p) => p.sources)) counts.set(source, (counts.get(source) ?? 0) + 1);
  return [...counts.entries()]
    .filter(([, n]) => n > 1)
    .map(([source]) => source)
    .sort(compareText);
}

function describe(lead: string, positions: readonly Position[], label: (p: Position) => string = (p) => p.value, extra = ""): string {
  const parts = positions.map((p) => `${label(p)} (${p.sources.join(", ")})`).join("; ");
  const sentences = [`${lead}: ${parts}.`, extra, withinSentence(withinSourceOf(positions))];
  return sentences.filter((s) => s !== "").join(" ");
}

function withinSentence(sources: readonly string[]): string {
  if (sources.length === 0) return "";
  if (sources.length === 1) return `${sources[0]} holds more than one position.`;
  return `${sources.slice(0, -1).join(", ")} and ${sources.at(-1)} each hold more than one position.`;
}

// ---------------------------------------------------------------------------------------------
// Helpers

function restrictToSources(c: RoleClaims, sources: readonly string[]): RoleClaims {
  const allowed = new Set(sources);
  const keep = <T extends EvidenceRow>(rows: readonly T[]): T[] => rows.filter((row) => allowed.has(row.source));
  const ladders = new Map<string, DefinitionRow[]>();
  for (const [source, ladder] of c.ladders) if (allowed.has(source)) ladders.set(source, keep(ladder));
  return {
    ...c,
    definitions: keep(c.definitions),
    promotionsFrom: keep(c.promotionsFrom),
    promotionsTo: keep(c.promotionsTo),
    identities: keep(c.identities),
    responsibilities: keep(c.responsibilities),
    ladders,
    sourceIdentities: (c.sourceIdentities ?? []).filter((row) => allowed.has(row.source)),
    bands: keep(c.bands ?? []),
    management: keep(c.management ?? []),
    relativeRanks: keep(c.relativeRanks ?? []),
  };
}

function identitiesOf(c: RoleClaims): SourceIdentities {
  return sourceIdentities(c.sourceIdentities ?? []);
}

function allDefinitions(c: RoleClaims): DefinitionRow[] {
  return [...c.ladders.values()].flat();
}

/** The role's definitions under every title its source holds to be this role (a source's SAME_AS). */
function definitionsAbout(c: RoleClaims): DefinitionRow[] {
  const ids = identitiesOf(c);
  const followed = allDefinitions(c).filter((d) => d.role !== c.role && sameRoleIn(ids, d.source, c.role).has(d.role));
  return [...c.definitions, ...followed];
}

function ladderOf(c: RoleClaims, def: DefinitionRow): readonly DefinitionRow[] {
  return c.ladders.get(def.source) ?? [def];
}

function ranksOf(ladder: readonly DefinitionRow[]): number[] {
  return ladder.flatMap((d) => (d.rank === null ? [] : [d.rank]));
}

function maxRank(ladder: readonly DefinitionRow[]): number {
  return Math.max(...ranksOf(ladder));
}

function minRank(ladder: readonly DefinitionRow[]): number {
  return Math.min(...ranksOf(ladder));
}

function toEvidence(row: EvidenceRow): EvidenceRow {
  return { source: row.source, quote: row.quote, start: row.start, end: row.end, note: row.note ?? null };
}

/** A definition's sub-quote (track, years, salary) as evidence; the title evidence when it is missing. */
function fieldEvidence(def: DefinitionRow, quote: string | null, start: number | null, end: number | null): EvidenceRow {
  if (quote === null || start === null || end === null) return toEvidence(def);
  return { source: def.source, quote, start, end, note: def.note ?? null };
}

function distinctEvidence(rows: readonly EvidenceRow[]): EvidenceRow[] {
  const seen = new Map<string, EvidenceRow>();
  for (const row of rows) {
    const key = JSON.stringify([row.source, row.start, row.end, row.quote]);
    if (!seen.has(key)) seen.set(key, row);
  }
  return [...seen.values()].sort(
    (a, b) => compareText(a.source, b.source) || a.start - b.start || a.end - b.end || compareText(a.quote, b.quote),
  );
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

function distinctSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareText);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Everything the rules read about one role, as one statement returns it (cypher/read/audit-claims-by-role). */
export interface RoleAuditClaims {
  definitions: DefinitionRow[];
  promotionsFrom: PromotionRow[];
  promotionsTo: PromotionRow[];
  identities: IdentityRow[];
  responsibilities: ResponsibilityRow[];
  /** Every definition of every source that defines the role: those sources' whole ladders. */
  ladders: { source: string; definitions: DefinitionRow[] }[];
  /** Names of the roles those claims mention. */
  names: { id: string; name: string }[];
}

export function conflictsFromClaims(
  role: string,
  claims: RoleAuditClaims,
  aspects?: readonly ConflictAspect[],
  sources?: readonly string[] | null,
): Conflict[] {
  const names = new Map(claims.names.map((r) => [r.id, r.name]));
  return computeConflicts(
    {
      role,
      definitions: claims.definitions,
      promotionsFrom: claims.promotionsFrom,
      promotionsTo: claims.promotionsTo,
      identities: claims.identities,
      responsibilities: claims.responsibilities,
      ladders: new Map(claims.ladders.map((l) => [l.source, l.definitions])),
      roleName: (id) => names.get(id) ?? id,
    },
    aspects,
    sources,
  );
}
