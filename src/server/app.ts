import { randomUUID } from "node:crypto";
import { useGraphQlJit } from "@envelop/graphql-jit";
import { createYoga, useReadinessCheck } from "graphql-yoga";
import type { Driver } from "neo4j-driver";
import type { Logger } from "pino";
import { type ResponseCacheOptions, responseCache } from "../cache/responseCache.ts";
import { type Context, createContext } from "../context.ts";
import { schema } from "../schema/index.ts";
import { cypherCount } from "./debug.ts";
import { codedRequestErrors, maskErrorWith } from "./errorMasking.ts";
import { EXAMPLES } from "./examples.ts";
import { queryLimits } from "./limits.ts";
import { currentRequest, requestLogging } from "./requests.ts";

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
      const state = currentRequest();
      const auth = request.headers.get("authorization");
      return createContext(deps, state?.requestId ?? randomUUID(), auth?.startsWith("Bearer ") ? auth.slice(7) : undefined);
    },
    maskedErrors: { maskError: maskErrorWith(deps.log) },
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
      // Compiled execution (graphql-jit); before the response cache, which wraps whatever executes.
      useGraphQlJit(),
      ...(deps.responseCache ? [responseCache({ driver: deps.driver, database: deps.database, ...deps.responseCache })] : []),
    ],
  });
  return yoga;
}

export type App = ReturnType<typeof createApp>;
