import SchemaBuilder from "@pothos/core";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import type { Context } from "../context.ts";
import { NodeNotInGraphError, UnauthenticatedError } from "../errors.ts";
import { DESCRIBE } from "../services/args.ts";
import HeldNodesPlugin from "./heldNodes.ts";

/** A global id of the right form whose node is not in the graph: null, not the loader's error. */
const orNull = (node: unknown) => (node instanceof NodeNotInGraphError ? null : node);

/** The one Pothos builder: setup only; types live in their own files beside it. */
export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: { admin: boolean };
  // Every id argument is a slug, a file stem or a Relay global id: a string, never a number.
  Scalars: { ID: { Input: string; Output: string } };
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
}>({
  // HeldNodesPlugin after DataloaderPlugin: it wraps the resolvers inside it (src/schema/heldNodes.ts).
  plugins: [ScopeAuthPlugin, RelayPlugin, DataloaderPlugin, HeldNodesPlugin],
  scopeAuth: {
    authScopes: (ctx) => ({ admin: ctx.admin.granted }),
    unauthorizedError: (_parent, ctx) => new UnauthenticatedError(ctx.admin.refusal),
  },
  defaultFieldNullability: false,
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodeTypeOptions: { description: "An object with a Relay global id, fetched again with node(id:)." },
    idFieldOptions: { description: "Relay global id: opaque, for node(id:). Role and source arguments take slugs and file stems instead." },
    pageInfoTypeOptions: { description: "Where a page sits in the whole list." },
    hasNextPageFieldOptions: { description: "Whether more items follow this page." },
    hasPreviousPageFieldOptions: { description: "Whether items come before this page (always false: pages go forward only)." },
    startCursorFieldOptions: { description: "Cursor of the page's first item; null on an empty page." },
    endCursorFieldOptions: { description: "Cursor of the page's last item (pass it as `after`); null on an empty page." },
    cursorFieldOptions: { description: "Opaque position of this item; pass it as `after` for the next page." },
    nodeFieldOptions: { description: "The item." },
    edgesFieldOptions: { description: "The items on this page, with their cursors." },
    pageInfoFieldOptions: { description: "Where this page sits in the whole list." },
    firstArgOptions: { description: DESCRIBE.pageSize },
    afterArgOptions: { description: "Return the items after this cursor (an endCursor); omit for the first page." },
    lastArgOptions: { description: "Not supported: pages go forward only (use first)." },
    beforeArgOptions: { description: "Not supported: pages go forward only (use after)." },
    nodeQueryOptions: {
      description: "Any object with a global id (Role, Skill) by that id; null when no object has it.",
      args: { id: { description: "A Relay global id (Role.id, Skill.id)." } },
      resolve: async (_root, { id }, _ctx, _info, resolveNode) => orNull(await resolveNode(id)),
    },
    nodesQueryOptions: {
      description: "Objects with global ids, in the order asked; null for an id no object has.",
      args: { ids: { description: "Relay global ids (Role.id, Skill.id)." } },
      resolve: async (_root, { ids }, _ctx, _info, resolveNodes) => (await resolveNodes(ids)).map(orNull),
    },
  },
});

builder.queryType({ description: "Career ladders as the sources tell them; every answer carries its evidence." });
