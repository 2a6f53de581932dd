import { randomUUID } from "node:crypto";
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Logger } from "pino";
import { currentRequest } from "./requests.ts";

const LIMIT = /limit of \d+ exceeded/i;

/**
 * Yoga's error masking: the client sees GraphQL's own errors and the errors we throw on purpose
 * (each with a code); anything else becomes "Unexpected error." with an errorId, logged in full.
 */
export function maskErrorWith(log: Logger) {
  return (error: unknown, message: string): Error => {
    const original = error instanceof GraphQLError ? error.originalError : error;
    // GraphQL's own errors (syntax, validation, limits) have no original: they are the client's to see.
    if (error instanceof GraphQLError && !original) {
      // Yoga copies the JSON parser's message (which quotes the body) into extensions.originalError: never echo a body.
      const { originalError: echoed, ...extensions } = error.extensions ?? {};
      if (LIMIT.test(error.message))
        return new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...extensions, code: "LIMIT_EXCEEDED" } });
      if (echoed === undefined) return error;
      // A body that is not JSON is the client's error whatever it accepts: 400 (yoga's `spec` flag would answer 200).
      return new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...extensions, http: { status: 400 } } });
    }
    // A GET whose variables or extensions parameter is not JSON: yoga's parser throws before any GraphQL runs.
    if (error instanceof SyntaxError) {
      return new GraphQLError("a request parameter (variables or extensions) is not valid JSON: send a JSON object, URL-encoded", {
        extensions: { code: "BAD_REQUEST", http: { status: 400 } },
      });
    }
    // Errors we throw on purpose are GraphQLErrors; keep their message and code, at the wrapper's path.
    if (original instanceof GraphQLError) {
      const code = original.extensions?.code ?? (LIMIT.test(original.message) ? "LIMIT_EXCEEDED" : "BAD_USER_INPUT");
      return new GraphQLError(original.message, {
        nodes: error instanceof GraphQLError ? error.nodes : undefined,
        path: error instanceof GraphQLError ? error.path : undefined,
        extensions: { ...original.extensions, code },
      });
    }
    const state = currentRequest();
    const errorId = randomUUID();
    state?.errorIds.push(errorId);
    log.error({ requestId: state?.requestId, errorId, err: original ?? error }, "unexpected error (masked)");
    return new GraphQLError(message, {
      nodes: error instanceof GraphQLError ? error.nodes : undefined,
      path: error instanceof GraphQLError ? error.path : undefined,
      extensions: { code: "INTERNAL_SERVER_ERROR", errorId, requestId: state?.requestId },
    });
  };
}

/**
 * Errors about the request itself (a variable of the wrong type, missing, null) say so in
 * graphql-js's words ('Variable "$id" has invalid value: …'; masking alone would keep only the
 * scalar's part, which names no variable), with BAD_USER_INPUT like the rest, and — as nothing
 * ran (no `data`) — HTTP 400, as GraphQL over HTTP prescribes for application/graphql-response+json
 * (yoga alone answers 200).
 */
export function codedRequestErrors(): Plugin {
  // Request errors have no path, and no original error or a GraphQLError one (a scalar refusing a
  // variable's value); resolver errors (with a path) and anything else are left to masking.
  const needsCode = (e: GraphQLError) =>
    e.path === undefined && e.extensions?.code === undefined && (!e.originalError || e.originalError instanceof GraphQLError);
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result || !result.errors?.some(needsCode)) return;
          // `spec`: as yoga marks validation errors — 400 for graphql-response+json, 200 for application/json.
          const http = "data" in result ? {} : { http: { spec: true, status: 400 } };
          const errors = result.errors.map((e) =>
            needsCode(e)
              ? new GraphQLError(e.message, { nodes: e.nodes, extensions: { ...e.extensions, code: "BAD_USER_INPUT", ...http } })
              : e,
          );
          setResult({ ...result, errors });
        },
      };
    },
  };
}
