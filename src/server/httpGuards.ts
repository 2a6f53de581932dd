import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, Server, ServerResponse } from "node:http";

/** What the HTTP listener accepts; the README's reliability section gives the reasons. */
export const HTTP_LIMITS = {
  /** A query document (≤ 2,000 tokens) with its variables fits easily. */
  queryBodyBytes: 64 * 1024,
  /** addSource: an article and its claims, at most 1,000,000 characters each, JSON-encoded. Only with the admin token. */
  adminBodyBytes: 8 * 1024 * 1024,
  /** All request headers must arrive within this. */
  headersTimeoutMs: 10_000,
  /** The whole request (headers and body) must arrive within this: a slow body is cut. */
  requestTimeoutMs: 30_000,
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: 5_000,
  /** Connections open at once; more are refused by the kernel's backlog, not queued in memory. */
  maxConnections: 512,
} as const;

const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/**
 * GraphiQL's policy, which its page and files send instead (graphiql.ts): its editor writes inline
 * styles, its fonts are data: URLs, its editor workers come from this origin. No inline script.
 */
export const GRAPHIQL_CSP = [
  ...POLICY.filter((d) => !/^(style|font)-src /.test(d)),
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "worker-src 'self'",
].join("; ");

/**
 * Headers on every response. The policy is strict: scripts, styles and everything else from this
 * origin only, no inline code, nothing from another host, no framing, no plugins. GraphiQL's page
 * and files replace it with GRAPHIQL_CSP.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": POLICY.join("; "),
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
};

export interface HttpOptions {
  /** LADDERGRAPH_ADMIN_TOKEN: only a request carrying it may send a body as large as addSource needs. */
  adminToken?: string | undefined;
}

/** Applies the timeouts and the connection cap to the listener. */
export function guardServer(server: Server): Server {
  server.headersTimeout = HTTP_LIMITS.headersTimeoutMs;
  server.requestTimeout = HTTP_LIMITS.requestTimeoutMs;
  server.keepAliveTimeout = HTTP_LIMITS.keepAliveTimeoutMs;
  server.maxConnections = HTTP_LIMITS.maxConnections;
  return server;
}

function holdsAdminToken(req: IncomingMessage, token: string | undefined): boolean {
  const auth = req.headers.authorization;
  if (!token || !auth?.startsWith("Bearer ")) return false;
  const a = Buffer.from(token);
  const b = Buffer.from(auth.slice(7));
  return a.length === b.length && timingSafeEqual(a, b);
}

function refuse(res: ServerResponse, status: number, message: string, extensions: Record<string, unknown>): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.setHeader("connection", "close");
  res.end(JSON.stringify({ errors: [{ message, extensions }] }));
}

/**
 * Sets the security headers, and refuses a body before it is read when it is larger than the
 * request may send (or of unknown length). Returns false when the request was answered here.
 */
export function admitRequest(req: IncomingMessage, res: ServerResponse, options: HttpOptions): boolean {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return true;
  const limit = holdsAdminToken(req, options.adminToken) ? HTTP_LIMITS.adminBodyBytes : HTTP_LIMITS.queryBodyBytes;
  const declared = req.headers["content-length"];
  if (declared === undefined) {
    if (req.headers["transfer-encoding"] === undefined) return true; // no body at all
    refuse(res, 411, "send the body with a Content-Length header", { code: "BAD_REQUEST" });
    return false;
  }
  if (Number(declared) > limit) {
    refuse(
      res,
      413,
      `the request body is ${declared} bytes; at most ${limit} are accepted${limit === HTTP_LIMITS.queryBodyBytes ? " (larger bodies only with the admin token, for addSource)" : ""}`,
      { code: "LIMIT_EXCEEDED", limit },
    );
    return false;
  }
  return true;
}
