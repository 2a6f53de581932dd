import { addSource, removeSource } from "../services/admin.ts";
import { builder } from "./builder.ts";
import { SourceRef } from "./refs.ts";

interface AddSourceResult {
  id: string;
  nodesAdded: number;
  relationshipsAdded: number;
}

const AddSourcePayload = builder.objectRef<AddSourceResult>("AddSourcePayload").implement({
  description: "What addSource loaded.",
  fields: (t) => ({
    source: t.field({ type: SourceRef, description: "The new source.", resolve: (r) => r.id }),
    nodesAdded: t.exposeInt("nodesAdded", {
      description: "Nodes the load added to the graph (the source, and roles, skills or responsibilities new to it).",
    }),
    relationshipsAdded: t.exposeInt("relationshipsAdded", { description: "Relationships the load added: one per claim." }),
  }),
});

const RemoveSourcePayload = builder.objectRef<{ id: string }>("RemoveSourcePayload").implement({
  description: "What removeSource removed.",
  fields: (t) => ({ removedId: t.exposeID("id", { description: "The id of the source removed with every claim it made." }) }),
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
    args: { id: t.arg.id({ required: true, description: "The id of the source to remove (file stem)." }) },
    resolve: (_root, args, ctx) => removeSource(ctx, args.id),
  }),
}));
