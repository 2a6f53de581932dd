import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Plugin } from "graphql-yoga";
import type { Logger } from "pino";
import { admitRequest, guardServer, type HttpOptions } from "./httpGuards.ts";

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

/**
 * The HTTP listener: gives each request an id (x-request-id), applies the timeouts, connection cap,
 * body limits and security headers (httpGuards.ts), and logs one line when a request finishes.
 */
export function createHttpServer(
  app: (req: IncomingMessage, res: ServerResponse) => unknown,
  log: Logger,
  options: HttpOptions = {},
): Server {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const requestId = requestIdOf(req);
    const state: RequestState = { requestId, errorIds: [], errorCodes: [] };
    const started = process.hrtime.bigint();
    res.setHeader("x-request-id", requestId);
    res.on("finish", () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log.info(
        {
          requestId,
          method: req.method,
          path: loggable(req.url?.split("?")[0]),
          operation: state.operationName,
          status: res.statusCode,
          durationMs: Math.round(ms * 10) / 10,
          // ok; rejected (the client's error: bad input, unknown id, a limit); error (ours, masked; see errorIds)
          outcome:
            state.errorIds.length > 0 || res.statusCode >= 500 || state.errorCodes.some((c) => SERVER_FAULTS.has(c))
              ? "error"
              : state.errorCodes.length > 0 || res.statusCode >= 400
                ? "rejected"
                : "ok",
          ...(state.errorCodes.length > 0 ? { errorCodes: [...new Set(state.errorCodes)] } : {}),
          ...(state.errorIds.length > 0 ? { errorIds: state.errorIds } : {}),
        },
        "request",
      );
    });
    if (!admitRequest(req, res, options)) return;
    requests.run(state, () => {
      void app(req, res);
    });
  });
  return guardServer(server);
}
