import { builder } from "./builder.ts";

export const TrackEnum = builder.enumType("Track", {
  description: "The two tracks a ladder can branch into above a shared rung.",
  values: {
    INDIVIDUAL_CONTRIBUTOR: { description: "Individual contributor: no direct reports; the work is the product." },
    MANAGEMENT: { description: "People management: direct reports, player/coach or manager of managers." },
  } as const,
});

export const PromotionKindEnum = builder.enumType("PromotionKind", {
  values: {
    EXPLICIT: { description: "The source states the step in a sentence." },
    LADDER_ORDER: { description: "The source implies the step by the order of its ladder." },
  } as const,
});

export const SkillKindEnum = builder.enumType("SkillKind", { values: ["HARD", "SOFT"] as const });

export const ConflictAspectEnum = builder.enumType("ConflictAspect", {
  description: "What sources can disagree about; the README defines each precisely.",
  values: {
    IDENTITY: { description: "Some sources say two titles are one role; others make them separate rungs or roles that may coexist." },
    PROMOTION: { description: "Different next roles from the same role (or none: the top of a ladder)." },
    TRACK: { description: "Individual contributor vs people management." },
    YEARS_OF_EXPERIENCE: { description: "Different years-of-experience ranges." },
    SALARY: { description: "Different salary figures." },
    ENTRY_LEVEL: { description: "One source's entry level is above another source's lowest rung." },
    RESPONSIBILITIES: { description: "Responsibilities only some of the sources that list responsibilities for the role list." },
    BAND: {
      description:
        "Sources put the role in different level bands (entry-level, mid-level, senior…), or a band contradicts the source's own ladder.",
    },
    MANAGEMENT: { description: "Some sources say the role manages people, others that it has little or no people management." },
    RELATIVE_RANK: {
      description: "Sources rank the role differently against another role: equal, above or below, as said or as their ladders rank them.",
    },
  } as const,
});

export const TitleRelationEnum = builder.enumType("TitleRelation", {
  description: "How a resolved role relates to the title typed.",
  values: {
    TITLE: { description: "The title names this role." },
    SAME_AS: { description: "A source says this role is the same as a role the title names." },
    MAY_COEXIST: { description: "A source says this role may exist beside a role the title names." },
  } as const,
});

export const MatchedByEnum = builder.enumType("MatchedBy", {
  values: {
    TITLE: { description: "A title a source writes, after normalising case, punctuation and abbreviations." },
    CANONICAL_NAME: { description: "The role's canonical name." },
    ABBREVIATION: { description: 'An abbreviation: written in the source ("(APM)") or the initials of the name.' },
  } as const,
});

export const AliasKindEnum = builder.enumType("AliasKind", {
  values: {
    DEFINITION: { description: "The heading of a section the source gives the role." },
    MENTION: { description: "Named in passing, without a section." },
  } as const,
});
