import type { SkillClaim } from "../claims/skill.ts";
import { builder } from "./builder.ts";
import { claimFields } from "./claimFields.ts";
import {
  EvidenceRef,
  RequirementClaimRef,
  RoleRef,
  SkillClassificationRef,
  SkillEmphasisRef,
  SkillRef,
  SkillStatementRef,
  SourceRef,
  StepRef,
} from "./refs.ts";

export const SkillClassEnum = builder.enumType("SkillClass", {
  description: "How a source classifies a skill.",
  values: {
    SOFT: { description: "The source calls it a soft skill." },
    HARD: { description: "The source calls it a hard skill." },
    MIXED: { description: "Named in a list the source calls hard and soft skills, without saying which is which." },
    OTHER: { description: 'The source\'s own word ("transferable skills", "in-depth knowledge"): see `text`.' },
  } as const,
});

export const EmphasisLevelEnum = builder.enumType("EmphasisLevel", {
  description: "How a source stresses a skill.",
  values: {
    TOP: { description: 'Ranked first: "the top skill", "the most important".' },
    KEY: { description: 'Stressed: "is key", "essential", "critical", "necessary to succeed".' },
  } as const,
});

export const SkillScopeEnum = builder.enumType("SkillScope", {
  description: "What a source ties a skill to.",
  values: {
    STEP: { description: "A promotion step (named in a list of signs someone is ready for it)." },
    ROLE: { description: "A role." },
    PROFESSION: { description: "Product management in general: no role, no step." },
  } as const,
});

SkillClassificationRef.implement({
  description: 'What a source calls a skill ("soft skills"), normalised, with its sentence.',
  fields: (t) => ({
    text: t.exposeString("text", { description: "The source's words." }),
    kind: t.field({ type: SkillClassEnum, description: "The classification normalised.", resolve: (w) => w.value }),
    evidence: t.expose("evidence", { type: EvidenceRef, description: "The sentence that classifies it." }),
  }),
});

SkillEmphasisRef.implement({
  description: 'How a source stresses a skill ("the top skill"), normalised, with its sentence.',
  fields: (t) => ({
    text: t.exposeString("text", { description: "The source's words." }),
    level: t.field({ type: EmphasisLevelEnum, description: "The emphasis normalised.", resolve: (w) => w.value }),
    evidence: t.expose("evidence", { type: EvidenceRef, description: "The sentence that stresses it." }),
  }),
});

StepRef.implement({
  description: "A step up from one role to another.",
  fields: (t) => ({
    from: t.field({ type: RoleRef, description: "The role one steps up from.", resolve: (s) => s.from }),
    to: t.field({ type: RoleRef, description: "The role one steps up to.", resolve: (s) => s.to }),
  }),
});

/** STEP when the source names the skill for a step, ROLE for a role, PROFESSION for neither. */
function scopeOf(k: SkillClaim): "STEP" | "ROLE" | "PROFESSION" {
  if (k.step) return "STEP";
  return k.role === null ? "PROFESSION" : "ROLE";
}

SkillStatementRef.implement({
  description: "A skill as one source tells it: tied to a role, a step or the profession, classified and stressed in its words.",
  fields: (t) => ({
    skill: t.field({ type: SkillRef, description: "The skill (our catalogue's entry).", resolve: (k) => k.skill }),
    role: t.field({
      type: RoleRef,
      nullable: true,
      description: "The role the source ties it to.",
      resolve: (k) => k.role,
    }),
    scope: t.field({ type: SkillScopeEnum, description: "What the source ties the skill to.", resolve: (k) => scopeOf(k) }),
    step: t.field({ type: StepRef, nullable: true, description: "The step the source names the skill for.", resolve: (k) => k.step }),
    classification: t.field({
      type: SkillClassificationRef,
      nullable: true,
      description: "How the source classifies the skill (soft, hard…); null when it does not.",
      resolve: (k) => k.classification,
    }),
    emphasis: t.field({
      type: SkillEmphasisRef,
      nullable: true,
      description: "How the source stresses the skill; null when it does not.",
      resolve: (k) => k.emphasis,
    }),
    ...claimFields(t, { source: "The source that names it.", evidence: "The sentence or fragment that names it." }),
  }),
});

builder.objectFields(RequirementClaimRef, (t) => ({
  statement: t.field({
    type: SkillStatementRef,
    description: "The claim as the source tells it: its classification, emphasis and the step it names the skill for.",
    resolve: (k) => k,
  }),
}));

builder.objectFields(SourceRef, (t) => ({
  skills: t.field({
    type: [SkillStatementRef],
    description: "Every skill this source names, in reading order: what it ties each to, how it classifies and stresses it.",
    resolve: (s, _a, ctx) => ctx.loaders.claims.skills.bySource.load(s.id),
  }),
}));
