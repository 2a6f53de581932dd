import { findConflicts, sourceAgreement } from "../services/audit.ts";
import { builder } from "./builder.ts";
import { ConflictAspectEnum } from "./enums.ts";
import { ConflictRef, EvidenceRef, PositionRef, RoleRef, SourcePairAgreementRef, SourceRef, StepContradictionRef } from "./refs.ts";

ConflictRef.implement({
  description: "A disagreement about a role, computed from the claims: each position with the sources holding it.",
  fields: (t) => ({
    role: t.field({ type: RoleRef, resolve: (c) => c.role }),
    aspect: t.field({ type: ConflictAspectEnum, resolve: (c) => c.aspect }),
    summary: t.exposeString("summary"),
    positions: t.field({ type: [PositionRef], resolve: (c) => c.positions }),
    withinSource: t.field({
      type: [SourceRef],
      description: "Sources that hold more than one position here: the article contradicts itself.",
      resolve: (c) => c.withinSource,
    }),
  }),
});

PositionRef.implement({
  description: "One side of a disagreement.",
  fields: (t) => ({
    value: t.exposeString("value"),
    sources: t.field({ type: [SourceRef], resolve: (p) => p.sources }),
    evidence: t.field({ type: [EvidenceRef], resolve: (p) => p.evidence }),
  }),
});

SourcePairAgreementRef.implement({
  description: "How far two sources agree, in numbers a researcher can cite.",
  fields: (t) => ({
    a: t.field({ type: SourceRef, resolve: (p) => p.a }),
    b: t.field({ type: SourceRef, resolve: (p) => p.b }),
    sharedRoles: t.int({ description: "Roles both describe.", resolve: (p) => p.sharedRoles.length }),
    sharedRoleList: t.field({ type: [RoleRef], resolve: (p) => p.sharedRoles }),
    sharedSteps: t.int({ description: "Promotion steps both assert.", resolve: (p) => p.sharedSteps.length }),
    contradictedSteps: t.int({ description: "Steps one asserts and the other contradicts.", resolve: (p) => p.contradictions.length }),
    contradictions: t.field({ type: [StepContradictionRef], resolve: (p) => p.contradictions }),
    rankedRoles: t.int({ description: "Roles both place on their ladders (compared by rank).", resolve: (p) => p.rankedRoles.length }),
    concordantPairs: t.exposeInt("concordantPairs"),
    discordantPairs: t.exposeInt("discordantPairs"),
    tiedPairs: t.exposeInt("tiedPairs"),
    kendallTau: t.float({
      nullable: true,
      description: "Kendall's tau-b over the roles both rank: 1 same order, -1 reversed; null when undefined.",
      resolve: (p) => p.kendallTau,
    }),
  }),
});

StepContradictionRef.implement({
  description: "A step one source asserts and another contradicts.",
  fields: (t) => ({
    from: t.field({ type: RoleRef, resolve: (c) => c.from }),
    to: t.field({ type: RoleRef, resolve: (c) => c.to }),
    assertedBy: t.field({ type: SourceRef, resolve: (c) => c.assertedBy }),
    contradictedBy: t.field({ type: SourceRef, resolve: (c) => c.contradictedBy }),
    reason: t.string({ description: "REVERSE_STEP, RANK_ORDER or SAME_ROLE.", resolve: (c) => c.reason }),
    evidence: t.field({ type: [EvidenceRef], resolve: (c) => c.evidence }),
  }),
});

builder.queryFields((t) => ({
  conflicts: t.field({
    type: [ConflictRef],
    description: "Where sources disagree — about one role, or every role — computed from the claims.",
    args: {
      role: t.arg.id({ description: "Role slug; omit for every role." }),
      aspects: t.arg({ type: [ConflictAspectEnum] }),
      sources: t.arg.idList({ description: "Consider only these sources' claims." }),
      withinSourceOnly: t.arg.boolean({ description: "Only conflicts where one source contradicts itself." }),
    },
    resolve: (_root, args, ctx) =>
      findConflicts(ctx, {
        role: args.role ?? null,
        aspects: args.aspects,
        sources: args.sources,
        withinSourceOnly: args.withinSourceOnly,
      }),
  }),
  sourceAgreement: t.field({
    type: [SourcePairAgreementRef],
    description: "For each pair of sources: shared roles and steps, contradicted steps, rank-order agreement.",
    resolve: (_root, _args, ctx) => sourceAgreement(ctx),
  }),
}));
