import type { Driver } from "neo4j-driver";
import type { Logger } from "pino";
import type { QueryScope } from "./db/query.ts";
import { createLoaders, type Loaders } from "./loaders/index.ts";

/** What every resolver gets: made new for each request, so loaders never leak between requests. */
export interface Context {
  requestId: string;
  log: Logger;
  scope: QueryScope;
  loaders: Loaders;
  /** The admin token the request presented, if any (mutations check it). */
  bearerToken: string | undefined;
}

export interface ContextDeps {
  driver: Driver;
  database: string | undefined;
  txTimeoutMs: number;
  log: Logger;
}

export function createContext(deps: ContextDeps, requestId: string, bearerToken: string | undefined): Context {
  const scope: QueryScope = {
    driver: deps.driver,
    database: deps.database,
    txTimeoutMs: deps.txTimeoutMs,
    stats: { cypherQueries: 0 },
  };
  return { requestId, log: deps.log.child({ requestId }), scope, loaders: createLoaders(scope), bearerToken };
}
