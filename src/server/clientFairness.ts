import type { IncomingMessage } from "node:http";
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import pLimit, { type LimitFunction } from "p-limit";
import proxyaddr from "proxy-addr";

/**
 * Per client address: how many operations may execute at once (answers from the response cache
 * never execute, so they do not count), how many more may wait for a turn, and how long one waits.
 */
export const CLIENT_LIMITS = {
  /** Executing at once, per address. A client that sends one request at a time (a script, a test) never waits. */
  concurrent: 1,
  /** Waiting for a turn, per address, beyond which a request is refused at once. */
  queued: 64,
  /** A request that waited this long for a turn is refused instead of run. */
  maxWaitMs: 10_000,
  /**
   * Execution time per address, as a token bucket in milliseconds: this much at once, refilled at
   * `shareOfTime` ms per ms. An address that used it up waits before its next execution, so one
   * client cannot keep the server executing for it more than a quarter of the time.
   */
  burstMs: 2_000,
  shareOfTime: 0.25,
  /** What a refused client is told to wait before it asks again (Retry-After). */
  retryAfterS: 1,
} as const;

/**
 * No execution holds the event loop longer than this at a time: a field resolved past it waits for
 * the next turn of the loop (`endOfSlice`), so answers from the cache, /health and other clients'
 * requests are served between the slices of a long execution. At most 1,000 / SLICE_MS such turns
 * a second, for all requests together.
 */
export const SLICE_MS = 5;
let sliceStarted = 0;

/**
 * Undefined while the current slice of the event loop lasts; once it is used up, a promise that
 * resolves on the next turn of the loop (after the I/O waiting meanwhile), which starts a new slice.
 * Called by every field before it resolves (`withResponseBudget`).
 */
export function endOfSlice(): Promise<void> | undefined {
  if (performance.now() - sliceStarted < SLICE_MS) return undefined;
  return new Promise((resume) =>
    setImmediate(() => {
      sliceStarted = performance.now();
      resume();
    }),
  );
}

interface Entry {
  limit: LimitFunction;
  users: number;
  tokensMs: number;
  at: number;
}

function throttled(reason: string): GraphQLError {
  return new GraphQLError(
    `too many requests from your address are running or waiting (${reason}); answers from the cache are not limited, only questions that must be worked out: wait ${CLIENT_LIMITS.retryAfterS} s (Retry-After) and send this one again, or send fewer at once (at most ${CLIENT_LIMITS.concurrent} at a time per address; nothing was executed)`,
    {
      extensions: {
        code: "RATE_LIMITED",
        limit: CLIENT_LIMITS.concurrent,
        http: { status: 429, headers: { "retry-after": String(CLIENT_LIMITS.retryAfterS) } },
      },
    },
  );
}

/**
 * The client's address: the connection's, or behind a trusted proxy the last address in
 * X-Forwarded-For that no trusted proxy added (proxy-addr, as Express reads it: a client cannot
 * name itself past the proxies); undefined for a request that came on no connection (`yoga.fetch`
 * in-process: the warm-up, tests).
 */
function clientAddress(trust: ReturnType<typeof proxyaddr.compile>) {
  return (context: unknown): string | undefined => {
    const req = (context as { req?: IncomingMessage }).req;
    if (req?.socket?.remoteAddress === undefined) return undefined;
    return proxyaddr(req, trust);
  };
}

/** Whether the request carries the valid admin token (src/context.ts). */
function isAdmin(context: unknown): boolean {
  return (context as { admin?: { granted?: boolean } }).admin?.granted === true;
}

/**
 * Fairness between clients for the work the response cache cannot spare (answers from the cache
 * never execute, so they are never limited). Per client address: at most `concurrent` operations
 * execute at once (p-limit, one limiter per address), the rest wait their turn in order; and its
 * execution time is a token bucket (`burstMs`, refilled at `shareOfTime`), so an address that
 * keeps the server executing for it more than a quarter of the time waits before its next
 * execution. Past `queued` waiting, or when the wait would pass `maxWaitMs`, a request is refused
 * with HTTP 429, `Retry-After` and `RATE_LIMITED`, unexecuted. Requests that came on no connection
 * (`yoga.fetch` in-process) and requests with the valid admin token are not limited.
 *
 * It wraps execution (`setExecuteFn`), so it must come after the plugins whose execution it
 * should hold back: a refused request has not started its deadline or read the graph.
 */
export function clientFairness(
  { trustedProxies }: { trustedProxies: readonly string[] },
  limits: typeof CLIENT_LIMITS = CLIENT_LIMITS,
): Plugin {
  const addressOf = clientAddress(proxyaddr.compile([...trustedProxies]));
  const byAddress = new Map<string, Entry>();
  /** The bucket refilled up to now: what the address may use before it must wait. */
  const refill = (entry: Entry, now: number) => {
    entry.tokensMs = Math.min(limits.burstMs, entry.tokensMs + (now - entry.at) * limits.shareOfTime);
    entry.at = now;
  };
  return {
    onExecute({ setExecuteFn, executeFn }) {
      setExecuteFn(async (args) => {
        const address = addressOf(args.contextValue);
        // The operator's requests (a valid admin token) are not held behind the readers of its address.
        if (address === undefined || isAdmin(args.contextValue)) return executeFn(args);
        let entry = byAddress.get(address);
        if (!entry) {
          // Addresses in debt that never came back: forgotten in bulk past 10,000 (their debt with them).
          if (byAddress.size >= 10_000) for (const [key, idle] of byAddress) if (idle.users === 0) byAddress.delete(key);
          entry = { limit: pLimit(limits.concurrent), users: 0, tokensMs: limits.burstMs, at: performance.now() };
          byAddress.set(address, entry);
        }
        if (entry.limit.pendingCount >= limits.queued) return { data: null, errors: [throttled(`${limits.queued} already wait`)] };
        const queuedAt = performance.now();
        const own = entry;
        own.users++;
        try {
          return await own.limit(async () => {
            refill(own, performance.now());
            // In debt: wait until the bucket is back to zero (a quarter of the time over-used, times four).
            const owedMs = own.tokensMs < 0 ? -own.tokensMs / limits.shareOfTime : 0;
            if (performance.now() + owedMs - queuedAt > limits.maxWaitMs) {
              return { data: null, errors: [throttled(`this one would wait over ${limits.maxWaitMs / 1000} s for its turn`)] };
            }
            if (owedMs > 0) await new Promise((r) => setTimeout(r, owedMs));
            const started = performance.now();
            try {
              return await executeFn(args);
            } finally {
              refill(own, performance.now());
              own.tokensMs -= performance.now() - started;
            }
          });
        } finally {
          // Forgotten once idle with a full bucket (an address in debt is remembered until it has paid).
          if (--own.users === 0 && byAddress.get(address) === own) {
            refill(own, performance.now());
            if (own.tokensMs >= limits.burstMs) byAddress.delete(address);
          }
        }
      });
    },
  };
}
