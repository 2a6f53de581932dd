import type DataLoader from "dataloader";
import type { BandClaim } from "../claims/band.ts";
import type { YearsFigure } from "../claims/definition.ts";
import type { Evidence } from "../claims/evidence.ts";
import type { HeadCount, ManagementClaim } from "../claims/management.ts";
import type { OutsideRoleClaim } from "../claims/outsideRole.ts";
import type { PromotionClaim } from "../claims/promotion.ts";
import type { ReadinessClaim } from "../claims/readiness.ts";
import type { RelativeRankClaim } from "../claims/relativeRank.ts";
import type { ResponsibilityClaim } from "../claims/responsibility.ts";
import type { EmphasisLevel, RequirementClaim, SkillClaim, SkillClass, SkillWording } from "../claims/skill.ts";
import type { Context } from "../context.ts";
import type { Definition } from "../db/repositories/definitionHeadings.ts";
import type { SourcePairAgreement, StepContradiction } from "../domain/agreement.ts";
import type { Conflict, Position, PositionDetail } from "../domain/conflicts/index.ts";
import type { PromotionEdge, PromotionPath } from "../domain/promotions.ts";
import type { RoleRow, SkillRow, SourceRow } from "../domain/types.ts";
import { NodeNotInGraphError } from "../errors.ts";
import type {
  Alias,
  EmptyReason,
  LadderRung,
  SkillGap,
  SkillRequirement,
  SourceRoleEntry,
  SourceSteps,
  TitleMatch,
} from "../services/shapes.ts";
import { builder } from "./builder.ts";

/**
 * Every object type's reference, declared once so type files can point at each other without
 * importing each other (no import cycles); each is implemented in its own file.
 */
export const EvidenceRef = builder.objectRef<Evidence>("Evidence");
export const RoleDefinitionRef = builder.objectRef<Definition>("RoleDefinition");
export const YearsRangeRef = builder.objectRef<YearsFigure>("YearsRange");
export const AliasRef = builder.objectRef<Alias>("Alias");
export const PromotionEdgeRef = builder.objectRef<PromotionEdge>("PromotionEdge");
export const PromotionClaimRef = builder.objectRef<PromotionClaim>("PromotionClaim");
export const PromotionPathRef = builder.objectRef<PromotionPath>("PromotionPath");
export const SkillRequirementRef = builder.objectRef<SkillRequirement>("SkillRequirement");
export const RequirementClaimRef = builder.objectRef<RequirementClaim>("RequirementClaim");
export const SourceStepsRef = builder.objectRef<SourceSteps>("SourceSteps");
export const ResponsibilityClaimRef = builder.objectRef<ResponsibilityClaim>("ResponsibilityClaim");
export const ConflictRef = builder.objectRef<Conflict>("Conflict");
export const PositionRef = builder.objectRef<Position>("Position");
export const LadderRungRef = builder.objectRef<LadderRung>("LadderRung");
export const TitleMatchRef = builder.objectRef<TitleMatch>("TitleMatch");
export const SourcePairAgreementRef = builder.objectRef<SourcePairAgreement>("SourcePairAgreement");
export const StepContradictionRef = builder.objectRef<StepContradiction>("StepContradiction");
export const SkillGapRef = builder.objectRef<SkillGap>("SkillGap");
export const SourceRoleRef = builder.objectRef<SourceRoleEntry>("SourceRole");
export const EmptyReasonRef = builder.objectRef<EmptyReason>("EmptyReason");
export const PathSearchRef = builder.objectRef<{ paths: PromotionPath[]; emptyBecause: EmptyReason | null }>("PathSearch");
export const NextRoleSearchRef = builder.objectRef<{ steps: PromotionEdge[]; emptyBecause: EmptyReason | null }>("NextRoleSearch");

/**
 * Nodes by id through the request's loaders (src/loaders), which every claim statement primes with
 * the nodes it read: a field that resolves to an id costs nothing more when the node came along.
 * An id no node has is an error, never an invented row (claims only name nodes that exist).
 */
function nodesThrough<V>(loader: (ctx: Context) => DataLoader<string, V | null>, what: string) {
  return async (ids: string[], ctx: Context): Promise<(V | Error)[]> => {
    const found = await loader(ctx).loadMany(ids);
    return found.map((v, i) => (v instanceof Error ? v : (v ?? new NodeNotInGraphError(`${what} '${ids[i]}' is not in the graph`))));
  };
}

// The request's loaders cache; these only batch the ids one level of the query asks for.
const uncached = { cache: false } as const;

export const SourceRef = builder.loadableObjectRef<SourceRow, string>("Source", {
  load: nodesThrough((ctx) => ctx.loaders.source, "source"),
  loaderOptions: uncached,
});
export const RoleRef = builder.loadableNodeRef<RoleRow, string>("Role", {
  id: { resolve: (r) => r.id },
  load: nodesThrough((ctx) => ctx.loaders.role, "role"),
  loaderOptions: uncached,
});
export const SkillRef = builder.loadableNodeRef<SkillRow, string>("Skill", {
  id: { resolve: (k) => k.id },
  load: nodesThrough((ctx) => ctx.loaders.skill, "skill"),
  loaderOptions: uncached,
});
export const BandClaimRef = builder.objectRef<BandClaim>("BandClaim");
export const ManagementClaimRef = builder.objectRef<ManagementClaim>("ManagementClaim");
export const HeadCountRef = builder.objectRef<HeadCount>("HeadCount");
export const RelativeRankClaimRef = builder.objectRef<RelativeRankClaim>("RelativeRankClaim");
export const OutsideRoleClaimRef = builder.objectRef<OutsideRoleClaim>("OutsideRoleClaim");
export const ReadinessSignRef = builder.objectRef<ReadinessClaim>("ReadinessSign");
export const SkillStatementRef = builder.objectRef<SkillClaim>("SkillStatement");
export const SkillClassificationRef = builder.objectRef<SkillWording<SkillClass>>("SkillClassification");
export const SkillEmphasisRef = builder.objectRef<SkillWording<EmphasisLevel>>("SkillEmphasis");
export const StepRef = builder.objectRef<{ from: string; to: string }>("Step");
export const PositionYearsRef = builder.objectRef<NonNullable<PositionDetail["years"]>>("PositionYears");
