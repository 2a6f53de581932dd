import SchemaBuilder from "@pothos/core";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import type { Context } from "../context.ts";
import { UnauthenticatedError } from "../errors.ts";

/** The one Pothos builder: setup only; types live in their own files beside it. */
export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: { admin: boolean };
  // Every id argument is a slug, a file stem or a Relay global id: a string, never a number.
  Scalars: { ID: { Input: string; Output: string } };
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
}>({
  plugins: [ScopeAuthPlugin, RelayPlugin, DataloaderPlugin],
  scopeAuth: {
    authScopes: (ctx) => ({ admin: ctx.admin.granted }),
    unauthorizedError: (_parent, ctx) => new UnauthenticatedError(ctx.admin.refusal),
  },
  defaultFieldNullability: false,
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodeQueryOptions: { description: "Any object with a global id (Role, Skill) by that id; null when no object has it." },
    nodesQueryOptions: { description: "Objects with global ids, in the order asked; null for an id no object has." },
  },
});

builder.queryType({ description: "Career ladders as the sources tell them; every answer carries its evidence." });
