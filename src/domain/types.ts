/** Row shapes read from Neo4j: one claim edge each, carrying its evidence. */
export type Track = "INDIVIDUAL_CONTRIBUTOR" | "MANAGEMENT";

export interface SourceRow {
  id: string;
  title: string | null;
  author: string | null;
  publisher: string | null;
  sha256: string;
}

export interface RoleRow {
  id: string;
  name: string;
}

export interface SkillRow {
  id: string;
  name: string;
  kind: "HARD" | "SOFT";
}

/** A verbatim quote and where it sits in its source's text. */
export interface EvidenceRow {
  source: string;
  quote: string;
  start: number;
  end: number;
  note?: string | null;
  /** The source node itself, when the statement read it anyway (it primes the request's loader). */
  sourceNode?: SourceRow;
  /** Role nodes the statement read anyway (e.g. the other end of a promotion), for the same purpose. */
  roleNodes?: RoleRow[];
}

export interface DefinitionRow extends EvidenceRow {
  role: string;
  title: string;
  rank: number | null;
  track: Track | null;
  summary: string;
  summaryQuote: string;
  summaryStart: number;
  summaryEnd: number;
  yearsMin: number | null;
  yearsMax: number | null;
  yearsText: string | null;
  yearsQuote: string | null;
  yearsStart: number | null;
  yearsEnd: number | null;
  salaryUsd: number | null;
  salaryQuote: string | null;
  salaryStart: number | null;
  salaryEnd: number | null;
  trackQuote: string | null;
  trackStart: number | null;
  trackEnd: number | null;
}

export interface MentionRow extends EvidenceRow {
  role: string;
  title: string;
}

export interface PromotionRow extends EvidenceRow {
  from: string;
  to: string;
  kind: "EXPLICIT" | "LADDER_ORDER";
  track: Track | null;
}

export interface IdentityRow extends EvidenceRow {
  role: string;
  other: string;
  kind: "SAME_AS" | "MAY_COEXIST";
}

export interface RequirementRow extends EvidenceRow {
  role: string;
  skill: string;
}

export interface ResponsibilityRow extends EvidenceRow {
  role: string;
  responsibility: string;
  text: string;
}
