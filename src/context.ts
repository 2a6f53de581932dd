import { timingSafeEqual } from "node:crypto";
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
  /** Whether this request may write (mutations), and if not, why. */
  admin: { granted: boolean; refusal: string };
  /** The seed folder (LADDERGRAPH_SEED_DIR, resolved): its catalogue checks uploaded claims and drafts. */
  seedDir: string;
  /**
   * Fires when the request passes its deadline: set by the deadline plugin (src/server/deadline.ts)
   * as each execution starts; undefined outside one. A write checks it before its commit.
   */
  deadline: AbortSignal | undefined;
}

export interface ContextDeps {
  driver: Driver;
  database: string | undefined;
  txTimeoutMs: number;
  log: Logger;
  /** LADDERGRAPH_ADMIN_TOKEN; without it, every write is refused. */
  adminToken?: string | undefined;
  /** LADDERGRAPH_SEED_DIR, resolved. */
  seedDir: string;
}

/** Compares the presented bearer token with the configured one in constant time. */
function adminAccess(configured: string | undefined, presented: string | undefined): Context["admin"] {
  if (!configured) return { granted: false, refusal: "writes are disabled on this server: start it with LADDERGRAPH_ADMIN_TOKEN set" };
  if (!presented)
    return { granted: false, refusal: "this mutation needs the admin token: send Authorization: Bearer <LADDERGRAPH_ADMIN_TOKEN>" };
  const a = Buffer.from(configured);
  const b = Buffer.from(presented);
  const granted = a.length === b.length && timingSafeEqual(a, b);
  return { granted, refusal: granted ? "" : "the admin token is wrong: send Authorization: Bearer <LADDERGRAPH_ADMIN_TOKEN>" };
}

export function createContext(deps: ContextDeps, requestId: string, bearerToken: string | undefined): Context {
  const scope: QueryScope = {
    driver: deps.driver,
    database: deps.database,
    txTimeoutMs: deps.txTimeoutMs,
    stats: { cypherQueries: 0 },
  };
  return {
    requestId,
    log: deps.log.child({ requestId }),
    scope,
    loaders: createLoaders(scope),
    admin: adminAccess(deps.adminToken, bearerToken),
    seedDir: deps.seedDir,
    deadline: undefined,
  };
}
