import * as paths from "../services/paths.ts";
import { builder } from "./builder.ts";
import { PromotionKindEnum, TrackEnum } from "./enums.ts";
import { EvidenceRef, PromotionClaimRef, PromotionEdgeRef, PromotionPathRef, RoleRef, SourceRef } from "./refs.ts";

PromotionEdgeRef.implement({
  description: "A step up from one role to another, with every source that asserts it.",
  fields: (t) => ({
    from: t.field({ type: RoleRef, resolve: (e) => e.from }),
    to: t.field({ type: RoleRef, resolve: (e) => e.to }),
    support: t.exposeInt("support", { description: "How many distinct sources assert this step." }),
    sources: t.field({ type: [SourceRef], resolve: (e) => e.sources }),
    evidence: t.field({ type: [EvidenceRef], resolve: (e) => e.claims.map((c) => c.evidence) }),
    claims: t.field({ type: [PromotionClaimRef], description: "Each source's claim: how it asserts the step.", resolve: (e) => e.claims }),
  }),
});

PromotionClaimRef.implement({
  description: "One source asserting one step.",
  fields: (t) => ({
    source: t.field({ type: SourceRef, resolve: (c) => c.source }),
    kind: t.field({ type: PromotionKindEnum, resolve: (c) => c.kind }),
    track: t.field({ type: TrackEnum, nullable: true, resolve: (c) => c.track ?? null }),
    evidence: t.expose("evidence", { type: EvidenceRef }),
  }),
});

PromotionPathRef.implement({
  description: "A chain of promotions from one role to another.",
  fields: (t) => ({
    roles: t.field({ type: [RoleRef], resolve: (p) => p.roles }),
    steps: t.field({ type: [PromotionEdgeRef], resolve: (p) => p.steps }),
    length: t.int({ description: "Number of steps.", resolve: (p) => p.steps.length }),
    supportedByAll: t.field({
      type: [SourceRef],
      description: "The sources that assert every step of this path.",
      resolve: (p) => p.supportedByAll,
    }),
    minSupport: t.int({ description: "Support of the weakest step.", resolve: (p) => p.minSupport }),
  }),
});

builder.queryFields((t) => ({
  nextRoles: t.field({
    type: [PromotionEdgeRef],
    description: "The roles one step up from `from`, best supported first.",
    args: {
      from: t.arg.id({ required: true, description: "Role slug." }),
      sources: t.arg.idList({ description: "Walk the ladder as these sources tell it (default: all)." }),
      minSupport: t.arg.int({ description: "Keep steps at least this many sources assert (default 1)." }),
    },
    resolve: (_root, args, ctx) => paths.nextRoles(ctx, { from: args.from, sources: args.sources, minSupport: args.minSupport }),
  }),
  promotionPaths: t.field({
    type: [PromotionPathRef],
    description: "Every simple promotion path from `from` to `to`, shortest first, then best supported.",
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxSteps: t.arg.int({ description: "Longest path to consider (default 6, at most 10)." }),
      sources: t.arg.idList(),
      minSupport: t.arg.int(),
      track: t.arg({ type: TrackEnum, description: "Stay off the other track's steps and roles." }),
      first: t.arg.int({ description: "How many paths (default 20, at most 100)." }),
    },
    resolve: (_root, args, ctx) =>
      paths.promotionPaths(ctx, {
        from: args.from,
        to: args.to,
        maxSteps: args.maxSteps,
        sources: args.sources,
        minSupport: args.minSupport,
        track: args.track,
        first: args.first,
      }),
  }),
  shortestPromotionPath: t.field({
    type: PromotionPathRef,
    nullable: true,
    description: "The shortest promotion path (best supported among equals); null when none exists.",
    args: { from: t.arg.id({ required: true }), to: t.arg.id({ required: true }), sources: t.arg.idList(), minSupport: t.arg.int() },
    resolve: (_root, args, ctx) =>
      paths.shortestPromotionPath(ctx, {
        from: args.from,
        to: args.to,
        sources: args.sources,
        minSupport: args.minSupport,
      }),
  }),
}));
