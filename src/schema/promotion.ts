import * as parse from "../services/args.ts";
import * as paths from "../services/paths.ts";
import { pathEndArgs, pathsArgs, stepFilterArgs } from "./args.ts";
import { builder } from "./builder.ts";
import { PromotionKindEnum, TrackEnum } from "./enums.ts";
import {
  EmptyReasonRef,
  EvidenceRef,
  NextRoleSearchRef,
  PathSearchRef,
  PromotionClaimRef,
  PromotionEdgeRef,
  PromotionPathRef,
  RoleRef,
  SourceRef,
} from "./refs.ts";

PromotionEdgeRef.implement({
  description: "A step up from one role to another, with every source that asserts it.",
  fields: (t) => ({
    from: t.field({ type: RoleRef, description: "The role the step starts from.", resolve: (e) => e.from }),
    to: t.field({ type: RoleRef, description: "The role one step up.", resolve: (e) => e.to }),
    fromRoles: t.field({
      type: [RoleRef],
      description:
        "Every catalogue role the step leaves, `from` first: more than one where each asserting source says they are one role (its SAME_AS).",
      resolve: (e) => e.fromRoles,
    }),
    toRoles: t.field({
      type: [RoleRef],
      description:
        "Every catalogue role the step reaches, `to` first: more than one where each asserting source says they are one role (001's Director of Product, otherwise known as a product leader, is one next role).",
      resolve: (e) => e.toRoles,
    }),
    support: t.exposeInt("support", { description: "How many distinct sources assert this step." }),
    sources: t.field({ type: [SourceRef], description: "The sources asserting the step, by id.", resolve: (e) => e.sources }),
    evidence: t.field({
      type: [EvidenceRef],
      description: "Each source's sentence for the step.",
      resolve: (e) => e.claims.map((c) => c.evidence),
    }),
    claims: t.field({ type: [PromotionClaimRef], description: "Each source's claim: how it asserts the step.", resolve: (e) => e.claims }),
  }),
});

PromotionClaimRef.implement({
  description: "One source asserting one step.",
  fields: (t) => ({
    source: t.field({ type: SourceRef, description: "The source asserting the step.", resolve: (c) => c.source }),
    from: t.field({ type: RoleRef, description: "The role the step starts from.", resolve: (c) => c.from }),
    to: t.field({ type: RoleRef, description: "The role the step leads to.", resolve: (c) => c.to }),
    kind: t.field({
      type: PromotionKindEnum,
      description: "Whether a sentence states the step or the ladder's order implies it.",
      resolve: (c) => c.kind,
    }),
    track: t.field({
      type: TrackEnum,
      nullable: true,
      description: "The track the step belongs to where the source branches; null on an unbranched ladder.",
      resolve: (c) => c.track,
    }),
    evidence: t.expose("evidence", { type: EvidenceRef, description: "The sentence (or heading, for LADDER_ORDER) the claim rests on." }),
  }),
});

PromotionPathRef.implement({
  description: "A chain of promotions from one role to another.",
  fields: (t) => ({
    roles: t.field({ type: [RoleRef], description: "The roles along the path, first to last.", resolve: (p) => p.roles }),
    steps: t.field({ type: [PromotionEdgeRef], description: "The steps, in order (one fewer than the roles).", resolve: (p) => p.steps }),
    length: t.int({ description: "Number of steps.", resolve: (p) => p.steps.length }),
    supportedByAll: t.field({
      type: [SourceRef],
      description: "The sources that assert every step of this path, by id (empty when no one source does).",
      resolve: (p) => p.supportedByAll,
    }),
    minSupport: t.int({
      description: "Support of the weakest step: how many sources assert the least supported one.",
      resolve: (p) => p.minSupport,
    }),
  }),
});

