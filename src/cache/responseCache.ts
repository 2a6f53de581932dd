import { createHmac, randomBytes } from "node:crypto";
import fresh from "fresh";
import { type ExecutionResult, getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import { LRUCache } from "lru-cache";
import { DataVersionWatch } from "./dataVersion.ts";

export interface ResponseCacheOptions {
  driver: import("neo4j-driver").Driver;
  database: string | undefined;
  /** How often every instance reads the data version (the staleness bound is twice this). */
  pollMs: number;
  /** How many answers one process keeps (least recently used go first). */
  maxEntries: number;
  /** The bytes an executed answer counted, by its context (the app passes the response budget's count, src/server/responseBudget.ts). */
  responseBytes: (context: object) => number;
}

/** The header of the debug plugin: such requests report their Cypher round trips, so they always run. */
const DEBUG_HEADER = "x-laddergraph-debug";

/** An answer larger than this (its counted bytes) is not kept: keeping it would cost more than it saves. */
export const MAX_CACHED_ANSWER_BYTES = 256 * 1024;
/** All answers kept by one process, together. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

interface Entry {
  result: ExecutionResult;
  bytes: number;
}

/** The request's parameters, already checked by `validParams` (strings, objects or absent). */
interface Params {
  query?: string | undefined;
  operationName?: string | null | undefined;
  variables?: Record<string, unknown> | null | undefined;
}

/**
 * The key of an answer, which is also its ETag: the data version, then an HMAC (with a secret of
 * this process) of the document, the operation name and the variables. A client cannot compute the
 * ETag of a query it has not been answered, so it cannot probe whether someone else asked it; a
 * new version makes every older key unreachable.
 */
function answerKey(secret: Buffer, version: string, params: Params): string {
  const mac = createHmac("sha256", secret)
    .update(params.query ?? "")
    .update("\0")
    .update(params.operationName ?? "")
    .update("\0")
    .update(JSON.stringify(params.variables ?? {}))
    .digest("base64url");
  return `"${version}.${mac}"`;
}

/**
 * The answers of one data version, least recently used first out, bounded in count and bytes.
 * Only a new version retires entries: a version that merely lapsed (Neo4j slow to answer the poll)
 * serves nothing while it is unconfirmed, and its entries serve again once it is confirmed.
 */
export class VersionedAnswers {
  private version: string | null = null;
  private readonly entries: LRUCache<string, Entry>;

  constructor(maxEntries: number) {
    this.entries = new LRUCache<string, Entry>({ max: maxEntries, maxSize: MAX_CACHE_BYTES, sizeCalculation: (e) => Math.max(1, e.bytes) });
  }

  /** Makes `version` the one entries belong to (forgetting the entries of the one before). */
  align(version: string): void {
    if (version === this.version) return;
    this.version = version;
    this.entries.clear();
  }

  get(key: string): Entry | undefined {
    return this.entries.get(key);
  }

  set(key: string, entry: Entry): void {
    if (this.version !== null && key.startsWith(`"${this.version}.`)) this.entries.set(key, entry);
  }
}

const keys = new WeakMap<Request, string>();

/**
 * A response cache that is never stale by more than the documented bound: answers are keyed on the
 * graph's data version, which every write transaction changes (`DataVersionWatch`). Queries only
 * (a mutation is never answered from the cache, and makes this process forget the version until it
 * reads it again); requests with the debug header always run; answers with errors or over
 * MAX_CACHED_ANSWER_BYTES are not kept. GET answers carry the key as their ETag and
 * `Cache-Control: no-cache`; a GET whose `If-None-Match` matches the ETag this very request's
 * answer carries gets `304 Not Modified` (RFC 9110 §13.1.2). POST answers carry no ETag (the
 * representation a POST selects is not addressable), so a POST always gets its answer.
 *
 * It runs after `validParams`: the key is computed from checked parameters only.
 */
export function responseCache(options: ResponseCacheOptions): Plugin {
  const watch = new DataVersionWatch(options);
  watch.start();
  const answers = new VersionedAnswers(options.maxEntries);
  const secret = randomBytes(32);
  return {
    onParams({ params, request, setResult }) {
      const version = watch.current();
      if (version === null || request.headers.has(DEBUG_HEADER)) return;
      answers.align(version);
      const key = answerKey(secret, version, params as Params);
      keys.set(request, key);
      const hit = answers.get(key);
      if (hit) setResult(hit.result);
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const operation = getOperationAST(args.document, args.operationName ?? undefined)?.operation;
      if (operation === "mutation") {
        if (request) keys.delete(request);
        watch.wrote();
        return { onExecuteDone: () => watch.wrote() };
      }
      const key = request ? keys.get(request) : undefined;
      if (!key || !request) return;
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result || result.errors?.length) {
            keys.delete(request);
            return;
          }
          const bytes = options.responseBytes(args.contextValue as object);
          if (bytes > MAX_CACHED_ANSWER_BYTES) return;
          answers.set(key, { result, bytes });
        },
      };
    },
    onExecutionResult({ result, request }) {
      // An answer with errors (a limit, an unknown id) is not the cached representation: no ETag.
      const single = Array.isArray(result) ? undefined : (result as ExecutionResult);
      if (!single || single.errors?.length) keys.delete(request);
    },
    onResponse({ request, response, setResponse, fetchAPI }) {
      const key = keys.get(request);
      if (!key || (request.method !== "GET" && request.method !== "HEAD") || response.status !== 200) return;
      response.headers.set("etag", key);
      response.headers.set("cache-control", "no-cache");
      const conditional = request.headers.get("if-none-match");
      if (conditional && fresh({ "if-none-match": conditional }, { etag: key })) {
        const headers = new fetchAPI.Headers(response.headers);
        headers.delete("content-type");
        headers.delete("content-length");
        setResponse(new fetchAPI.Response(null, { status: 304, headers }));
      }
    },
    onDispose() {
      watch.stop();
    },
  };
}
