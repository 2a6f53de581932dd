import { createHash } from "node:crypto";
import { type Cache, createInMemoryCache, useResponseCache } from "@graphql-yoga/plugin-response-cache";
import { getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Driver } from "neo4j-driver";
import { DataVersionWatch } from "./dataVersion.ts";

export interface ResponseCacheOptions {
  driver: Driver;
  database: string | undefined;
  /** How often every instance reads the data version (the staleness bound is twice this). */
  pollMs: number;
  /** How many answers one process keeps (least recently used go first). */
  maxEntries: number;
}

/** The header of the debug plugin: such requests report their Cypher round trips, so they always run. */
const DEBUG_HEADER = "x-laddergraph-debug";

/**
 * The cache key of an answer, which is also its ETag (hence the quotes): the data version, then a
 * hash of the document, the operation name and the variables. A new version makes every older key
 * unreachable.
 */
function cacheKey(version: string | null, document: string, operationName: string | undefined, variables: unknown): string {
  const hash = createHash("sha256")
    .update(document)
    .update("\0")
    .update(operationName ?? "")
    .update("\0")
    .update(JSON.stringify(variables ?? {}))
    .digest("base64url");
  return `"${version ?? "none"}.${hash}"`;
}

/**
 * An in-memory LRU that only answers for keys of the current data version (so neither a lookup nor
 * an If-None-Match can reach an answer of an older version), emptied when the version moves.
 */
function versionedCache(watch: DataVersionWatch, maxEntries: number): Cache {
  let version: string | null = null;
  let entries = createInMemoryCache({ max: maxEntries });
  const ofCurrentVersion = (key: string): boolean => {
    const current = watch.current();
    if (current !== version) {
      version = current;
      entries = createInMemoryCache({ max: maxEntries });
    }
    return current !== null && key.startsWith(`"${current}.`);
  };
  return {
    get: (key) => (ofCurrentVersion(key) ? entries.get(key) : undefined),
    set: (key, result, entities, ttl) => (ofCurrentVersion(key) ? entries.set(key, result, entities, ttl) : undefined),
    invalidate: (entities) => entities && undefined,
  };
}

/**
 * A response cache that is never stale by more than the documented bound: answers are keyed on the
 * graph's data version, which every write transaction changes (`DataVersionWatch`). Queries only
 * (mutations are never cached, and a mutation makes this process forget the version until it reads
 * it again); requests with the debug header always run. Cached answers carry an ETag; GET answers
 * also `Cache-Control: no-cache` (clients revalidate every time, and `If-None-Match` gets a 304).
 */
export function responseCache(options: ResponseCacheOptions): Plugin {
  const watch = new DataVersionWatch(options);
  watch.start();
  const cache = versionedCache(watch, options.maxEntries);
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(
        useResponseCache({
          session: () => null,
          cache,
          enabled: (request) => watch.current() !== null && !request.headers.has(DEBUG_HEADER),
          buildResponseCacheKey: ({ documentString, operationName, variableValues }) =>
            cacheKey(watch.current(), documentString, operationName ?? undefined, variableValues),
        }),
      );
    },
    onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName ?? undefined)?.operation !== "mutation") return;
      watch.wrote();
      return { onExecuteDone: () => watch.wrote() };
    },
    onResponse({ request, response }) {
      if (request.method === "GET" && response.headers.has("etag")) response.headers.set("cache-control", "no-cache");
    },
  };
}
