import { randomUUID } from "node:crypto";
import { createYoga } from "graphql-yoga";
import type { Driver } from "neo4j-driver";
import type { Logger } from "pino";
import { type ResponseCacheOptions, responseCache } from "../cache/responseCache.ts";
import { type Context, createContext } from "../context.ts";
import { storageGuard } from "../neo4j/storage.ts";
import { metrics } from "../observability/metrics.ts";
import { graphqlSpans } from "../observability/tracing.ts";
import { schema } from "../schema/index.ts";
import { compiledExecution } from "./compiledExecution.ts";
import { requestDeadline } from "./deadline.ts";
import { cypherCount } from "./debug.ts";
import { codedRequestErrors, maskErrorWith } from "./errorMasking.ts";
import { explorerPage } from "./explorer.ts";
import { graphiqlOptions, renderOfflineGraphiQL } from "./graphiql.ts";
import { csrfPrevention } from "./httpGuards.ts";
import { queryLimits } from "./limits.ts";
import { listLimits } from "./listCost.ts";
import { readiness } from "./readiness.ts";
import { currentRequest, requestLogging, requireQuery } from "./requests.ts";
import { responseBudget, withResponseBudget } from "./responseBudget.ts";

export { createHttpServer } from "./requests.ts";

export interface AppDeps {
  driver: Driver;
  database: string | undefined;
  log: Logger;
  txTimeoutMs: number;
  /** LADDERGRAPH_ADMIN_TOKEN: mutations are refused without it. */
  adminToken?: string | undefined;
  /** The response cache keyed on the graph's data version; off when absent. */
  responseCache?: Pick<ResponseCacheOptions, "pollMs" | "maxEntries"> | undefined;
  /** LADDERGRAPH_REQUEST_DEADLINE_MS: an operation not done by then answers DEADLINE_EXCEEDED. */
  requestDeadlineMs?: number | undefined;
  /** LADDERGRAPH_MAX_RESPONSE_BYTES: a larger response is refused with LIMIT_EXCEEDED, not built. */
  maxResponseBytes?: number | undefined;
  /** LADDERGRAPH_CORS_ORIGINS: pages on these origins may call the API; none (the default): same origin only. */
  corsOrigins?: readonly string[] | undefined;
  /** Free bytes on the local Neo4j's disk: mutations are refused below 64 MB (src/neo4j/storage.ts). Absent: not checked. */
  databaseFreeBytes?: (() => Promise<number>) | undefined;
  /** The local Neo4j supervisor's state for /ready (restarting …). */
  databaseState?: (() => string | undefined) | undefined;
}

export const DEFAULT_REQUEST_DEADLINE_MS = 15_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 5_000_000;

/**
 * Builds the GraphQL app (exported apart from the listener so tests can call `yoga.fetch`).
 * Expected errors carry a code; anything else is masked, logged with an error id the client gets.
 */
export function createApp(deps: AppDeps) {
  const yoga = createYoga<Record<string, unknown>, Context>({
    schema: withResponseBudget(schema, deps.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES),
    graphqlEndpoint: "/graphql",
    healthCheckEndpoint: "/health",
    landingPage: false,
    // No CORS headers unless origins are listed: a page on another site cannot read answers or send writes.
    cors: deps.corsOrigins?.length
      ? { origin: [...deps.corsOrigins], methods: ["GET", "POST"], credentials: false, allowedHeaders: ["content-type", "authorization"] }
      : false,
    logging: false,
    graphiql: graphiqlOptions(),
    renderGraphiQL: renderOfflineGraphiQL,
    context: ({ request }) => {
      const state = currentRequest();
      const auth = request.headers.get("authorization");
      return createContext(deps, state?.requestId ?? randomUUID(), auth?.startsWith("Bearer ") ? auth.slice(7) : undefined);
    },
    maskedErrors: { maskError: maskErrorWith(deps.log) },
    plugins: [
      // First: it replaces the execute function, and every plugin after it wraps the compiled one.
      compiledExecution(deps.log),
      explorerPage(),
      csrfPrevention(),
      requireQuery(),
      queryLimits(),
      requestLogging(),
      codedRequestErrors(),
      cypherCount(),
      listLimits(),
      responseBudget(),
      requestDeadline(deps.requestDeadlineMs ?? DEFAULT_REQUEST_DEADLINE_MS),
      readiness(deps),
      storageGuard(deps.databaseFreeBytes),
      metrics(deps.driver, deps.log),
      graphqlSpans(),
      ...(deps.responseCache ? [responseCache({ driver: deps.driver, database: deps.database, ...deps.responseCache })] : []),
    ],
  });
  return yoga;
}

export type App = ReturnType<typeof createApp>;
