import { ladderOf } from "../services/ladder.ts";
import { builder } from "./builder.ts";
import { LadderRungRef, PromotionEdgeRef, RoleDefinitionRef, RoleRef, SourceRef, SourceRoleRef } from "./refs.ts";

LadderRungRef.implement({
  description: "One rung of a source's ladder: the roles it places there (two on a branch) and the steps up it asserts.",
  fields: (t) => ({
    source: t.field({ type: SourceRef, description: "The source whose ladder this is.", resolve: (r) => r.source }),
    rank: t.exposeInt("rank", { description: "The rung, 1 = the source's lowest." }),
    roles: t.field({
      type: [RoleRef],
      description:
        "Every catalogue role on this rung, by slug (two titles the source says are one role are both here; `sourceRoles` has each role once).",
      resolve: (r) => r.definitions.map((d) => d.role),
    }),
    sourceRoles: t.field({
      type: [SourceRoleRef],
      description: "The roles on this rung as the source tells them, each once: titles it says are one role (SAME_AS) are one entry.",
      resolve: (r) => r.sourceRoles,
    }),
    definitions: t.field({
      type: [RoleDefinitionRef],
      description: "The source's definition of each role on the rung.",
      resolve: (r) => r.definitions,
    }),
    promotesTo: t.field({
      type: [PromotionEdgeRef],
      description: "The steps up from this rung's roles that this source asserts, one per step between its source roles.",
      resolve: (r) => r.promotions,
    }),
  }),
});

builder.queryFields((t) => ({
  ladder: t.field({
    type: [LadderRungRef],
    description: "The ladder as one source tells it, lowest rung first (roles it keeps off its ladder are left out).",
    args: { source: t.arg.id({ required: true, description: "The source's id (file stem)." }) },
    resolve: (_root, { source }, ctx) => ladderOf(ctx, source),
  }),
}));
