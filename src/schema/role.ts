import { resolveOffsetConnection } from "@pothos/plugin-relay";
import { InvalidInputError } from "../errors.ts";
import { findConflicts } from "../services/audit.ts";
import { boundedInt, LIMITS } from "../services/limits.ts";
import { requireRole } from "../services/lookup.ts";
import { aliasesOf, findRoles, groupRequirements, promotionsOf, responsibilitiesOf, type SearchedRole } from "../services/roles.ts";
import { builder } from "./builder.ts";
import { AliasKindEnum, ConflictAspectEnum, MatchedByEnum, TrackEnum } from "./enums.ts";
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

RoleRef.implement({
  description: "A canonical role. What each source calls it lives on its definitions and aliases.",
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
      resolve: (r, args, ctx) => promotionsOf(ctx, r.id, "up", { sources: args.sources, minSupport: args.minSupport }),
    }),
    promotedFrom: t.field({
      type: [PromotionEdgeRef],
      description: "Steps into this role.",
      args: { sources: t.arg.idList(), minSupport: t.arg.int() },
      resolve: (r, args, ctx) => promotionsOf(ctx, r.id, "down", { sources: args.sources, minSupport: args.minSupport }),
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
      resolve: (r, { source }, ctx) => responsibilitiesOf(ctx, r.id, source == null ? null : String(source)),
    }),
    conflicts: t.field({
      type: [ConflictRef],
      description: "Where the sources disagree about this role.",
      args: { aspects: t.arg({ type: [ConflictAspectEnum] }), sources: t.arg.idList() },
      resolve: (r, args, ctx) => findConflicts(ctx, { role: r.id, aspects: args.aspects, sources: args.sources }),
    }),
  }),
});

AliasRef.implement({
  description: "A title as the sources write it for a role.",
  fields: (t) => ({
    title: t.exposeString("title"),
    kind: t.field({ type: AliasKindEnum, resolve: (a) => a.kind }),
    sources: t.field({ type: [SourceRef], resolve: (a) => a.sources }),
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
    source: t.field({ type: SourceRef, resolve: (x) => x.source }),
    evidence: t.expose("evidence", { type: EvidenceRef }),
  }),
});

builder.queryFields((t) => ({
  role: t.field({
    type: RoleRef,
    nullable: true,
    description:
      "A role by slug (senior-product-manager). An unknown slug is a NOT_FOUND error whose extensions.suggestions name the likely slugs; resolveTitle finds slugs.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => requireRole(ctx, String(id), "id"),
  }),
  roles: t.connection(
    {
      type: RoleRef,
      description:
        "Roles in ladder order, optionally on one track or matching a search over names, slugs and titles (substring, case-insensitive). When nothing contains the search, roles close in spelling are returned instead, best first, with matchedBy FUZZY on their edges.",
      args: { track: t.arg({ type: TrackEnum }), search: t.arg.string() },
      resolve: (_root, args, ctx) => {
        if (args.last != null || args.before != null) throw new InvalidInputError("roles pages forward only: use first and after");
        boundedInt(args.first, "first", LIMITS.pageSize);
        return resolveOffsetConnection({ args, defaultSize: LIMITS.pageSize.default, maxSize: LIMITS.pageSize.max }, ({ offset, limit }) =>
          findRoles(ctx, { track: args.track ?? null, search: args.search ?? null }, offset, limit),
        );
      },
    },
    { name: "RoleConnection" },
    {
      name: "RoleEdge",
      fields: (e) => ({
        matchedBy: e.field({
          type: MatchedByEnum,
          nullable: true,
          description: "With search: how this role matched it (FUZZY when only by spelling); null without a search.",
          resolve: (edge) => (edge.node as SearchedRole).match?.matchedBy ?? null,
        }),
        matchedTitle: e.string({
          nullable: true,
          description: "With search, for a FUZZY match: the title, canonical name or slug the search was taken for.",
          resolve: (edge) => (edge.node as SearchedRole).match?.matchedTitle ?? null,
        }),
      }),
    },
  ),
}));
