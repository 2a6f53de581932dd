import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Plugin } from "graphql-yoga";
import type { Logger } from "pino";
import { admitRequest, guardServer, HTTP_LIMITS, type HttpOptions, refuse } from "./httpGuards.ts";

/** What one HTTP request accumulates for its log line, reachable anywhere in its async call tree. */
export interface RequestState {
  requestId: string;
  operationName?: string | undefined;
  /** Ids of masked (unexpected) errors: the client got the same ids. */
  errorIds: string[];
  /** Codes of the errors in the response (BAD_USER_INPUT, NOT_FOUND, …). */
  errorCodes: string[];
}

const requests = new AsyncLocalStorage<RequestState>();

export function currentRequest(): RequestState | undefined {
  return requests.getStore();
}

/** Log fields that come from the client are cut to this many characters. */
export const LOG_FIELD_MAX = 100;

/** A client-supplied value, fit for a log line: a string of at most LOG_FIELD_MAX characters, or undefined. */
function loggable(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length === 0) return undefined;
  return value.length > LOG_FIELD_MAX ? `${value.slice(0, LOG_FIELD_MAX)}…` : value;
}

/** Codes that are the server's (or its database's) fault, not the client's: logged as errors. */
const SERVER_FAULTS = new Set(["DATABASE_UNAVAILABLE", "DEADLINE_EXCEEDED", "INTERNAL_SERVER_ERROR"]);

/**
 * Notes the operation name and the error codes for the request's log line. Params are whatever
 * the client sent (`{"query": 1}`, `[]`, `{}` …): nothing here may assume their types.
 */
export function requestLogging(): Plugin {
  return {
    onParams({ params }) {
      const state = currentRequest();
      if (!state) return;
      const query = typeof params.query === "string" ? params.query.slice(0, 10_000) : undefined;
      state.operationName = loggable(params.operationName) ?? loggable(query?.match(/^\s*(?:query|mutation)\s+(\w+)/m)?.[1]);
    },
    onResultProcess({ result }) {
      const state = currentRequest();
      const results = Array.isArray(result) ? result : [result];
      for (const r of results) {
        const errors = (r as { errors?: readonly { extensions?: { code?: unknown } }[] }).errors ?? [];
        for (const e of errors) state?.errorCodes.push(String(e.extensions?.code ?? "GRAPHQL_ERROR"));
      }
    },
  };
}

/** A client's x-request-id is kept when it is a plain token; anything else gets a fresh id. */
function requestIdOf(req: IncomingMessage): string {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && /^[A-Za-z0-9._-]{1,64}$/.test(given) ? given : randomUUID();
}

/** What a listener being shut down knows: whether it is draining, and the responses not yet sent. */
interface Listener {
  draining: boolean;
  inFlight: Set<ServerResponse>;
}

const listeners = new WeakMap<Server, Listener>();

/** The answer to a request the server will not run because it is shutting down. */
function shuttingDown(res: ServerResponse): void {
  res.setHeader("retry-after", "10");
  refuse(res, 503, "the server is shutting down; retry in a few seconds", { code: "SERVICE_UNAVAILABLE" });
}

/**
 * Shuts the listener down with an answer for every request: from now on each new request gets
 * 503 (the port stays open meanwhile, so clients hear why); requests in flight get `graceMs` to
 * finish, then whoever has not had an answer gets 503 too (a response already being streamed is
 * cut). Then the listener and every connection are closed. Resolves within `graceMs` (and a tick).
 */
export async function drainHttpServer(server: Server, graceMs: number): Promise<void> {
  const state = listeners.get(server);
  if (state) {
    state.draining = true;
    const deadline = Date.now() + graceMs;
    while (state.inFlight.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    for (const res of state.inFlight) {
      if (!res.headersSent) shuttingDown(res);
      else res.destroy();
    }
  }
  const closed = new Promise<void>((done) => server.close(() => done()));
  server.closeAllConnections();
  await closed;
}

/**
 * The HTTP listener: gives each request an id (x-request-id), applies the timeouts, connection caps,
 * Host check, body limits and security headers (httpGuards.ts), and logs one line when a request
 * finishes. A fault on the listener itself (say, no file descriptors left to accept with) is
 * logged, never fatal.
 */
export function createHttpServer(
  app: (req: IncomingMessage, res: ServerResponse) => unknown,
  log: Logger,
  options: HttpOptions = {},
): Server {
  const state: Listener = { draining: false, inFlight: new Set() };
  const server = createServer(
    { connectionsCheckingInterval: HTTP_LIMITS.timeoutCheckIntervalMs },
    (req: IncomingMessage, res: ServerResponse) => {
      const requestId = requestIdOf(req);
      const request: RequestState = { requestId, errorIds: [], errorCodes: [] };
      const started = process.hrtime.bigint();
      res.setHeader("x-request-id", requestId);
      res.on("finish", () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        log.info(
          {
            requestId,
            method: req.method,
            path: loggable(req.url?.split("?")[0]),
            operation: request.operationName,
            status: res.statusCode,
            durationMs: Math.round(ms * 10) / 10,
            // ok; rejected (the client's error: bad input, unknown id, a limit); error (ours, masked; see errorIds)
            outcome:
              request.errorIds.length > 0 || res.statusCode >= 500 || request.errorCodes.some((c) => SERVER_FAULTS.has(c))
                ? "error"
                : request.errorCodes.length > 0 || res.statusCode >= 400
                  ? "rejected"
                  : "ok",
            ...(request.errorCodes.length > 0 ? { errorCodes: [...new Set(request.errorCodes)] } : {}),
            ...(request.errorIds.length > 0 ? { errorIds: request.errorIds } : {}),
          },
          "request",
        );
      });
      if (state.draining) return shuttingDown(res);
      if (!admitRequest(req, res, options, server.address() as AddressInfo)) return;
      state.inFlight.add(res);
      res.once("close", () => state.inFlight.delete(res));
      // A response cut by shutdown or by the client must not become an unhandled error.
      res.on("error", () => undefined);
      requests.run(request, () => {
        Promise.resolve()
          .then(() => app(req, res))
          .catch((error: unknown) => log.error({ requestId, err: error }, "the request handler failed"));
      });
    },
  );
  listeners.set(server, state);
  server.on("error", (error) => {
    if (server.listening) log.error({ err: error }, "the HTTP listener reported an error; it keeps listening");
  });
  return guardServer(server);
}
