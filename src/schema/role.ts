import { resolveOffsetConnection } from "@pothos/plugin-relay";
import { InvalidInputError } from "../errors.ts";
import * as parse from "../services/args.ts";
import { LIMITS } from "../services/args.ts";
import { findConflicts } from "../services/audit.ts";
import {
  aliasesOf,
  definitionsOf,
  findRole,
  findRoles,
  groupRequirements,
  promotionsOf,
  responsibilitiesOf,
  type SearchedRole,
  stepsBySource,
} from "../services/roles.ts";
import { sourceArg, sourcesArg, stepFilterArgs } from "./args.ts";
import { builder } from "./builder.ts";
import { claimFields } from "./claimFields.ts";
import { AliasKindEnum, ConflictAspectEnum, MatchedByEnum, TrackEnum } from "./enums.ts";
import {
  AliasRef,
  ConflictRef,
  EvidenceRef,
  PromotionClaimRef,
  PromotionEdgeRef,
  ResponsibilityClaimRef,
  RoleDefinitionRef,
  RoleRef,
  SkillRequirementRef,
  SourceRef,
  SourceRoleRef,
  SourceStepsRef,
} from "./refs.ts";

const COUNT = "Count only these sources' claims";

RoleRef.implement({
  description: "A canonical role. What each source calls it lives on its definitions and aliases.",
  fields: (t) => ({
    slug: t.exposeString("id", { description: "The role's slug, e.g. senior-product-manager: what every role argument takes." }),
    name: t.exposeString("name", { description: "Canonical name (our vocabulary, not a source's)." }),
    definitions: t.field({
      type: [RoleDefinitionRef],
      description: "One definition per source that describes the role in a section of its own, by source id.",
      args: sourceArg("Only this source's definition"),
      resolve: async (r, args, ctx, info) => definitionsOf(ctx, r.id, await parse.source(ctx, args.source), info),
    }),
    aliases: t.field({
      type: [AliasRef],
      description: "Every title the sources write for this role, with the sources that write it: section headings first, then mentions.",
      resolve: (r, _a, ctx) => aliasesOf(ctx, r.id),
    }),
    promotesTo: t.field({
      type: [PromotionEdgeRef],
      description: "Steps up from this role, best supported first; `minSupport: 2` keeps only steps two or more sources assert.",
      args: stepFilterArgs(COUNT),
      resolve: async (r, args, ctx) => promotionsOf(ctx, r.id, "up", await parse.stepFilter(ctx, args)),
    }),
    promotedFrom: t.field({
      type: [PromotionEdgeRef],
      description: "Steps into this role from the roles below it, best supported first.",
      args: stepFilterArgs(COUNT),
      resolve: async (r, args, ctx) => promotionsOf(ctx, r.id, "down", await parse.stepFilter(ctx, args)),
    }),
    nextRolesBySource: t.field({
      type: [SourceStepsRef],
      description:
        "Where each source says this role leads: one entry per source that asserts a step up from it, by source id (a source with none is absent).",
      resolve: (r, _a, ctx) => stepsBySource(ctx, r.id, "up"),
    }),
    previousRolesBySource: t.field({
      type: [SourceStepsRef],
      description: "Where each source says this role is reached from: one entry per source that asserts a step into it, by source id.",
      resolve: (r, _a, ctx) => stepsBySource(ctx, r.id, "down"),
    }),
    requires: t.field({
      type: [SkillRequirementRef],
      description: "Skills the sources tie to this role, by skill id, each with every source's claim.",
      resolve: async (r, _a, ctx) => groupRequirements(await ctx.loaders.claims.skills.byRole.load(r.id)),
    }),
    responsibilities: t.field({
      type: [ResponsibilityClaimRef],
      description: "Every responsibility a source lists for this role, bullet by bullet, by source and position in its text.",
      args: sourceArg("Only this source's responsibilities"),
      resolve: async (r, args, ctx) => responsibilitiesOf(ctx, r.id, await parse.source(ctx, args.source)),
    }),
    conflicts: t.field({
      type: [ConflictRef],
      description: "Where the sources disagree about this role, computed from their claims (nothing about a conflict is stored).",
      args: {
        aspects: t.arg({ type: [ConflictAspectEnum], description: "Only these aspects; omit for every aspect." }),
        ...sourcesArg(COUNT),
      },
      resolve: async (r, args, ctx) =>
        findConflicts(ctx, { role: r.id, aspects: args.aspects, sources: await parse.sources(ctx, args.sources) }),
    }),
  }),
});

