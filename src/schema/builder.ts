import SchemaBuilder from "@pothos/core";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import type { Context } from "../context.ts";
import { UnauthenticatedError } from "../errors.ts";

/** The one Pothos builder: setup only; types live in their own files beside it. */
export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: { admin: boolean };
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
}>({
  plugins: [ScopeAuthPlugin, RelayPlugin],
  scopeAuth: {
    authScopes: (ctx) => ({ admin: ctx.admin.granted }),
    unauthorizedError: (_parent, ctx) => new UnauthenticatedError(ctx.admin.refusal),
  },
  defaultFieldNullability: false,
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodeQueryOptions: { description: "Any object with a global id (Role, Skill) by that id." },
    nodesQueryOptions: { description: "Objects with global ids, in the order asked." },
  },
});

builder.queryType({ description: "Career ladders as the sources tell them; every answer carries its evidence." });
