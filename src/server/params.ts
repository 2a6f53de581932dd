import { createGraphQLError, type Plugin } from "graphql-yoga";

/** The parameters of GraphQL over HTTP; anything else in a request is refused. */
const PARAMETERS = new Set(["query", "variables", "operationName", "extensions"]);

function kind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

function badRequest(message: string): never {
  throw createGraphQLError(message, { extensions: { code: "BAD_REQUEST", http: { status: 400, headers: { Allow: "GET, POST" } } } });
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Throws BAD_REQUEST (HTTP 400) unless `params` are what GraphQL over HTTP allows: an object with
 * a string `query`, an optional string `operationName` and optional object `variables` and
 * `extensions`.
 */
export function assertGraphQLParams(params: unknown): void {
  if (!isObject(params)) badRequest(`the request must be one GraphQL request object {"query": "…"}; got ${kind(params)}`);
  for (const name of Object.keys(params)) {
    if (!PARAMETERS.has(name) && params[name] != null)
      badRequest(`unexpected parameter "${name}": send only query, variables, operationName and extensions`);
  }
  const { query, operationName, variables, extensions } = params;
  if (query === null || query === undefined || query === "")
    badRequest('the request has no query: send {"query": "{ roles { nodes { id } } }"}');
  if (typeof query !== "string") badRequest(`"query" must be a string holding a GraphQL document; got ${kind(query)}`);
  if (operationName != null && typeof operationName !== "string")
    badRequest(`"operationName" must be a string; got ${kind(operationName)}`);
  if (variables != null && !isObject(variables)) badRequest(`"variables" must be an object of variable values; got ${kind(variables)}`);
  if (extensions != null && !isObject(extensions)) badRequest(`"extensions" must be an object; got ${kind(extensions)}`);
}

/**
 * Checks the GraphQL-over-HTTP parameters before any other plugin reads them. yoga checks them
 * too, but only after every plugin's `onParams` (the response cache's key, the request log),
 * and does not export its check; this one is first in the plugin list.
 */
export function validParams(): Plugin {
  return {
    onParams({ params }) {
      assertGraphQLParams(params);
    },
  };
}
