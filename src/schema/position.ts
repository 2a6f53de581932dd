import { builder } from "./builder.ts";
import { TrackEnum } from "./enums.ts";
import { PositionRef, PositionYearsRef, RoleRef } from "./refs.ts";
import { BandLevelEnum, ManagementScopeEnum, RankRelationEnum } from "./statements.ts";

export const IdentityRelationEnum = builder.enumType("IdentityRelation", {
  description: "How a source relates two roles, in an IDENTITY position.",
  values: {
    SAME_AS: { description: "One role under two titles." },
    MAY_COEXIST: { description: "Two roles an organisation may have one or both of." },
    SEPARATE_RUNG: { description: "The source ranks them on different rungs, or asserts a step between them." },
    SEPARATE_ROLE: { description: "The source describes them in separate sections at one rung, on two tracks: two roles." },
  } as const,
});

PositionYearsRef.implement({
  description: "A years-of-experience range in a position.",
  fields: (t) => ({
    min: t.float({ nullable: true, description: "Lower bound; null when not given.", resolve: (y) => y.min }),
    max: t.float({ nullable: true, description: 'Upper bound; null = open-ended ("8+ years").', resolve: (y) => y.max }),
  }),
});

/** Typed content of a position, so that a client need not parse `value`; each aspect fills its own fields, the rest are null. */
builder.objectFields(PositionRef, (t) => ({
  identityRelation: t.field({
    type: IdentityRelationEnum,
    nullable: true,
    description: "IDENTITY: how the sources holding this position relate the role to `otherRole`.",
    resolve: (p) => p.detail.identityRelation ?? null,
  }),
  otherRole: t.field({
    type: RoleRef,
    nullable: true,
    description: "IDENTITY, RELATIVE_RANK, a BAND position from a ladder: the other role the position is about.",
    resolve: (p) => p.detail.otherRole ?? null,
  }),
  years: t.field({
    type: PositionYearsRef,
    nullable: true,
    description: "YEARS_OF_EXPERIENCE: the range.",
    resolve: (p) => p.detail.years ?? null,
  }),
  salaryUsd: t.int({ nullable: true, description: "SALARY: US dollars a year.", resolve: (p) => p.detail.salaryUsd ?? null }),
  nextRoles: t.field({
    type: [RoleRef],
    nullable: true,
    description: "PROMOTION: the next roles (empty at the top of a ladder).",
    resolve: (p) => (p.detail.nextRoles ? [...p.detail.nextRoles] : null),
  }),
  topOfLadder: t.boolean({
    nullable: true,
    description: "PROMOTION: true for the top of the sources' ladders.",
    resolve: (p) => p.detail.topOfLadder ?? null,
  }),
  track: t.field({ type: TrackEnum, nullable: true, description: "TRACK: the track.", resolve: (p) => p.detail.track ?? null }),
  entryLevel: t.boolean({
    nullable: true,
    description: "ENTRY_LEVEL: true for the entry level, false for above it.",
    resolve: (p) => p.detail.entryLevel ?? null,
  }),
  band: t.field({ type: BandLevelEnum, nullable: true, description: "BAND: the band, normalised.", resolve: (p) => p.detail.band ?? null }),
  peopleManagement: t.field({
    type: ManagementScopeEnum,
    nullable: true,
    description: "MANAGEMENT: MANAGES_PEOPLE or NO_PEOPLE_MANAGEMENT.",
    resolve: (p) => p.detail.peopleManagement ?? null,
  }),
  rankRelation: t.field({
    type: RankRelationEnum,
    nullable: true,
    description: "RELATIVE_RANK: how the role ranks against `otherRole`.",
    resolve: (p) => p.detail.rankRelation ?? null,
  }),
}));
