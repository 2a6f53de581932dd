import { listSources } from "../db/repositories/sources.ts";
import { ladderOf } from "../services/ladder.ts";
import { requireSource } from "../services/lookup.ts";
import { builder } from "./builder.ts";
import { LadderRungRef, RoleDefinitionRef, RoleRef, SourceRef } from "./refs.ts";

SourceRef.implement({
  description:
    "A source article. Its id is the file stem (seed/sources/<id>.txt), the id every `source`/`sources` argument takes. Everything a source says about the ladder hangs off it.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The file stem, e.g. 000_18567d4f4f5ab0b1: what every source argument takes." }),
    title: t.exposeString("title", { nullable: true, description: "The article's title as its text writes it; null if it gives none." }),
    author: t.exposeString("author", { nullable: true, description: "The author as the text names them; null when it does not." }),
    publisher: t.exposeString("publisher", { nullable: true, description: "The publisher as the text names it; null when it does not." }),
    sha256: t.exposeString("sha256", {
      description: "sha256 (hex) of the article text, as loaded: the claims were checked against exactly this text.",
    }),
    text: t.string({
      description: "The article's full text; every Evidence offset points into it.",
      resolve: async (s, _args, ctx) => (await ctx.loaders.sourceText.load(s.id)) ?? "",
    }),
    definitions: t.field({
      type: [RoleDefinitionRef],
      description:
        "The roles this source describes in sections of their own, in its ladder order (rank, then role); off-ladder roles last.",
      resolve: (s, _args, ctx) => ctx.loaders.claims.definitions.bySource.load(s.id),
    }),
    roles: t.field({
      type: [RoleRef],
      description: "The roles this source describes, in its ladder order.",
      resolve: async (s, _args, ctx) => [...new Set((await ctx.loaders.claims.definitions.bySource.load(s.id)).map((d) => d.role))],
    }),
    ladder: t.field({
      type: [LadderRungRef],
      description: "This source's ladder, lowest rung first: the same answer as `ladder(source:)`.",
      resolve: (s, _args, ctx) => ladderOf(ctx, s.id),
    }),
  }),
});

builder.queryFields((t) => ({
  sources: t.field({
    type: [SourceRef],
    description: "Every source article, by id.",
    resolve: (_root, _args, ctx) => listSources(ctx.scope),
  }),
  source: t.field({
    type: SourceRef,
    nullable: true,
    description:
      "One source by its id (file stem, e.g. 000_18567d4f4f5ab0b1). An unknown id is a NOT_FOUND error whose extensions.suggestions name the likely ids (a unique prefix such as 000 included).",
    args: { id: t.arg.id({ required: true, description: "The source's id: its file stem, e.g. 000_18567d4f4f5ab0b1." }) },
    resolve: (_root, { id }, ctx) => requireSource(ctx, id, "id"),
  }),
}));
