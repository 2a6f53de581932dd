/**
 * What a conflict rule reads off the claims: each source's position on one question, with the
 * claims that put it there, and the position's typed fields (so a client need not parse `value`).
 */

/** A verbatim quote and where it sits in its source's text. */
export interface Quoted {
  source: string;
  quote: string;
  start: number;
  end: number;
  note?: string | null;
}

export type BandLevel = "ENTRY" | "MID" | "SENIOR" | "LEADERSHIP" | "EXECUTIVE" | "OFF_LADDER";
export type RankRelation = "EQUAL" | "ABOVE" | "BELOW";
export type PeopleManagement = "MANAGES_PEOPLE" | "NO_PEOPLE_MANAGEMENT";
/** How a source relates two roles, as an identity position says it. */
export type IdentityRelation = "SAME_AS" | "MAY_COEXIST" | "SEPARATE_RUNG" | "SEPARATE_ROLE";

/** The typed content of a position; every field is optional and only the aspect's own fields are set. */
export interface PositionDetail {
  identityRelation?: IdentityRelation;
  /** Years of experience: null min or max = not given / open-ended. */
  years?: { min: number | null; max: number | null };
  salaryUsd?: number;
  /** Next roles, for a promotion position (empty with `topOfLadder`). */
  nextRoles?: readonly string[];
  topOfLadder?: boolean;
  track?: "INDIVIDUAL_CONTRIBUTOR" | "MANAGEMENT";
  entryLevel?: boolean;
  band?: BandLevel;
  peopleManagement?: PeopleManagement;
  rankRelation?: RankRelation;
  /** The other role a relation is about (identity, relative rank, band order). */
  otherRole?: string;
}

export interface Holding {
  /** The position's label, e.g. `mid-level` or `equal in rank to Senior Product Manager`. */
  value: string;
  source: string;
  evidence: readonly Quoted[];
  detail: PositionDetail;
}

/** Definitions as the rules read them: which role a source ranks where, with the title's evidence. */
export interface RankedDefinition extends Quoted {
  role: string;
  rank: number | null;
}