export const EmptyReasonKindEnum = builder.enumType("EmptyReasonKind", {
  description: "Why an answer is empty.",
  values: {
    SAME_ROLE: { description: "A (chosen) source says the two roles are one role: there is no step between them." },
    NO_STEP_OUT: { description: "No (chosen) source asserts a step up from the role." },
    FILTERED_OUT: { description: "The chosen sources assert steps, but a filter (minSupport, track) removed every one." },
    NOT_CONNECTED: { description: "Steps lead up from the role, but none of the walks they allow within the bounds reaches the target." },
  } as const,
});

EmptyReasonRef.implement({
  description: "Why an answer is empty, where the graph knows: for a client to show instead of a bare empty list.",
  fields: (t) => ({
    kind: t.field({ type: EmptyReasonKindEnum, description: "The reason, as a value.", resolve: (r) => r.kind }),
    message: t.exposeString("message", { description: "The reason in a sentence." }),
    sources: t.field({ type: [SourceRef], description: "The sources the reason rests on, by id.", resolve: (r) => r.sources }),
    evidence: t.field({ type: [EvidenceRef], description: "Their quotes, where one decides it (SAME_ROLE).", resolve: (r) => r.evidence }),
  }),
});

PathSearchRef.implement({
  description: "`promotionPaths`' answer with the reason it is empty.",
  fields: (t) => ({
    paths: t.field({ type: [PromotionPathRef], description: "As `promotionPaths` returns them.", resolve: (r) => r.paths }),
    emptyBecause: t.field({
      type: EmptyReasonRef,
      nullable: true,
      description: "Why no path was found; null when there are paths.",
      resolve: (r) => r.emptyBecause,
    }),
  }),
});

NextRoleSearchRef.implement({
  description: "`nextRoles`' answer with the reason it is empty.",
  fields: (t) => ({
    steps: t.field({ type: [PromotionEdgeRef], description: "As `nextRoles` returns them.", resolve: (r) => r.steps }),
    emptyBecause: t.field({
      type: EmptyReasonRef,
      nullable: true,
      description: "Why there is no next role; null when there is one.",
      resolve: (r) => r.emptyBecause,
    }),
  }),
});

const FROM = builder.args((t) => ({ from: t.id({ required: true, description: "The role to step up from (slug)." }) }));

builder.queryFields((t) => ({
  nextRoleSearch: t.field({
    type: NextRoleSearchRef,
    description: "`nextRoles` with, when it is empty, the reason why (no source has a step out; a filter removed every step).",
    args: { ...FROM, ...stepFilterArgs() },
    resolve: async (_root, args, ctx) => paths.nextRoleSearch(ctx, args.from, await parse.stepFilter(ctx, args)),
  }),
  pathSearch: t.field({
    type: PathSearchRef,
    description:
      "`promotionPaths` with, when it is empty, the reason why (the sources say the two are one role; no step out; a filter; not connected).",
    args: pathsArgs,
    resolve: async (_root, args, ctx) => paths.pathSearch(ctx, await parse.pathsQuery(ctx, args)),
  }),
  nextRoles: t.field({
    type: [PromotionEdgeRef],
    description: "The roles one step up from `from`, best supported first.",
    args: { ...FROM, ...stepFilterArgs() },
    resolve: async (_root, args, ctx) => paths.nextRoles(ctx, args.from, await parse.stepFilter(ctx, args)),
  }),
  promotionPaths: t.field({
    type: [PromotionPathRef],
    description: "Every simple promotion path from `from` to `to`, shortest first, then best supported.",
    args: pathsArgs,
    resolve: async (_root, args, ctx) => paths.promotionPaths(ctx, await parse.pathsQuery(ctx, args)),
  }),
  shortestPromotionPath: t.field({
    type: PromotionPathRef,
    nullable: true,
    description: "The shortest promotion path (best supported among equals); null when none exists.",
    args: { ...pathEndArgs, ...stepFilterArgs() },
    resolve: async (_root, args, ctx) => paths.shortestPromotionPath(ctx, await parse.pathQuery(ctx, args)),
  }),
}));
