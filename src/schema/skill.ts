import { resolveOffsetConnection } from "@pothos/plugin-relay";
import { skillsPage } from "../db/repositories/skills.ts";
import { InvalidInputError } from "../errors.ts";
import { LIMITS, pageSize } from "../services/args.ts";
import { skillGap } from "../services/skills.ts";
import { builder } from "./builder.ts";
import { claimFields } from "./claimFields.ts";
import { SkillKindEnum } from "./enums.ts";
import { EvidenceRef, RequirementClaimRef, RoleRef, SkillGapRef, SkillRef, SkillRequirementRef, SourceRef } from "./refs.ts";

SkillRef.implement({
  description: "A skill, hard or soft, that sources name.",
  fields: (t) => ({
    slug: t.exposeString("id", { description: "The skill's slug, e.g. user-research." }),
    name: t.exposeString("name", { description: "Canonical name (our vocabulary, not a source's)." }),
    kind: t.field({ type: SkillKindEnum, description: "Hard or soft, as our catalogue classifies it.", resolve: (k) => k.kind }),
  }),
});

SkillRequirementRef.implement({
  description: "A skill the sources tie to a role, with each source's claim.",
  fields: (t) => ({
    skill: t.field({ type: SkillRef, description: "The skill.", resolve: (r) => r.skill }),
    sources: t.field({
      type: [SourceRef],
      description: "The sources that tie the skill to the role, in the order their claims come.",
      resolve: (r) => r.sources,
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: "Each source's sentence tying the skill to the role.",
      resolve: (r) => r.claims.map((c) => c.evidence),
    }),
    claims: t.field({ type: [RequirementClaimRef], description: "Each source's claim.", resolve: (r) => r.claims }),
  }),
});

RequirementClaimRef.implement({
  description: "One source tying a skill to a role.",
  fields: (t) => ({
    role: t.field({ type: RoleRef, description: "The role the skill is tied to.", resolve: (c) => c.role }),
    skill: t.field({ type: SkillRef, description: "The skill.", resolve: (c) => c.skill }),
    ...claimFields(t, { source: "The source making the claim.", evidence: "The sentence tying the skill to the role." }),
  }),
});

SkillGapRef.implement({
  description: "What stands between two roles in skills, as the sources tell it.",
  fields: (t) => ({
    from: t.field({ type: RoleRef, description: "The role a person holds.", resolve: (g) => g.from }),
    to: t.field({ type: RoleRef, description: "The role they aim for.", resolve: (g) => g.to }),
    missing: t.field({
      type: [SkillRequirementRef],
      description: "Skills sources tie to the target role and no source ties to the current one, by skill id.",
      resolve: (g) => g.missing,
    }),
    shared: t.field({
      type: [SkillRequirementRef],
      description: "Skills sources tie to both roles (with the target role's evidence), by skill id.",
      resolve: (g) => g.shared,
    }),
  }),
});

builder.queryFields((t) => ({
  skills: t.connection(
    {
      type: SkillRef,
      description: "Every skill the sources name, by name. Pages forward only.",
      resolve: (_root, args, ctx) => {
        if (args.last != null || args.before != null) throw new InvalidInputError("skills pages forward only: use first and after");
        pageSize(args.first);
        return resolveOffsetConnection({ args, defaultSize: LIMITS.pageSize.default, maxSize: LIMITS.pageSize.max }, ({ offset, limit }) =>
          skillsPage(ctx.scope, offset, limit),
        );
      },
    },
    { name: "SkillConnection", description: "A page of skills." },
    { name: "SkillEdge", description: "A skill on a page, with its cursor." },
  ),
  skillGap: t.field({
    type: SkillGapRef,
    description: "Skills the `to` role requires that the `from` role does not, each with its sources.",
    args: {
      from: t.arg.id({ required: true, description: "The role held (slug)." }),
      to: t.arg.id({ required: true, description: "The role aimed for (slug)." }),
    },
    resolve: (_root, args, ctx) => skillGap(ctx, args.from, args.to),
  }),
}));
