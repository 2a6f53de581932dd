import { type ConstValueNode, type DocumentNode, Kind, print, type TypeNode, visit } from "@0no-co/graphql.web";
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
    /** NOT_FOUND: the ids the server suggests instead (`extensions.suggestions`). */
    readonly suggestions: string[] = [],
  ) {
    super(message);
  }
}

/** Neo4j is not answering (DATABASE_UNAVAILABLE) or the server cannot be reached: the page waits and retries. */
export class OutageError extends Error {}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

/** A JSON value as a GraphQL literal of the variable's type (strings of an enum type are enum values). */
function literal(value: unknown, type: string): ConstValueNode {
  if (value === null || value === undefined) return { kind: Kind.NULL };
  if (Array.isArray(value)) return { kind: Kind.LIST, values: value.map((v) => literal(v, type)) };
  if (typeof value === "boolean") return { kind: Kind.BOOLEAN, value };
  if (typeof value === "number")
    return Number.isInteger(value) ? { kind: Kind.INT, value: String(value) } : { kind: Kind.FLOAT, value: String(value) };
  const text = String(value);
  return type === "String" || type === "ID" ? { kind: Kind.STRING, value: text } : { kind: Kind.ENUM, value: text };
}

/**
 * The document with its variables written in as literals (arguments whose variable is unset are
 * left out): GraphiQL's `?query=` takes no variables, so the link carries them in the query itself.
 */
export function withVariablesInlined(document: DocumentNode, variables: Record<string, unknown>): DocumentNode {
  const types = new Map<string, string>();
  for (const d of document.definitions) {
    if (d.kind === Kind.OPERATION_DEFINITION)
      for (const v of d.variableDefinitions ?? []) types.set(v.variable.name.value, namedType(v.type));
  }
  return visit(document, {
    VariableDefinition: () => null,
    Argument: (node) => (node.value.kind === Kind.VARIABLE && variables[node.value.name.value] === undefined ? null : undefined),
    Variable: (node) => literal(variables[node.name.value], types.get(node.name.value) ?? "String"),
  });
}

/** A link that opens the query, its variables written in, in GraphiQL at /graphql. */
export function graphiqlLink(document: TadaDocumentNode<unknown, never>, variables: Record<string, unknown> = {}): string {
  return `/graphql?${new URLSearchParams({ query: print(withVariablesInlined(document, variables)) }).toString()}`;
}

interface Envelope<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; suggestions?: string[] } }[];
}

/**
 * Headers on every request the page sends: a non-simple header, so a server that refuses
 * cross-site "simple" requests (CSRF prevention: graphql-yoga's `x-graphql-yoga-csrf`, or the
 * `graphql-require-preflight` header the GraphQL-over-HTTP draft suggests) accepts the page's GETs.
 */
const HEADERS = { accept: "application/json", "x-graphql-yoga-csrf": "explorer", "graphql-require-preflight": "1" };

/**
 * The URL of a query sent as GET: the printed document and its variables, so the same view asks the
 * same URL every time. The server answers a GET with an `ETag` (the data version and the query) and
 * `Cache-Control: no-cache`; the browser's HTTP cache keeps the answer and asks again with
 * `If-None-Match`, and until the data changes the server answers `304 Not Modified`: nothing
 * executed, no answer sent. After a write the tag no longer matches and the new answer comes back.
 */
export function queryUrl(document: DocumentNode, variables: Record<string, unknown> = {}): string {
  const params = new URLSearchParams({ query: print(document) });
  if (Object.keys(variables).length) params.set("variables", JSON.stringify(variables));
  return `/graphql?${params.toString()}`;
}

/**
 * Runs one query against /graphql, as a GET the browser's HTTP cache revalidates (see queryUrl).
 * Only the workbench writes (runPost, with the admin token); the server refuses a mutation over GET. Throws OutageError when the database or the server is away,
 * QueryError for any other GraphQL error.
 */
export async function runQuery<T, V>(document: TadaDocumentNode<T, V>, variables?: V): Promise<T> {
  let response: Response;
  try {
    response = await fetch(queryUrl(document, (variables ?? {}) as Record<string, unknown>), { headers: HEADERS });
  } catch {
    throw new OutageError("the laddergraph server cannot be reached");
  }
  return answerOf<T>(response);
}

/**
 * Sends one operation as a POST with a JSON body: for an article too long for a URL (the
 * workbench's draftClaims) and for a write (addSource), which the server takes only as a POST.
 * `headers`: more headers, such as the admin token's Authorization. Errors as runQuery.
 */
export async function runPost<T, V>(document: TadaDocumentNode<T, V>, variables: V, headers: Record<string, string> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { ...HEADERS, "content-type": "application/json", ...headers },
      body: JSON.stringify({ query: print(document), variables }),
    });
  } catch {
    throw new OutageError("the laddergraph server cannot be reached");
  }
  return answerOf<T>(response);
}

async function answerOf<T>(response: Response): Promise<T> {
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
    throw new QueryError(first.message, code, first.extensions?.suggestions ?? []);
  }
  if (body.data == null) throw new QueryError(`empty answer (HTTP ${response.status})`, undefined);
  return body.data;
}
