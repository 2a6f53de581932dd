import { resolveOffsetConnection } from "@pothos/plugin-relay";
import { skillsPage } from "../db/repositories/skills.ts";
import { InvalidInputError } from "../errors.ts";
import { boundedInt, LIMITS } from "../services/limits.ts";
import { skillGap } from "../services/skills.ts";
import { builder } from "./builder.ts";
import { SkillKindEnum } from "./enums.ts";
import { EvidenceRef, RequirementClaimRef, RoleRef, SkillGapRef, SkillRef, SkillRequirementRef, SourceRef } from "./refs.ts";

SkillRef.implement({
  description: "A skill, hard or soft, that sources name.",
  fields: (t) => ({
    slug: t.exposeString("id"),
    name: t.exposeString("name"),
    kind: t.field({ type: SkillKindEnum, resolve: (k) => k.kind }),
  }),
});

SkillRequirementRef.implement({
  description: "A skill the sources tie to a role, with each source's claim.",
  fields: (t) => ({
    skill: t.field({
      type: SkillRef,
      resolve: (r) => r.skill,
    }),
    sources: t.field({ type: [SourceRef], resolve: (r) => r.sources }),
    evidence: t.field({ type: [EvidenceRef], resolve: (r) => r.claims.map((c) => c.evidence) }),
    claims: t.field({ type: [RequirementClaimRef], resolve: (r) => r.claims }),
  }),
});

RequirementClaimRef.implement({
  description: "One source tying a skill to a role.",
  fields: (t) => ({
    role: t.field({ type: RoleRef, resolve: (c) => c.role }),
    evidence: t.expose("evidence", { type: EvidenceRef }),
  }),
});

SkillGapRef.implement({
  description: "What stands between two roles in skills, as the sources tell it.",
  fields: (t) => ({
    from: t.field({ type: RoleRef, resolve: (g) => g.from }),
    to: t.field({ type: RoleRef, resolve: (g) => g.to }),
    missing: t.field({
      type: [SkillRequirementRef],
      description: "Skills sources tie to the target role and to the current one by none.",
      resolve: (g) => g.missing,
    }),
    shared: t.field({
      type: [SkillRequirementRef],
      description: "Skills sources tie to both roles (evidence for the target).",
      resolve: (g) => g.shared,
    }),
  }),
});

builder.queryFields((t) => ({
  skills: t.connection(
    {
      type: SkillRef,
      description: "Every skill the sources name, by name.",
      resolve: (_root, args, ctx) => {
        if (args.last != null || args.before != null) throw new InvalidInputError("skills pages forward only: use first and after");
        boundedInt(args.first, "first", LIMITS.pageSize);
        return resolveOffsetConnection({ args, defaultSize: LIMITS.pageSize.default, maxSize: LIMITS.pageSize.max }, ({ offset, limit }) =>
          skillsPage(ctx.scope, offset, limit),
        );
      },
    },
    { name: "SkillConnection" },
    { name: "SkillEdge" },
  ),
  skillGap: t.field({
    type: SkillGapRef,
    description: "Skills the `to` role requires that the `from` role does not, each with its sources.",
    args: { from: t.arg.id({ required: true }), to: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => skillGap(ctx, args.from, args.to),
  }),
}));
