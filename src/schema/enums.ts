import { IDENTITY_KINDS } from "../claims/identity.ts";
import { PROMOTION_KINDS } from "../claims/promotion.ts";
import { TRACKS } from "../claims/vocabulary.ts";
import { CONFLICT_ASPECTS } from "../domain/conflicts/index.ts";
import { SKILL_KINDS } from "../domain/types.ts";
import { builder } from "./builder.ts";

/**
 * An enum's values from the one `as const` list that also types them in TypeScript, each with
 * its meaning (the record must name every value, or this does not compile).
 */
function valuesOf<const T extends string>(list: readonly T[], meaning: Record<T, string>): Record<T, { description: string }> {
  // Object.fromEntries loses the key type; the keys are exactly `list`.
  return Object.fromEntries(list.map((value) => [value, { description: meaning[value] }])) as Record<T, { description: string }>;
}

export const TrackEnum = builder.enumType("Track", {
  description: "The two tracks a ladder can branch into above a shared rung.",
  values: valuesOf(TRACKS, {
    INDIVIDUAL_CONTRIBUTOR: "Individual contributor: no direct reports; the work is the product.",
    MANAGEMENT: "People management: direct reports, player/coach or manager of managers.",
  }),
});

export const PromotionKindEnum = builder.enumType("PromotionKind", {
  description: "How a source asserts a step up.",
  values: valuesOf(PROMOTION_KINDS, {
    EXPLICIT: "The source states the step in a sentence.",
    LADDER_ORDER: "The source implies the step by the order of its ladder.",
  }),
});

export const SkillKindEnum = builder.enumType("SkillKind", {
  description: "Our catalogue's classification of a skill (seed/catalog/skills.yaml), not a source's.",
  values: valuesOf(SKILL_KINDS, {
    HARD: "A craft or technical skill: user research, roadmapping, prioritization, business acumen.",
    SOFT: "A people skill: communication, leadership, collaboration, empathy.",
  }),
});

export const ConflictAspectEnum = builder.enumType("ConflictAspect", {
  description: 'What sources can disagree about; the README\'s "When two claims disagree" defines each precisely.',
  values: valuesOf(CONFLICT_ASPECTS, {
    IDENTITY: "Some sources say two titles are one role; others make them separate rungs or roles that may coexist.",
    PROMOTION: "Different next roles from the same role (or none: the top of a ladder).",
    TRACK: "Individual contributor vs people management.",
    YEARS_OF_EXPERIENCE: "Different years-of-experience ranges.",
    SALARY: "Different salary figures.",
    ENTRY_LEVEL: "One source's entry level is above another source's lowest rung.",
    RESPONSIBILITIES: "Responsibilities only some of the sources that list responsibilities for the role list.",
    BAND: "Sources put the role in different level bands (entry-level, mid-level, senior…), or a band contradicts the source's own ladder.",
    MANAGEMENT: "Some sources say the role manages people, others that it has little or no people management.",
    RELATIVE_RANK: "Sources rank the role differently against another role: equal, above or below, as said or as their ladders rank them.",
  }),
});

export const TitleRelationEnum = builder.enumType("TitleRelation", {
  description: "How a resolved role relates to the title typed.",
  values: valuesOf(["TITLE", ...IDENTITY_KINDS], {
    TITLE: "The title names this role.",
    SAME_AS: "A source says this role is the same as a role the title names.",
    MAY_COEXIST: "A source says this role may exist beside a role the title names.",
  }),
});

export const MatchedByEnum = builder.enumType("MatchedBy", {
  description: "What in a typed title matched the role.",
  values: {
    TITLE: { description: "A title a source writes, after normalising case, punctuation and abbreviations." },
    CANONICAL_NAME: { description: "The role's canonical name." },
    ABBREVIATION: { description: 'An abbreviation: written in the source ("(APM)") or the initials of the name.' },
    FUZZY: {
      description:
        "Nothing matched exactly; the input is close in spelling to a title, name or slug (a typo or a word variant): matchedTitle says which.",
    },
  } as const,
});

export const AliasKindEnum = builder.enumType("AliasKind", {
  description: "Where a source writes a title for a role.",
  values: {
    DEFINITION: { description: "The heading of a section the source gives the role." },
    MENTION: { description: "Named in passing, without a section." },
  } as const,
});
