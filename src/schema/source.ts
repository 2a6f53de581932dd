import { listSources } from "../db/repositories/sources.ts";
import { requireSource } from "../services/lookup.ts";
import { builder } from "./builder.ts";
import { RoleDefinitionRef, RoleRef, SourceRef } from "./refs.ts";

SourceRef.implement({
  description: "A source article. Its id is the file stem, the id every `sources`/`source` argument takes.",
  fields: (t) => ({
    id: t.exposeID("id"),
    title: t.exposeString("title", { nullable: true }),
    author: t.exposeString("author", { nullable: true }),
    publisher: t.exposeString("publisher", { nullable: true }),
    sha256: t.exposeString("sha256", { description: "sha256 of the article text, as loaded." }),
    text: t.string({
      description: "The article's full text; every Evidence offset points into it.",
      resolve: async (s, _args, ctx) => (await ctx.loaders.sourceText.load(s.id)) ?? "",
    }),
    definitions: t.field({
      type: [RoleDefinitionRef],
      description: "The roles this source describes in sections of their own, in its ladder order.",
      resolve: (s, _args, ctx) => ctx.loaders.definitionsBySource.load(s.id),
    }),
    roles: t.field({
      type: [RoleRef],
      description: "The roles this source describes, in its ladder order.",
      resolve: async (s, _args, ctx) => [...new Set((await ctx.loaders.definitionsBySource.load(s.id)).map((d) => d.role))],
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
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => requireSource(ctx, String(id), "id"),
  }),
}));
