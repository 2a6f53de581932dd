import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { GraphQLError } from "graphql";
import { createYoga, type Plugin, useReadinessCheck } from "graphql-yoga";
import type { Driver } from "neo4j-driver";
import type { Logger } from "pino";
import { type Context, createContext } from "../context.ts";
import { schema } from "../schema/index.ts";
import { EXAMPLES } from "./examples.ts";
import { queryLimits } from "./limits.ts";

export interface AppDeps {
  driver: Driver;
  database: string | undefined;
  log: Logger;
  txTimeoutMs: number;
  /** LADDERGRAPH_ADMIN_TOKEN: mutations are refused without it. */
  adminToken?: string | undefined;
}

interface RequestState {
  requestId: string;
  operationName?: string | undefined;
  /** Ids of masked (unexpected) errors: the client got the same ids. */
  errorIds: string[];
  /** Codes of the errors in the response (BAD_USER_INPUT, NOT_FOUND, …). */
  errorCodes: string[];
}

const requests = new AsyncLocalStorage<RequestState>();

/** Notes the operation name and the error codes for the request's log line. */
function requestLogging(): Plugin {
  return {
    onParams({ params }) {
      const state = requests.getStore();
      if (state) state.operationName = params.operationName ?? params.query?.match(/^\s*(?:query|mutation)\s+(\w+)/m)?.[1];
    },
    onResultProcess({ result }) {
      const state = requests.getStore();
      const results = Array.isArray(result) ? result : [result];
      for (const r of results) {
        const errors = (r as { errors?: readonly { extensions?: { code?: unknown } }[] }).errors ?? [];
        for (const e of errors) state?.errorCodes.push(String(e.extensions?.code ?? "GRAPHQL_ERROR"));
      }
    },
  };
}

/** Errors about the request itself (variables of the wrong type, missing, null) get BAD_USER_INPUT like the rest. */
function codedRequestErrors(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result || !result.errors?.some((e) => e.extensions?.code === undefined)) return;
          const errors = result.errors.map((e) =>
            e.extensions?.code === undefined
              ? new GraphQLError(e.message, { nodes: e.nodes, path: e.path, extensions: { ...e.extensions, code: "BAD_USER_INPUT" } })
              : e,
          );
          setResult({ ...result, errors });
        },
      };
    },
  };
}

/** With `x-laddergraph-debug: cypher`, the response says how many Cypher round trips it cost. */
function cypherCount(): Plugin<Context> {
  return {
    onExecute({ args }) {
      const ctx = args.contextValue;
      const request = (ctx as unknown as { request?: Request }).request;
      if (request?.headers.get("x-laddergraph-debug") !== "cypher") return;
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          setResult({ ...result, extensions: { ...result.extensions, cypherQueries: ctx.scope.stats.cypherQueries } });
        },
      };
    },
  };
}

/**
 * Builds the GraphQL app (exported apart from the listener so tests can call `yoga.fetch`).
 * Expected errors carry a code; anything else is masked, logged with an error id the client gets.
 */
export function createApp(deps: AppDeps) {
  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    healthCheckEndpoint: "/health",
    landingPage: false,
    logging: false,
    graphiql: {
      title: "laddergraph",
      defaultTabs: EXAMPLES.map((e) => ({ query: e.query, variables: e.variables ? JSON.stringify(e.variables, null, 2) : null })),
    },
    context: ({ request }) => {
      const state = requests.getStore();
      const auth = request.headers.get("authorization");
      return createContext(deps, state?.requestId ?? randomUUID(), auth?.startsWith("Bearer ") ? auth.slice(7) : undefined);
    },
    maskedErrors: {
      maskError(error, message) {
        const original = error instanceof GraphQLError ? error.originalError : error;
        // GraphQL's own errors (syntax, validation, limits) have no original: they are the client's to see.
        if (error instanceof GraphQLError && !original) {
          if (!/limit of \d+ exceeded/i.test(error.message)) return error;
          return new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, code: "LIMIT_EXCEEDED" } });
        }
        // Errors we throw on purpose are GraphQLErrors; keep their message and code, at the wrapper's path.
        if (original instanceof GraphQLError) {
          const code = original.extensions?.code ?? (/limit of \d+ exceeded/i.test(original.message) ? "LIMIT_EXCEEDED" : "BAD_USER_INPUT");
          return new GraphQLError(original.message, {
            nodes: error instanceof GraphQLError ? error.nodes : undefined,
            path: error instanceof GraphQLError ? error.path : undefined,
            extensions: { ...original.extensions, code },
          });
        }
        const state = requests.getStore();
        const errorId = randomUUID();
        state?.errorIds.push(errorId);
        deps.log.error({ requestId: state?.requestId, errorId, err: original ?? error }, "unexpected error (masked)");
        return new GraphQLError(message, {
          nodes: error instanceof GraphQLError ? error.nodes : undefined,
          path: error instanceof GraphQLError ? error.path : undefined,
          extensions: { code: "INTERNAL_SERVER_ERROR", errorId, requestId: state?.requestId },
        });
      },
    },
    plugins: [
      queryLimits(),
      requestLogging(),
      codedRequestErrors(),
      cypherCount(),
      useReadinessCheck({
        endpoint: "/ready",
        check: async () => {
          try {
            await deps.driver.verifyConnectivity({ database: deps.database });
            return true;
          } catch {
            return false;
          }
        },
      }),
    ],
  });
  return yoga;
}

export type App = ReturnType<typeof createApp>;

/** The HTTP listener: gives each request an id (x-request-id) and logs one line when it finishes. */
export function createHttpServer(app: App, log: Logger): Server {
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const requestId = (req.headers["x-request-id"] as string | undefined)?.slice(0, 64) || randomUUID();
    const state: RequestState = { requestId, errorIds: [], errorCodes: [] };
    const started = process.hrtime.bigint();
    res.setHeader("x-request-id", requestId);
    res.on("finish", () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log.info(
        {
          requestId,
          method: req.method,
          path: req.url?.split("?")[0],
          operation: state.operationName,
          status: res.statusCode,
          durationMs: Math.round(ms * 10) / 10,
          // ok; rejected (the client's error: bad input, unknown id, a limit); error (ours, masked; see errorIds)
          outcome:
            state.errorIds.length > 0 || res.statusCode >= 500
              ? "error"
              : state.errorCodes.length > 0 || res.statusCode >= 400
                ? "rejected"
                : "ok",
          ...(state.errorCodes.length > 0 ? { errorCodes: [...new Set(state.errorCodes)] } : {}),
          ...(state.errorIds.length > 0 ? { errorIds: state.errorIds } : {}),
        },
        "request",
      );
    });
    requests.run(state, () => {
      void app(req, res);
    });
  });
}
