import type { BandLevel } from "../../claims/band.ts";
import type { RankRelation } from "../../claims/relativeRank.ts";
import type { Track } from "../../claims/vocabulary.ts";

/** How a source relates two roles, as an identity position says it. */
export type IdentityRelation = "SAME_AS" | "MAY_COEXIST" | "SEPARATE_RUNG" | "SEPARATE_ROLE";

export type PeopleManagement = "MANAGES_PEOPLE" | "NO_PEOPLE_MANAGEMENT";

/**
 * A position's typed content, so a client need not parse its label: each aspect sets its own
 * fields (IDENTITY the relation and other role, YEARS_OF_EXPERIENCE the range…), the rest stay unset.
 */
export interface PositionDetail {
  identityRelation?: IdentityRelation;
  /** The other role a relation is about (IDENTITY, RELATIVE_RANK, a band's ladder contradiction). */
  otherRole?: string;
  /** Years of experience; null min or max: not given / open-ended. */
  years?: { min: number | null; max: number | null };
  salaryUsd?: number;
  /** The next roles (PROMOTION); empty at the top of a ladder. */
  nextRoles?: readonly string[];
  topOfLadder?: boolean;
  track?: Track;
  entryLevel?: boolean;
  band?: BandLevel;
  peopleManagement?: PeopleManagement;
  rankRelation?: RankRelation;
}
