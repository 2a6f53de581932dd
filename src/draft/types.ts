import type { BandLevel } from "../claims/band.ts";
import type { IdentityKind } from "../claims/identity.ts";
import type { ManagementScope } from "../claims/management.ts";
import type { OutsideRelation } from "../claims/outsideRole.ts";
import type { PromotionKind } from "../claims/promotion.ts";
import type { RankRelation } from "../claims/relativeRank.ts";
import type { EmphasisLevel, SkillClass } from "../claims/skill.ts";
import type { Track } from "../claims/vocabulary.ts";

/** A verbatim span of the article: `text === article.slice(start, end)` always (JavaScript string offsets, end exclusive). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Why a claim was drafted and how sure the drafter is: 0–1; below LOW_CONFIDENCE a person should look twice. */
export interface Drafted {
  /** 0 to 1. */
  confidence: number;
  /** The rule that fired and what it saw, for the reviewer. */
  reason: string;
}

/** Claims below this confidence are marked low: the CLI comments say so, and a reviewer may drop them first. */
export const LOW_CONFIDENCE = 0.5;

export interface DraftSource {
  title: (Span & Drafted) | null;
  author: (Span & Drafted) | null;
  publisher: (Span & Drafted) | null;
}

export interface DraftDefinition extends Drafted {
  role: string;
  title: Span;
  rank: number | null;
  track: { value: Track; quote: Span } | null;
  summary: Span;
  years: { min: number | null; max: number | null; text: string; quote: Span; reason: string; confidence: number } | null;
  salaryUsd: { amount: number; quote: Span; reason: string; confidence: number } | null;
}

export interface DraftMention extends Drafted {
  role: string;
  title: string;
  quote: Span;
}

export interface DraftResponsibility extends Drafted {
  role: string;
  quote: Span;
}

export interface DraftSkill extends Drafted {
  skill: string;
  role: string | null;
  step: { from: string; to: string } | null;
  classification: { text: string; kind: SkillClass; quote: Span } | null;
  emphasis: { text: string; level: EmphasisLevel; quote: Span } | null;
  quote: Span;
}

export interface DraftPromotion extends Drafted {
  from: string;
  to: string;
  kind: PromotionKind;
  track: Track | null;
  quote: Span;
}

export interface DraftIdentity extends Drafted {
  role: string;
  other: string;
  kind: IdentityKind;
  quote: Span;
}

export interface DraftDeniedStep extends Drafted {
  from: string | null;
  to: string;
  quote: Span;
}

export interface DraftReadiness extends Drafted {
  from: string;
  to: string;
  quote: Span;
}

export interface DraftBand extends Drafted {
  role: string;
  band: string;
  level: BandLevel;
  condition: string | null;
  quote: Span;
}

export interface DraftManagement extends Drafted {
  role: string;
  scope: ManagementScope;
  over: string | null;
  overRoles: string[];
  count: { text: string; min: number | null; max: number | null } | null;
  condition: string | null;
  quote: Span;
}

export interface DraftRelativeRank extends Drafted {
  role: string;
  relation: RankRelation;
  other: string;
  condition: string | null;
  quote: Span;
}

export interface DraftOutsideRole extends Drafted {
  role: string;
  relation: OutsideRelation;
  outsider: string;
  title: string;
  condition: string | null;
  quote: Span;
}

/** A title that maps to no catalogue role: proposed as a new one, never forced onto a near one. */
export interface ProposedRole {
  id: string;
  name: string;
  /** Where the article writes it first. */
  quote: Span;
  reason: string;
}

export interface ProposedSkill {
  id: string;
  name: string;
  kind: "HARD" | "SOFT";
  quote: Span;
  reason: string;
}

/** Every claim the drafter found, kind by kind (the claims file's sections). */
export interface DraftClaimsByKind {
  definitions: DraftDefinition[];
  mentions: DraftMention[];
  responsibilities: DraftResponsibility[];
  skills: DraftSkill[];
  promotions: DraftPromotion[];
  identities: DraftIdentity[];
  nonPromotions: DraftDeniedStep[];
  readiness: DraftReadiness[];
  bands: DraftBand[];
  management: DraftManagement[];
  relativeRanks: DraftRelativeRank[];
  outsideRoles: DraftOutsideRole[];
}

export interface ArticleDraft {
  id: string;
  sha256: string;
  source: DraftSource;
  claims: DraftClaimsByKind;
  proposedRoles: ProposedRole[];
  proposedSkills: ProposedSkill[];
  /** Milliseconds the drafting took (checks, rules; not reading files). */
  elapsedMs: number;
}

/** What the drafter knows: the catalogue and the titles the sources already write. */
export interface DraftCatalog {
  roles: readonly { id: string; name: string; outsideLadder?: boolean | undefined }[];
  skills: readonly { id: string; name: string; kind: "HARD" | "SOFT" }[];
  /** Titles sources write for roles (definition headings, mentions), as written. */
  titles: readonly { role: string; title: string }[];
}

export function emptyClaims(): DraftClaimsByKind {
  return {
    definitions: [],
    mentions: [],
    responsibilities: [],
    skills: [],
    promotions: [],
    identities: [],
    nonPromotions: [],
    readiness: [],
    bands: [],
    management: [],
    relativeRanks: [],
    outsideRoles: [],
  };
}
