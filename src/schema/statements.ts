import type { BAND_LEVELS } from "../claims/band.ts";
import type { MANAGEMENT_SCOPES } from "../claims/management.ts";
import type { OUTSIDE_RELATIONS } from "../claims/outsideRole.ts";
import type { READINESS_KINDS } from "../claims/readiness.ts";
import type { RANK_RELATIONS } from "../claims/relativeRank.ts";
import { sources } from "../services/args.ts";
import { bandsOfRung, distinctReadiness, ofSources, readinessFromRole, readinessOfStep, relativeRanksOf } from "../services/statements.ts";
import { sourcesArg } from "./args.ts";
import { builder } from "./builder.ts";
import { claimFields } from "./claimFields.ts";
import {
  BandClaimRef,
  HeadCountRef,
  LadderRungRef,
  ManagementClaimRef,
  OutsideRoleClaimRef,
  PromotionClaimRef,
  PromotionEdgeRef,
  ReadinessSignRef,
  RelativeRankClaimRef,
  RoleDefinitionRef,
  RoleRef,
  SourceRef,
} from "./refs.ts";

export const BandLevelEnum = builder.enumType("BandLevel", {
  description: "A band name normalised (seed/CLAIMS.md has the table); the name as written is on the claim.",
  values: {
    ENTRY: { description: "Entry-level." },
    MID: { description: "Mid-level." },
    SENIOR: { description: "Senior, senior-level, senior managers." },
    LEADERSHIP: { description: "Product leadership." },
    EXECUTIVE: { description: "Executive, C-level, high-level positions." },
    OFF_LADDER: { description: "Kept off the ladder: other product roles, not strictly part of the hierarchy." },
  } satisfies Record<(typeof BAND_LEVELS)[number], { description: string }>,
});

export const ManagementScopeEnum = builder.enumType("ManagementScope", {
  description: "What a source says about a role's people management.",
  values: {
    MANAGES_PEOPLE: { description: "Has reports or manages people (supervises, hires, evaluates)." },
    MENTORS: { description: "Mentors or develops people; says nothing about reports." },
    LEADS: { description: "Leads, guides or oversees people or teams, with no word about reports." },
    NO_PEOPLE_MANAGEMENT: { description: 'No reports, or little people management ("rarely", "much less on team oversight").' },
  } satisfies Record<(typeof MANAGEMENT_SCOPES)[number], { description: string }>,
});

export const RankRelationEnum = builder.enumType("RankRelation", {
  description: "How a role ranks against another.",
  values: {
    EQUAL: { description: "The same rank (the same level, the same rung)." },
    ABOVE: { description: "Ranks above the other role." },
    BELOW: { description: "Ranks below the other role." },
  } satisfies Record<(typeof RANK_RELATIONS)[number], { description: string }>,
});

export const OutsideRelationEnum = builder.enumType("OutsideRelation", {
  description: "How a ladder role is tied to a role outside the product ladder.",
  values: {
    HELD_BY: { description: "The ladder role is held by whoever holds the outside role." },
    WORKS_WITH: { description: "The ladder role works with the outside role." },
    ADVISES: { description: "The ladder role advises the outside role." },
  } satisfies Record<(typeof OUTSIDE_RELATIONS)[number], { description: string }>,
});

BandClaimRef.implement({
  description: 'A named tier or section a source puts a role in ("Mid-level Product manager positions").',
  fields: (t) => ({
    role: t.field({ type: RoleRef, description: "The role banded.", resolve: (b) => b.role }),
    band: t.exposeString("band", { description: "The band's name as the source writes it." }),
    level: t.field({ type: BandLevelEnum, description: "The band normalised.", resolve: (b) => b.level }),
    condition: t.string({
      nullable: true,
      description: 'Where the source limits it ("in few companies"), as written.',
      resolve: (b) => b.condition,
    }),
    ...claimFields(t, { source: "The source that bands it.", evidence: "The sentence or heading that names the band." }),
  }),
});

HeadCountRef.implement({
  description: "How many people, where a source says.",
  fields: (t) => ({
    text: t.exposeString("text", { description: 'As written ("multiple", "a bunch").' }),
    min: t.int({ nullable: true, description: "The least it means; null when the words give no number.", resolve: (n) => n.min }),
    max: t.int({ nullable: true, description: "The most it means; null when open or not given.", resolve: (n) => n.max }),
  }),
});

