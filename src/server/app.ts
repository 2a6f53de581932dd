import { randomUUID } from "node:crypto";
import { execute } from "graphql";
import { createYoga, type Plugin } from "graphql-yoga";
import type { Driver } from "neo4j-driver";
import type { Logger } from "pino";
import { responseCache } from "../cache/responseCache.ts";
import { type Context, createContext } from "../context.ts";
import { storageGuard } from "../neo4j/storage.ts";
import { metrics } from "../observability/metrics.ts";
import { graphqlSpans } from "../observability/tracing.ts";
import { schema } from "../schema/index.ts";
import { clientFairness } from "./clientFairness.ts";
import { compression } from "./compression.ts";
import { requestDeadline } from "./deadline.ts";
import { cypherCount } from "./debug.ts";
import { codedRequestErrors, maskErrorWith } from "./errorMasking.ts";
import { EXAMPLES } from "./examples.ts";
import { explorerPage } from "./explorer.ts";
import { graphiql } from "./graphiql.ts";
import { csrfPrevention } from "./httpGuards.ts";
import { queryLimits } from "./limits.ts";
import { listLimits } from "./listCost.ts";
import { oneStateOfTheGraph } from "./oneState.ts";
import { validParams } from "./params.ts";
import { readiness } from "./readiness.ts";
import { currentRequest, requestLogging } from "./requests.ts";
import { responseBudget, responseBytesOf, withResponseBudget } from "./responseBudget.ts";
import type { AppSettings } from "./settings.ts";

export { createHttpServer } from "./requests.ts";

/** What the app runs on; how it answers comes from `settings` (the environment, `appSettings`). */
export interface AppDeps {
  driver: Driver;
  database: string | undefined;
  log: Logger;
  settings: AppSettings;
  /** Free bytes on the local Neo4j's disk: mutations are refused below 64 MB (src/neo4j/storage.ts). Absent: not checked. */
  databaseFreeBytes?: (() => Promise<number>) | undefined;
  /** The local Neo4j supervisor's state for /ready (restarting …). */
  databaseState?: (() => string | undefined) | undefined;
  /** Told when Neo4j stopped its database after a failed write (a full disk): the supervisor restarts it once this many bytes are free. */
  databaseFailed?: ((restartWhenFreeBytes: number) => void) | undefined;
}

/**
 * graphql-js's own `execute` (graphql 17) as the engine, in place of yoga's default executor: the
 * reference implementation, which honours the abort signal of the request deadline. It must come
 * first: it replaces the execute function, and every plugin after it wraps this one.
 */
function referenceExecution(): Plugin {
  return {
    onExecute({ setExecuteFn }) {
      setExecuteFn(execute as never);
    },
  };
}

/**
 * Builds the GraphQL app (exported apart from the listener so tests can call `yoga.fetch`).
 * Expected errors carry a code; anything else is masked, logged with an error id the client gets.
 */
export function createApp(deps: AppDeps) {
  const { settings } = deps;
  const yoga = createYoga<Record<string, unknown>, Context>({
    schema: withResponseBudget(schema, settings.maxResponseBytes),
    graphqlEndpoint: "/graphql",
    healthCheckEndpoint: "/health",
    landingPage: false,
    // No CORS headers unless origins are listed: a page on another site cannot read answers or send writes.
    cors: settings.corsOrigins.length
      ? {
          origin: [...settings.corsOrigins],
          methods: ["GET", "POST"],
          credentials: false,
          allowedHeaders: ["content-type", "authorization"],
        }
      : false,
    logging: false,
    // GraphiQL is served by the graphiql() plugin: a small page and its files (graphiql.ts).
    graphiql: false,
    context: ({ request }) => {
      const state = currentRequest();
      const auth = request.headers.get("authorization");
      return createContext(
        { ...deps, txTimeoutMs: settings.txTimeoutMs, adminToken: settings.adminToken, seedDir: settings.seedDir },
        state?.requestId ?? randomUUID(),
        auth?.startsWith("Bearer ") ? auth.slice(7) : undefined,
      );
    },
    maskedErrors: { maskError: maskErrorWith(deps.log) },
    plugins: [
      // First: it replaces the execute function, and every plugin after it wraps this one.
      referenceExecution(),
      // Before anything reads the request's parameters (the cache key, the log line).
      validParams(),
      explorerPage(),
      graphiql(),
      csrfPrevention(),
      ...queryLimits(),
      requestLogging(),
      codedRequestErrors(),
      cypherCount(),
      listLimits(),
      responseBudget(),
      // Inside the deadline: a query that runs twice still answers within one deadline.
      oneStateOfTheGraph(),
      requestDeadline(settings.requestDeadlineMs),
      // Wraps the deadline: a request waiting for its address's turn has not started its deadline yet.
      ...(settings.clientLimit ? [clientFairness(settings.clientLimit)] : []),
      readiness(deps),
      storageGuard(deps.databaseFreeBytes, settings.minFreeBytes, deps.databaseFailed),
      metrics(deps.driver, deps.log, new Set(EXAMPLES.map((e) => e.name))),
      graphqlSpans(),
      ...(settings.responseCache
        ? [responseCache({ driver: deps.driver, database: deps.database, ...settings.responseCache, responseBytes: responseBytesOf })]
        : []),
      compression(), // last: it compresses the response every other plugin has finished
    ],
  });
  return yoga;
}

export type App = ReturnType<typeof createApp>;
