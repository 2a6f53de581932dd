import type { DefinitionClaim } from "../claims/definition.ts";
import type { Evidence } from "../claims/evidence.ts";
import type { PromotionClaim } from "../claims/promotion.ts";
import type { RequirementClaim } from "../claims/skill.ts";
import type { PromotionEdge } from "../domain/promotions.ts";
import type { MatchedBy } from "../domain/titles.ts";

/** A title as the sources write it for a role, with the sources that write it. */
export interface Alias {
  title: string;
  /** DEFINITION: the heading of a section on the role; MENTION: named in passing. */
  kind: "DEFINITION" | "MENTION";
  sources: string[];
  evidence: Evidence[];
}

export interface SkillRequirement {
  skill: string;
  sources: string[];
  claims: RequirementClaim[];
}

/** One source's steps from (or into) a role. */
export interface SourceSteps {
  source: string;
  /** The roles at the other end, one per source role (its heading), sorted by id. */
  roles: string[];
  /** The source roles at the other end. */
  sourceRoles: { source: string; role: string; roles: string[] }[];
  claims: PromotionClaim[];
}

/** One source role: the catalogue roles one source joins by its SAME_AS (or one role alone), with its definitions of them. */
export interface SourceRoleEntry {
  source: string;
  /** The heading role (src/domain/sourceRoles.ts). */
  role: string;
  /** Every catalogue role it joins, the heading first. */
  roles: string[];
  rank: number | null;
  /** The source's definitions of its members. */
  definitions: DefinitionClaim[];
}

export interface LadderRung {
  source: string;
  rank: number;
  definitions: DefinitionClaim[];
  /** The rung's source roles, each once. */
  sourceRoles: SourceRoleEntry[];
  /** The steps up from this rung that this source asserts. */
  promotions: PromotionEdge[];
}

export interface TitleMatch {
  role: string;
  relation: "TITLE" | "SAME_AS" | "MAY_COEXIST";
  matchedBy: MatchedBy;
  /** For a FUZZY match: the title, name or slug the input was taken for. */
  matchedTitle?: string | null;
  /** For SAME_AS / MAY_COEXIST: the role the title named, through which this one was found. */
  via: string | null;
  sources: string[];
  evidence: Evidence[];
}

export interface SkillGap {
  from: string;
  to: string;
  missing: SkillRequirement[];
  shared: SkillRequirement[];
}

/** Why an answer is empty, where the graph knows. */
export interface EmptyReason {
  /** SAME_ROLE: a source says the two roles are one; NO_STEP_OUT: no (chosen) source has a step out; FILTERED_OUT: a filter removed every step; NOT_CONNECTED: steps exist but none leads there. */
  kind: "SAME_ROLE" | "NO_STEP_OUT" | "FILTERED_OUT" | "NOT_CONNECTED";
  message: string;
  sources: string[];
  evidence: Evidence[];
}