ManagementClaimRef.implement({
  description: "What one source says about a role's people management: whether, whom, how many.",
  fields: (t) => ({
    role: t.field({ type: RoleRef, description: "The role whose people management it is.", resolve: (m) => m.role }),
    scope: t.field({
      type: ManagementScopeEnum,
      description: "Manages, mentors, leads, or little or no people management.",
      resolve: (m) => m.scope,
    }),
    over: t.string({ nullable: true, description: 'Whom, as written ("a bunch of product managers").', resolve: (m) => m.over }),
    overRoles: t.field({
      type: [RoleRef],
      description: "The ladder roles `over` names (the roles that report to, are mentored or led by this role).",
      resolve: (m) => m.overRoles,
    }),
    count: t.field({ type: HeadCountRef, nullable: true, description: "How many, where the source says.", resolve: (m) => m.count }),
    condition: t.string({
      nullable: true,
      description: 'Where the source limits it ("In larger businesses"), as written.',
      resolve: (m) => m.condition,
    }),
    ...claimFields(t, { source: "The source that says it.", evidence: "The sentence that says it." }),
  }),
});

RelativeRankClaimRef.implement({
  description: 'One source ranking a role against another ("equal in rank to the Senior Product Manager in some organizations").',
  fields: (t) => ({
    role: t.field({ type: RoleRef, description: "The role asked about.", resolve: (r) => r.role }),
    relation: t.field({ type: RankRelationEnum, description: "How `role` ranks against `other`.", resolve: (r) => r.relation }),
    other: t.field({ type: RoleRef, description: "The role ranked against.", resolve: (r) => r.other }),
    condition: t.string({
      nullable: true,
      description: 'Where it holds, as written ("In some organizations").',
      resolve: (r) => r.condition,
    }),
    ...claimFields(t, { source: "The source that says it.", evidence: "The sentence that says it." }),
  }),
});

OutsideRoleClaimRef.implement({
  description: "A ladder role tied to a role outside the product ladder (the chief executive, the chief technology officer).",
  fields: (t) => ({
    role: t.field({ type: RoleRef, description: "The ladder role.", resolve: (o) => o.role }),
    relation: t.field({
      type: OutsideRelationEnum,
      description: "How the ladder role is tied to the outside role.",
      resolve: (o) => o.relation,
    }),
    outsider: t.field({ type: RoleRef, description: "The role outside the ladder.", resolve: (o) => o.outsider }),
    title: t.exposeString("title", { description: "The outside role's title as the source writes it." }),
    condition: t.string({ nullable: true, description: 'Where it holds ("Typically"), as written.', resolve: (o) => o.condition }),
    ...claimFields(t, { source: "The source that says it.", evidence: "The sentence that says it." }),
  }),
});

export const ReadinessKindEnum = builder.enumType("ReadinessKind", {
  description: "What a readiness claim is.",
  values: {
    SIGN: { description: 'A sign that someone is ready for the step ("You\'re independent: …").' },
    TIME: { description: 'The time the step takes or the experience it needs ("it may take 1-3 years").' },
    OTHER: { description: "Something else the article lists before the step." },
  } satisfies Record<(typeof READINESS_KINDS)[number], { description: string }>,
});

ReadinessSignRef.implement({
  description: "A sign a source lists that someone is ready for a step up (or the time it sets before the step).",
  fields: (t) => ({
    from: t.field({ type: RoleRef, description: "The role one steps up from.", resolve: (r) => r.from }),
    to: t.field({ type: RoleRef, description: "The role one steps up to.", resolve: (r) => r.to }),
    sign: t.string({ description: "The sign as written (the quote).", resolve: (r) => r.evidence.quote }),
    kind: t.field({
      type: ReadinessKindEnum,
      description: "What the article lists here: a sign of readiness, the time the step takes, or something else.",
      resolve: (r) => r.kind,
    }),
    ...claimFields(t, { source: "The source that lists the sign.", evidence: "The sign's quote and offsets." }),
  }),
});

const ONLY = "Only these sources' claims";

