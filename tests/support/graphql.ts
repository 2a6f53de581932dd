// Typed GraphQL documents for the integration tests: `graphql()` parses each document against
// schema.graphql in the type system (gql.tada), so a field that does not exist, or a wrong
// argument, fails `npm run typecheck`, and results come back typed. `npm run schema:print`
// regenerates ./graphql-env.d.ts from the schema.
import { initGraphQLTada } from "gql.tada";
import type { introspection } from "./graphql-env.d.ts";

export const graphql = initGraphQLTada<{ introspection: introspection; scalars: { ID: string } }>();
export type { ResultOf, VariablesOf } from "gql.tada";