AliasRef.implement({
  description: "A title as the sources write it for a role.",
  fields: (t) => ({
    title: t.exposeString("title", { description: "The title exactly as written." }),
    kind: t.field({
      type: AliasKindEnum,
      description: "Whether the title heads a section on the role or is a passing mention.",
      resolve: (a) => a.kind,
    }),
    sources: t.field({ type: [SourceRef], description: "The sources that write this title, by id.", resolve: (a) => a.sources }),
    evidence: t.field({ type: [EvidenceRef], description: "Each place a source writes the title.", resolve: (a) => a.evidence }),
  }),
});

ResponsibilityClaimRef.implement({
  description: "A responsibility one source lists for a role.",
  fields: (t) => ({
    responsibilityId: t.exposeString("responsibility", {
      description: "Stable hash of the normalised text: the same bullet in two sources shares it.",
    }),
    text: t.exposeString("text", { description: "The responsibility as written (by the first source that lists it, for a shared one)." }),
    role: t.field({ type: RoleRef, description: "The role the responsibility is listed for.", resolve: (x) => x.role }),
    ...claimFields(t, { source: "The source that lists it.", evidence: "The bullet in the source's text." }),
  }),
});

SourceStepsRef.implement({
  description: 'The steps one source asserts from (or into) a role: its answer to "where does this role lead?"',
  fields: (t) => ({
    source: t.field({ type: SourceRef, description: "The source asserting the steps.", resolve: (s) => s.source }),
    roles: t.field({
      type: [RoleRef],
      description:
        "The roles at the other end of its steps, by slug: one per role as the source tells it (the heading of titles it says are one role).",
      resolve: (s) => s.roles,
    }),
    sourceRoles: t.field({
      type: [SourceRoleRef],
      description: "The roles at the other end as the source tells them: each once, with every title it joins.",
      resolve: (s) => s.sourceRoles.map((r) => ({ ...r, rank: null, definitions: [] })),
    }),
    claims: t.field({
      type: [PromotionClaimRef],
      description: "Its claim for each step, with kind, track and evidence.",
      resolve: (s) => s.claims,
    }),
  }),
});

builder.queryFields((t) => ({
  role: t.field({
    type: RoleRef,
    nullable: true,
    description:
      "A role by slug (senior-product-manager). An unknown slug is a NOT_FOUND error whose extensions.suggestions name the likely slugs; resolveTitle finds slugs.",
    args: { id: t.arg.id({ required: true, description: "The role's slug, e.g. senior-product-manager." }) },
    resolve: (_root, { id }, ctx, info) => findRole(ctx, id, info),
  }),
  roles: t.connection(
    {
      type: RoleRef,
      description:
        "Roles in ladder order (the lowest rank any source gives them first; with `source`, that source's order), optionally described by one source, on one track or matching a search over names, slugs and titles (substring, case-insensitive). When nothing contains the search, roles close in spelling are returned instead, best first, with matchedBy FUZZY on their edges. Pages forward only.",
      args: {
        source: t.arg.id({ description: parse.DESCRIBE.source("Only the roles this source describes, in its ladder order") }),
        track: t.arg({ type: TrackEnum, description: "Only roles a source (or `source`) puts on this track." }),
        search: t.arg.string({ description: "Case-insensitive text in the canonical name, the slug or any title a source writes." }),
      },
      resolve: async (_root, args, ctx, info) => {
        if (args.last != null || args.before != null) throw new InvalidInputError("roles pages forward only: use first and after");
        parse.pageSize(args.first);
        const source = await parse.source(ctx, args.source);
        return resolveOffsetConnection({ args, defaultSize: LIMITS.pageSize.default, maxSize: LIMITS.pageSize.max }, ({ offset, limit }) =>
          findRoles(ctx, { source, track: args.track ?? null, search: args.search ?? null }, offset, limit, info),
        );
      },
    },
    { name: "RoleConnection", description: "A page of roles." },
    {
      name: "RoleEdge",
      description: "A role on a page, with its cursor (and, with a search, how it matched).",
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
