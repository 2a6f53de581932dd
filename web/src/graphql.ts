import { print } from "@0no-co/graphql.web";
import { initGraphQLTada, type ResultOf, type TadaDocumentNode, type VariablesOf } from "gql.tada";
import type { introspection } from "./graphql-env.d.ts";

/** Typed documents, checked against schema.graphql (graphql-env.d.ts is generated from it: `npm run web:types`). */
export const graphql = initGraphQLTada<{ introspection: introspection }>();
export type { ResultOf, VariablesOf };

/** The server answered with GraphQL errors (bad input, unknown id …): shown where the answer would be. */
export class QueryError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** Neo4j is not answering (DATABASE_UNAVAILABLE) or the server cannot be reached: the page waits and retries. */
export class OutageError extends Error {}

/** The operation text exactly as sent, for the "see the query" links. */
export function queryText(document: TadaDocumentNode<unknown, never>): string {
  return print(document);
}

/** A link that opens the query, with its variables, in GraphiQL at /graphql. */
export function graphiqlLink(document: TadaDocumentNode<unknown, never>, variables?: Record<string, unknown>): string {
  const params = new URLSearchParams({ query: queryText(document) });
  if (variables && Object.keys(variables).length > 0) params.set("variables", JSON.stringify(variables, null, 2));
  return `/graphql?${params.toString()}`;
}

interface Envelope<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Runs one query against /graphql. The page only ever sends `query` operations: nothing in it can write.
 * Throws OutageError when the database or the server is away, QueryError for any other GraphQL error.
 */
export async function runQuery<T, V>(document: TadaDocumentNode<T, V>, variables?: V): Promise<T> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
    });
  } catch {
    throw new OutageError("the laddergraph server cannot be reached");
  }
  let body: Envelope<T>;
  try {
    body = (await response.json()) as Envelope<T>;
  } catch {
    throw new OutageError(`the laddergraph server answered HTTP ${response.status} without a GraphQL answer`);
  }
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code;
    if (code === "DATABASE_UNAVAILABLE") throw new OutageError(first.message);
    throw new QueryError(first.message, code);
  }
  if (body.data == null) throw new QueryError(`empty answer (HTTP ${response.status})`, undefined);
  return body.data;
}
