import { addSource, removeSource } from "../services/admin.ts";
import { builder } from "./builder.ts";
import { SourceRef } from "./refs.ts";

interface AddSourceResult {
  id: string;
  nodesAdded: number;
  relationshipsAdded: number;
}

const AddSourcePayload = builder.objectRef<AddSourceResult>("AddSourcePayload").implement({
  fields: (t) => ({
    source: t.field({ type: SourceRef, resolve: (r) => r.id }),
    nodesAdded: t.exposeInt("nodesAdded"),
    relationshipsAdded: t.exposeInt("relationshipsAdded"),
  }),
});

const RemoveSourcePayload = builder.objectRef<{ id: string }>("RemoveSourcePayload").implement({
  fields: (t) => ({ removedId: t.exposeID("id") }),
});

builder.mutationType({ description: "Writes: each needs Authorization: Bearer <LADDERGRAPH_ADMIN_TOKEN>." });

builder.mutationFields((t) => ({
  addSource: t.field({
    type: AddSourcePayload,
    authScopes: { admin: true },
    description:
      "Loads a new article: its text and its claims as YAML (the seed/claims format), validated like seed:check, in one transaction.",
    args: {
      id: t.arg.id({ required: true, description: "The new source's id (a file stem)." }),
      text: t.arg.string({ required: true, description: "The article, exactly as the claims quote it." }),
      claims: t.arg.string({ required: true, description: "The claims file's YAML; source.sha256 must be the text's sha256." }),
    },
    resolve: (_root, args, ctx) => addSource(ctx, { id: args.id, text: args.text, claims: args.claims }),
  }),
  removeSource: t.field({
    type: RemoveSourcePayload,
    authScopes: { admin: true },
    description: "Removes a source and every claim it made.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => removeSource(ctx, args.id),
  }),
}));
