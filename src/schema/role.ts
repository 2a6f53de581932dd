import { resolveOffsetConnection } from "@pothos/plugin-relay";
import { InvalidInputError } from "../errors.ts";
import { findConflicts } from "../services/audit.ts";
import { boundedInt, LIMITS } from "../services/limits.ts";
import { aliasesOf, findRoles, groupRequirements, promotionsOf, roleById } from "../services/roles.ts";
import { builder } from "./builder.ts";
import { AliasKindEnum, ConflictAspectEnum, TrackEnum } from "./enums.ts";
import { selects } from "./lookahead.ts";
import {
  AliasRef,
  ConflictRef,
  EvidenceRef,
  PromotionEdgeRef,
  ResponsibilityClaimRef,
  RoleDefinitionRef,
  RoleRef,
  SkillRequirementRef,
  SourceRef,
} from "./refs.ts";
import { loadAll, sourceById, sourcesByIds } from "./resolve.ts";

builder.node(RoleRef, {
  description: "A canonical role. What each source calls it lives on its definitions and aliases.",
  id: { resolve: (r) => r.id },
  loadMany: (ids, ctx) => loadAll(ctx.loaders.role, ids),
  fields: (t) => ({
    slug: t.exposeString("id", { description: "The role's slug, e.g. senior-product-manager: what every role argument takes." }),
    name: t.exposeString("name", { description: "Canonical name (our vocabulary, not a source's)." }),
    definitions: t.field({
      type: [RoleDefinitionRef],
      description: "One definition per source that describes the role in a section of its own.",
      resolve: (r, _a, ctx) => ctx.loaders.definitionsByRole.load(r.id),
    }),
    aliases: t.field({
      type: [AliasRef],
      description: "Every title the sources write for this role, with the sources that write it.",
      resolve: (r, _a, ctx) => aliasesOf(ctx, r.id),
    }),
    promotesTo: t.field({
      type: [PromotionEdgeRef],
      description: "Steps up from this role; `minSupport: 2` keeps only steps two or more sources assert.",
      args: { sources: t.arg.idList(), minSupport: t.arg.int() },
      resolve: (r, args, ctx) => promotionsOf(ctx, r.id, "up", { sources: args.sources?.map(String), minSupport: args.minSupport }),
    }),
    promotedFrom: t.field({
      type: [PromotionEdgeRef],
      description: "Steps into this role.",
      args: { sources: t.arg.idList(), minSupport: t.arg.int() },
      resolve: (r, args, ctx) => promotionsOf(ctx, r.id, "down", { sources: args.sources?.map(String), minSupport: args.minSupport }),
    }),
    requires: t.field({
      type: [SkillRequirementRef],
      description: "Skills the sources tie to this role.",
      resolve: async (r, _a, ctx) => groupRequirements(await ctx.loaders.requirementsByRole.load(r.id)),
    }),
    responsibilities: t.field({
      type: [ResponsibilityClaimRef],
      description: "Every responsibility a source lists for this role, bullet by bullet.",
      args: { source: t.arg.id() },
      resolve: async (r, { source }, ctx) => {
        const all = await ctx.loaders.responsibilitiesByRole.load(r.id);
        return source ? all.filter((x) => x.source === String(source)) : all;
      },
    }),
    conflicts: t.field({
      type: [ConflictRef],
      description: "Where the sources disagree about this role.",
      args: { aspects: t.arg({ type: [ConflictAspectEnum] }), sources: t.arg.idList() },
      resolve: (r, args, ctx) => findConflicts(ctx, { role: r.id, aspects: args.aspects, sources: args.sources?.map(String) }),
    }),
  }),
});

AliasRef.implement({
  description: "A title as the sources write it for a role.",
  fields: (t) => ({
    title: t.exposeString("title"),
    kind: t.field({ type: AliasKindEnum, resolve: (a) => a.kind }),
    sources: t.field({ type: [SourceRef], resolve: (a, _x, ctx) => sourcesByIds(ctx, a.sources) }),
    evidence: t.field({ type: [EvidenceRef], resolve: (a) => a.evidence }),
  }),
});

ResponsibilityClaimRef.implement({
  description: "A responsibility one source lists for a role.",
  fields: (t) => ({
    responsibilityId: t.exposeString("responsibility", {
      description: "Stable hash of the normalised text: the same bullet in two sources shares it.",
    }),
    text: t.exposeString("text"),
    source: t.field({ type: SourceRef, resolve: (x, _a, ctx) => sourceById(ctx, x.source) }),
    evidence: t.expose("evidence", { type: EvidenceRef }),
  }),
});

builder.queryFields((t) => ({
  role: t.field({
    type: RoleRef,
    nullable: true,
    description: "A role by slug (senior-product-manager); null when unknown — resolveTitle finds slugs.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx, info) => roleById(ctx, String(id), { audit: selects(info, ["conflicts"]) }),
  }),
  roles: t.connection(
    {
      type: RoleRef,
      description: "Roles in ladder order, optionally on one track or matching a search over names and titles.",
      args: { track: t.arg({ type: TrackEnum }), search: t.arg.string() },
      resolve: (_root, args, ctx, info) => {
        if (args.last != null || args.before != null) throw new InvalidInputError("roles pages forward only: use first and after");
        boundedInt(args.first, "first", LIMITS.pageSize);
        const claims = {
          definitions: selects(info, ["edges", "node", "definitions"]),
          promotions: selects(info, ["edges", "node", "promotesTo"]),
        };
        return resolveOffsetConnection({ args, defaultSize: LIMITS.pageSize.default, maxSize: LIMITS.pageSize.max }, ({ offset, limit }) =>
          findRoles(ctx, { track: args.track ?? null, search: args.search ?? null }, offset, limit, claims),
        );
      },
    },
    { name: "RoleConnection" },
    { name: "RoleEdge" },
  ),
}));