builder.objectFields(RoleRef, (t) => ({
  outsideLadder: t.boolean({
    description:
      "True for a role outside the product ladder (the chief executive…): catalogued so that titles resolve and claims can name it.",
    resolve: (r, _a, ctx) => ctx.loaders.outsideLadder.load(r.id),
  }),
  bands: t.field({
    type: [BandClaimRef],
    description: "The bands (entry-level, mid-level, senior…) each source puts this role in, as written and normalised.",
    args: sourcesArg(ONLY),
    resolve: async (r, args, ctx) => ofSources(await ctx.loaders.claims.bands.byRole.load(r.id), await sources(ctx, args.sources)),
  }),
  management: t.field({
    type: [ManagementClaimRef],
    description: "What each source says about this role's people management: manages, mentors, leads, or not; whom and how many.",
    args: sourcesArg(ONLY),
    resolve: async (r, args, ctx) => ofSources(await ctx.loaders.claims.management.byRole.load(r.id), await sources(ctx, args.sources)),
  }),
  relativeRanks: t.field({
    type: [RelativeRankClaimRef],
    description: "Each source's claims ranking this role against another (equal, above, below), read from this role's side.",
    args: sourcesArg(ONLY),
    resolve: async (r, args, ctx) => relativeRanksOf(ctx, r.id, await sources(ctx, args.sources)),
  }),
  outsideRoles: t.field({
    type: [OutsideRoleClaimRef],
    description: "Ties between this role and a role outside the ladder, from either end.",
    args: sourcesArg(ONLY),
    resolve: async (r, args, ctx) => ofSources(await ctx.loaders.claims.outsideRoles.byRole.load(r.id), await sources(ctx, args.sources)),
  }),
  readinessSigns: t.field({
    type: [ReadinessSignRef],
    description: "Signs the sources list that someone in this role is ready to step up (to which role is on each sign).",
    args: sourcesArg(ONLY),
    resolve: async (r, args, ctx) => readinessFromRole(ctx, r.id, await sources(ctx, args.sources)),
  }),
}));

builder.objectFields(SourceRef, (t) => ({
  bands: t.field({
    type: [BandClaimRef],
    description: "Every band this source puts a role in, in reading order.",
    resolve: (s, _a, ctx) => ctx.loaders.claims.bands.bySource.load(s.id),
  }),
  management: t.field({
    type: [ManagementClaimRef],
    description: "Everything this source says about roles' people management, in reading order.",
    resolve: (s, _a, ctx) => ctx.loaders.claims.management.bySource.load(s.id),
  }),
  relativeRanks: t.field({
    type: [RelativeRankClaimRef],
    description: "This source's claims ranking one role against another, as written, in reading order.",
    resolve: (s, _a, ctx) => ctx.loaders.claims.relativeRanks.bySource.load(s.id),
  }),
  outsideRoles: t.field({
    type: [OutsideRoleClaimRef],
    description: "This source's ties between ladder roles and roles outside the ladder.",
    resolve: (s, _a, ctx) => ctx.loaders.claims.outsideRoles.bySource.load(s.id),
  }),
  readinessSigns: t.field({
    type: [ReadinessSignRef],
    description:
      "Every readiness sign this source lists, in reading order, each once: a sign it lists for two titles it says are one role is one sign, under that role's heading.",
    resolve: async (s, _a, ctx) => distinctReadiness(ctx, await ctx.loaders.claims.readiness.bySource.load(s.id)),
  }),
}));

builder.objectFields(PromotionEdgeRef, (t) => ({
  readinessSigns: t.field({
    type: [ReadinessSignRef],
    description: "The signs the sources list that someone is ready for this step (or the time they set before it).",
    args: sourcesArg("Only these sources' signs"),
    resolve: async (e, args, ctx) => readinessOfStep(ctx, e, await sources(ctx, args.sources)),
  }),
}));

builder.objectFields(PromotionClaimRef, (t) => ({
  readinessSigns: t.field({
    type: [ReadinessSignRef],
    description: "The signs this claim's source lists that someone is ready for the step.",
    resolve: async (c, _a, ctx) =>
      (await ctx.loaders.claims.readiness.fromRole.load(c.from)).filter((r) => r.to === c.to && r.source === c.source),
  }),
}));

builder.objectFields(RoleDefinitionRef, (t) => ({
  bands: t.field({
    type: [BandClaimRef],
    description: "The bands this definition's source puts the role in (its own claims under this title).",
    resolve: async (d, _a, ctx) => ofSources(await ctx.loaders.claims.bands.byRole.load(d.role), [d.source]),
  }),
  management: t.field({
    type: [ManagementClaimRef],
    description: "What this definition's source says about the role's people management.",
    resolve: async (d, _a, ctx) => ofSources(await ctx.loaders.claims.management.byRole.load(d.role), [d.source]),
  }),
  relativeRanks: t.field({
    type: [RelativeRankClaimRef],
    description: "This definition's source ranking the role against other roles, read from the role's side.",
    resolve: (d, _a, ctx) => relativeRanksOf(ctx, d.role, [d.source]),
  }),
}));

builder.objectFields(LadderRungRef, (t) => ({
  bands: t.field({
    type: [BandClaimRef],
    description: "The bands the ladder's source gives the roles of this rung.",
    resolve: (r, _a, ctx) =>
      bandsOfRung(
        ctx,
        r.source,
        r.definitions.map((d) => d.role),
      ),
  }),
}));
