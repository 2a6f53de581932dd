import type { PromotionEdge } from "../domain/promotions.ts";
import type { MatchedBy } from "../domain/titles.ts";
import type { DefinitionRow, EvidenceRow, RequirementRow } from "../domain/types.ts";

/** A title as the sources write it for a role, with the sources that write it. */
export interface Alias {
  title: string;
  /** DEFINITION: the heading of a section on the role; MENTION: named in passing. */
  kind: "DEFINITION" | "MENTION";
  sources: string[];
  evidence: EvidenceRow[];
}

export interface SkillRequirement {
  skill: string;
  sources: string[];
  claims: RequirementRow[];
}

export interface LadderRung {
  source: string;
  rank: number;
  definitions: DefinitionRow[];
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
  evidence: EvidenceRow[];
}

export interface SkillGap {
  from: string;
  to: string;
  missing: SkillRequirement[];
  shared: SkillRequirement[];
}
