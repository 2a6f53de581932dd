// Typed GraphQL documents for the integration tests: `graphql()` parses each document against
// schema.graphql in the type system (gql.tada), so a field that does not exist, or a wrong
// argument, fails `npm run typecheck`, and results come back typed (fragments unmasked: a spread
// fragment's fields are read as if written inline). The schema's type is the one
// the explorer page uses (web/src/graphql-env.d.ts); `npm run schema:print` regenerates it.
import { initGraphQLTada } from "gql.tada";
import type { introspection } from "../../web/src/graphql-env.d.ts";

export const graphql = initGraphQLTada<{ introspection: introspection; scalars: { ID: string }; disableMasking: true }>();
export type { ResultOf, VariablesOf } from "gql.tada";

import type { TadaDocumentNode } from "gql.tada";
import { print } from "graphql";

/** The JSON body of a GraphQL POST: a typed document, printed, with its variables (checked against the document's). */
export function requestBody<Result, Variables>(document: TadaDocumentNode<Result, Variables>, variables?: NoInfer<Variables>): string {
  return JSON.stringify({ query: print(document), variables });
}

/** A nullable field's value, for a test that expects it: throws (as reading a property of null would) when it is null. */
export function present<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error(`expected a value, got ${value}`);
  return value;
}
