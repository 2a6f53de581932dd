import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { GraphQLError } from "graphql";
import { createGraphQLError, type Plugin } from "graphql-yoga";

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
  /** Connections open at once; more are closed as they arrive, not queued in memory. */
  maxConnections: 512,
  /** Connections open at once from one client address: one client cannot take every slot. */
  maxConnectionsPerAddress: 128,
  /** A connection that has sent no byte by then is closed (an idle socket holds a slot for nothing). */
  firstByteTimeoutMs: 3_000,
  /** How often Node checks the header and request timeouts (its default, 30 s, let a slow body live 30 s longer). */
  timeoutCheckIntervalMs: 1_000,
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
  /**
   * LADDERGRAPH_ALLOWED_HOSTS: Host header values (`name` for any port, `name:port` for one) accepted
   * besides the loopback names. Checked when the listener is bound to loopback, or whenever the list is not empty.
   */
  allowedHosts?: readonly string[] | undefined;
}

/**
 * Applies the timeouts and the connection caps to the listener: at most 512 connections, at most
 * 128 from one address (more are closed as they arrive), and a connection that sends nothing for
 * 3 s is closed.
 */
export function guardServer(server: Server): Server {
  server.headersTimeout = HTTP_LIMITS.headersTimeoutMs;
  server.requestTimeout = HTTP_LIMITS.requestTimeoutMs;
  server.keepAliveTimeout = HTTP_LIMITS.keepAliveTimeoutMs;
  server.maxConnections = HTTP_LIMITS.maxConnections;
  const perAddress = new Map<string, number>();
  server.on("connection", (socket: Socket) => {
    const address = socket.remoteAddress ?? "";
    const open = perAddress.get(address) ?? 0;
    if (open >= HTTP_LIMITS.maxConnectionsPerAddress) {
      socket.destroy();
      return;
    }
    perAddress.set(address, open + 1);
    socket.once("close", () => {
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left > 0) perAddress.set(address, left);
      else perAddress.delete(address);
    });
    // Node's own header timeout counts from the first byte; a socket that never sends one is ours to close.
    const silent = setTimeout(() => {
      if (socket.bytesRead === 0) socket.destroy();
    }, HTTP_LIMITS.firstByteTimeoutMs);
    silent.unref();
    socket.once("close", () => clearTimeout(silent));
  });
  return server;
}

/** 127.0.0.0/8, ::1 and their IPv4-mapped forms. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith("::ffff:") ? address.slice(7) : address;
  return v4.startsWith("127.") || address === "::1";
}

/** The Host header's name and port (`[::1]:4000` → `[::1]`, `4000`), lower-cased. */
function splitHost(host: string): { name: string; port: string | undefined } {
  const m = host.toLowerCase().match(/^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/);
  return { name: m?.[1] ?? host.toLowerCase(), port: m?.[2] };
}

/**
 * Whether the Host header names this server. Bound to loopback (the listener's address, not the
 * client's: a proxy on the same machine in front of a public listener is not loopback), it answers only to
 * localhost, 127.0.0.1 and [::1] with its port, and the names in `allowed`: a page on another
 * name that resolves to 127.0.0.1 (DNS rebinding) is refused. Bound elsewhere, only when `allowed` lists names.
 */
export function hostAllowed(host: string | undefined, bound: AddressInfo | undefined, allowed: readonly string[] = []): boolean {
  const loopback = isLoopback(bound?.address);
  if (!loopback && allowed.length === 0) return true;
  if (!host) return false;
  const given = splitHost(host);
  const port = given.port ?? "80";
  if (loopback && ["localhost", "127.0.0.1", "[::1]"].includes(given.name) && port === String(bound?.port)) return true;
  return allowed.some((entry) => {
    const want = splitHost(entry.trim());
    return want.name === given.name && (want.port === undefined || want.port === port);
  });
}

function holdsAdminToken(req: IncomingMessage, token: string | undefined): boolean {
  const auth = req.headers.authorization;
  if (!token || !auth?.startsWith("Bearer ")) return false;
  const a = Buffer.from(token);
  const b = Buffer.from(auth.slice(7));
  return a.length === b.length && timingSafeEqual(a, b);
}

export function refuse(res: ServerResponse, status: number, message: string, extensions: Record<string, unknown>): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.setHeader("connection", "close");
  res.end(JSON.stringify({ errors: [{ message, extensions }] }));
}

/**
 * Sets the security headers; refuses a Host this server does not answer to (403), a body on a
 * GET, HEAD or OPTIONS (400), and a body larger than the request may send, or of unknown length,
 * before it is read. Returns false when the request was answered here.
 */
export function admitRequest(req: IncomingMessage, res: ServerResponse, options: HttpOptions, bound?: AddressInfo): boolean {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  if (!hostAllowed(req.headers.host, bound, options.allowedHosts)) {
    refuse(res, 403, "this server does not answer to that Host name (see LADDERGRAPH_ALLOWED_HOSTS)", { code: "FORBIDDEN" });
    return false;
  }
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") {
    const length = req.headers["content-length"];
    if ((length !== undefined && length !== "0") || req.headers["transfer-encoding"] !== undefined) {
      refuse(res, 400, `a ${req.method} request carries no body`, { code: "BAD_REQUEST" });
      return false;
    }
    return true;
  }
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

/** The header a client sends to show it is not a cross-site form, link or image (yoga's default name). */
export const CSRF_HEADER = "x-graphql-yoga-csrf";

/**
 * Cross-site request forgery: a page on another site can make a browser send "simple" requests —
 * a form POST (`application/x-www-form-urlencoded`, `multipart/form-data`, `text/plain`), a link
 * or an image GET — without asking this server first (no CORS preflight). yoga's CSRF prevention
 * plugin refuses such a request (403) unless it carries the `x-graphql-yoga-csrf` header, which
 * no page on another site can add without a preflight this server does not grant. JSON POSTs
 * (GraphiQL, the explorer page, every client library) are not simple and pass as they are.
 *
 * Configured, not replaced: a GET the browser itself marks as same-origin or typed by the user
 * (`Sec-Fetch-Site: same-origin | none`), or sent by a client that is not a browser (no
 * `Sec-Fetch-Site`: curl, scripts, monitoring), is let through as before: it runs a query, never a
 * mutation (yoga refuses mutations over GET), and only the sender can read the answer.
 */
export function csrfPrevention(): Plugin {
  const yogaPlugin = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  return {
    onRequestParse(payload) {
      const site = payload.request.headers.get("sec-fetch-site");
      if (payload.request.method === "GET" && (site === null || site === "same-origin" || site === "none")) return;
      try {
        return yogaPlugin.onRequestParse?.(payload);
      } catch (error) {
        // The plugin's refusal (403) has no code; every error this server gives has one.
        if (error instanceof GraphQLError)
          throw createGraphQLError(error.message, { extensions: { ...error.extensions, code: "FORBIDDEN" } });
        throw error;
      }
    },
  };
}
