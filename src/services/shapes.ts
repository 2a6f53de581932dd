import type { DefinitionClaim } from "../claims/definition.ts";
import type { Evidence } from "../claims/evidence.ts";
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

export interface LadderRung {
  source: string;
  rank: number;
  definitions: DefinitionClaim[];
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
