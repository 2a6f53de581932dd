import { ladderOf } from "../services/ladder.ts";
import { builder } from "./builder.ts";
import { LadderRungRef, PromotionEdgeRef, RoleDefinitionRef, RoleRef, SourceRef } from "./refs.ts";

LadderRungRef.implement({
  description: "One rung of a source's ladder: the roles it places there (two on a branch) and the steps up it asserts.",
  fields: (t) => ({
    source: t.field({ type: SourceRef, resolve: (r) => r.source }),
    rank: t.exposeInt("rank"),
    roles: t.field({
      type: [RoleRef],
      resolve: (r) => r.definitions.map((d) => d.role),
    }),
    definitions: t.field({ type: [RoleDefinitionRef], resolve: (r) => r.definitions }),
    promotesTo: t.field({ type: [PromotionEdgeRef], resolve: (r) => r.promotions }),
  }),
});

builder.queryFields((t) => ({
  ladder: t.field({
    type: [LadderRungRef],
    description: "The ladder as one source tells it, lowest rung first.",
    args: { source: t.arg.id({ required: true, description: "Source id (file stem)." }) },
    resolve: (_root, { source }, ctx) => ladderOf(ctx, source),
  }),
}));
