import { sources } from "../services/args.ts";
import { findConflicts, sourceAgreement } from "../services/audit.ts";
import { sourcesArg } from "./args.ts";
import { builder } from "./builder.ts";
import { ConflictAspectEnum } from "./enums.ts";
import { ConflictRef, EvidenceRef, PositionRef, RoleRef, SourcePairAgreementRef, SourceRef, StepContradictionRef } from "./refs.ts";

ConflictRef.implement({
  description: "A disagreement about a role, computed from the claims: each position with the sources holding it.",
  fields: (t) => ({
    role: t.field({ type: RoleRef, description: "The role the sources disagree about.", resolve: (c) => c.role }),
    aspect: t.field({ type: ConflictAspectEnum, description: "What they disagree about.", resolve: (c) => c.aspect }),
    summary: t.exposeString("summary", { description: "One sentence naming each position and the sources holding it." }),
    positions: t.field({ type: [PositionRef], description: "The positions held, by value.", resolve: (c) => c.positions }),
    withinSource: t.field({
      type: [SourceRef],
      description: "Sources that hold more than one position here (the article contradicts itself), by id; usually empty.",
      resolve: (c) => c.withinSource,
    }),
  }),
});

PositionRef.implement({
  description: "One side of a disagreement: its label, the sources holding it, their evidence, and its typed content.",
  fields: (t) => ({
    value: t.exposeString("value", {
      description:
        'The position as a label (the typed fields say the same for a program): e.g. "same role as Chief Product Officer", "1–3 years", "$117,444".',
    }),
    sources: t.field({ type: [SourceRef], description: "The sources holding this position, by id.", resolve: (p) => p.sources }),
    evidence: t.field({
      type: [EvidenceRef],
      description: "The quotes that put each source here, by source and offset.",
      resolve: (p) => p.evidence,
    }),
  }),
});

SourcePairAgreementRef.implement({
  description: "How far two sources agree, in numbers a researcher can cite.",
  fields: (t) => ({
    a: t.field({ type: SourceRef, description: "The first source of the pair (the lower id).", resolve: (p) => p.a }),
    b: t.field({ type: SourceRef, description: "The second source of the pair.", resolve: (p) => p.b }),
    sharedRoles: t.int({ description: "Roles both describe.", resolve: (p) => p.sharedRoles.length }),
    sharedRoleList: t.field({ type: [RoleRef], description: "The roles both describe, by slug.", resolve: (p) => p.sharedRoles }),
    sharedSteps: t.int({ description: "Promotion steps both assert.", resolve: (p) => p.sharedSteps.length }),
    contradictedSteps: t.int({ description: "Steps one asserts and the other contradicts.", resolve: (p) => p.contradictions.length }),
    contradictions: t.field({
      type: [StepContradictionRef],
      description: "Each contradicted step, with why and the quotes.",
      resolve: (p) => p.contradictions,
    }),
    rankedRoles: t.int({ description: "Roles both place on their ladders (compared by rank).", resolve: (p) => p.rankedRoles.length }),
    concordantPairs: t.exposeInt("concordantPairs", { description: "Pairs of ranked roles both sources order the same way." }),
    discordantPairs: t.exposeInt("discordantPairs", { description: "Pairs of ranked roles the sources order the opposite way." }),
    tiedPairs: t.exposeInt("tiedPairs", { description: "Pairs of ranked roles at least one source puts on one rung." }),
    kendallTau: t.float({
      nullable: true,
      description:
        "Kendall's tau-b over the roles both rank: 1 same order, -1 reversed; null with fewer than two such roles or when every pair is tied.",
      resolve: (p) => p.kendallTau,
    }),
  }),
});

StepContradictionRef.implement({
  description: "A step one source asserts and another contradicts.",
  fields: (t) => ({
    from: t.field({ type: RoleRef, description: "The role the step starts from.", resolve: (c) => c.from }),
    to: t.field({ type: RoleRef, description: "The role the step leads to.", resolve: (c) => c.to }),
    assertedBy: t.field({ type: SourceRef, description: "The source asserting the step.", resolve: (c) => c.assertedBy }),
    contradictedBy: t.field({ type: SourceRef, description: "The source contradicting it.", resolve: (c) => c.contradictedBy }),
    reason: t.string({
      description:
        "REVERSE_STEP (the other source asserts the step back), SAME_ROLE (it says the two roles are one) or RANK_ORDER (it ranks the target at or below the start).",
      resolve: (c) => c.reason,
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: "The asserting quotes first, then the contradicting ones.",
      resolve: (c) => c.evidence,
    }),
  }),
});

builder.queryFields((t) => ({
  conflicts: t.field({
    type: [ConflictRef],
    description: "Where sources disagree — about one role, or every role — computed from the claims.",
    args: {
      role: t.arg.id({ description: "Role slug; omit for every role." }),
      aspects: t.arg({ type: [ConflictAspectEnum], description: "Only these aspects; omit for every aspect." }),
      ...sourcesArg("Consider only these sources' claims"),
      withinSourceOnly: t.arg.boolean({ description: "Only conflicts where one source contradicts itself (default false)." }),
    },
    resolve: async (_root, args, ctx) =>
      findConflicts(ctx, {
        role: args.role ?? null,
        aspects: args.aspects,
        sources: await sources(ctx, args.sources),
        withinSourceOnly: args.withinSourceOnly,
      }),
  }),
  sourceAgreement: t.field({
    type: [SourcePairAgreementRef],
    description: "For each pair of sources: shared roles and steps, contradicted steps, rank-order agreement.",
    resolve: (_root, _args, ctx) => sourceAgreement(ctx),
  }),
}));
