import { type Env, seedDirOf } from "../config/env.ts";

/**
 * Everything about how the app answers that a user can set (from the environment, `readEnv`).
 * `npm start` and every test build the app from these, so a test runs what a user runs: where a
 * test needs another setting, it sets the environment variable a user would.
 */
export interface AppSettings {
  txTimeoutMs: number;
  /** LADDERGRAPH_ADMIN_TOKEN: mutations are refused without it. */
  adminToken: string | undefined;
  /** The response cache keyed on the graph's data version; off when undefined. */
  responseCache: { pollMs: number; maxEntries: number } | undefined;
  /** LADDERGRAPH_REQUEST_DEADLINE_MS: an operation not done by then answers DEADLINE_EXCEEDED. */
  requestDeadlineMs: number;
  /** LADDERGRAPH_MAX_RESPONSE_BYTES: a larger response is refused with LIMIT_EXCEEDED, not built. */
  maxResponseBytes: number;
  /** LADDERGRAPH_CORS_ORIGINS: pages on these origins may call the API; none (the default): same origin only. */
  corsOrigins: readonly string[];
  /** LADDERGRAPH_MIN_FREE_MB, in bytes: writes are refused while the local Neo4j's disk has less free. */
  minFreeBytes: number;
  /**
   * Per-client fairness (LADDERGRAPH_CLIENT_LIMIT; off: undefined), and the proxies whose
   * X-Forwarded-For names the client (LADDERGRAPH_TRUSTED_PROXIES; none: the connection's address).
   */
  clientLimit: { trustedProxies: readonly string[] } | undefined;
  /** LADDERGRAPH_SEED_DIR, resolved: the catalogue addSource and draftClaims check against. */
  seedDir: string;
}

export function appSettings(env: Env): AppSettings {
  return {
    txTimeoutMs: env.LADDERGRAPH_TX_TIMEOUT_MS,
    adminToken: env.LADDERGRAPH_ADMIN_TOKEN,
    responseCache:
      env.LADDERGRAPH_RESPONSE_CACHE === "on"
        ? { pollMs: env.LADDERGRAPH_CACHE_POLL_MS, maxEntries: env.LADDERGRAPH_CACHE_MAX_ENTRIES }
        : undefined,
    requestDeadlineMs: env.LADDERGRAPH_REQUEST_DEADLINE_MS,
    maxResponseBytes: env.LADDERGRAPH_MAX_RESPONSE_BYTES,
    corsOrigins: env.LADDERGRAPH_CORS_ORIGINS,
    minFreeBytes: Math.round(env.LADDERGRAPH_MIN_FREE_MB * 1024 * 1024),
    clientLimit: env.LADDERGRAPH_CLIENT_LIMIT === "on" ? { trustedProxies: env.LADDERGRAPH_TRUSTED_PROXIES } : undefined,
    seedDir: seedDirOf(env),
  };
}
