import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "../../src/config/env.ts";
import { CLIENT_LIMITS } from "../../src/server/clientFairness.ts";
import { type ListeningServer, startListeningServer } from "../support/listening.ts";

/**
 * Who a client is, for the per-client limit (src/server/clientFairness.ts), on a real socket against
 * `npm start`'s configuration: the connection's address, or behind a proxy named in
 * LADDERGRAPH_TRUSTED_PROXIES the address X-Forwarded-For gives; and LADDERGRAPH_CLIENT_LIMIT=off.
 * Each burst sends more uncached questions at once than one client may have waiting (64), over
 * separate connections from 127.0.0.1 (under the 128 connections one address may hold).
 */
const BURST = 120;
if (BURST <= CLIENT_LIMITS.concurrent + CLIENT_LIMITS.queued)
  throw new Error("BURST must be more than one client may have running and waiting");

interface Tally {
  ok: number;
  limited: number;
  other: string[];
  limitedAnswer?: { retryAfter: string | null; code: unknown; message: unknown };
}

/** BURST different questions at once (a fresh comment each, so none is in the cache); `forwardedFor(i)` as X-Forwarded-For. */
async function burst(server: ListeningServer, label: string, forwardedFor?: (i: number) => string): Promise<Tally> {
  const tally: Tally = { ok: 0, limited: 0, other: [] };
  await Promise.all(
    Array.from({ length: BURST }, async (_, i) => {
      const response = await fetch(`${server.origin}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(forwardedFor ? { "x-forwarded-for": forwardedFor(i) } : {}),
        },
        body: JSON.stringify({
          query: `# ${label} ${i}\n{ roles(first: 50) { edges { node { slug promotesTo { to { slug } support } } } } }`,
        }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
      if (response.status === 200 && body.data && !body.errors) tally.ok++;
      else if (response.status === 429) {
        tally.limited++;
        tally.limitedAnswer ??= {
          retryAfter: response.headers.get("retry-after"),
          code: body.errors?.[0]?.extensions?.code,
          message: body.errors?.[0]?.message,
        };
      } else tally.other.push(`${response.status} ${JSON.stringify(body).slice(0, 200)}`);
    }),
  );
  return tally;
}

describe("the client limit, as npm start serves it (no proxy trusted)", () => {
  let server: ListeningServer;
  beforeAll(async () => {
    server = await startListeningServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it("refuses what one address sends past its queue with 429, Retry-After and RATE_LIMITED, and answers the rest", async () => {
    const tally = await burst(server, "one address");
    expect(tally.other).toEqual([]);
    expect(tally.limited).toBeGreaterThan(0);
    expect(tally.ok).toBeGreaterThanOrEqual(CLIENT_LIMITS.concurrent + CLIENT_LIMITS.queued);
    expect(tally.ok + tally.limited).toBe(BURST);
    expect(tally.limitedAnswer?.retryAfter).toBe(String(CLIENT_LIMITS.retryAfterS));
    expect(tally.limitedAnswer?.code).toBe("RATE_LIMITED");
    expect(tally.limitedAnswer?.message).toMatch(/^too many requests from your address are running or waiting/);
  });

  it("ignores X-Forwarded-For from a connection it does not trust: a client cannot escape its limit by naming other addresses", async () => {
    const tally = await burst(server, "spoofed", (i) => `203.0.113.${i}`);
    expect(tally.other).toEqual([]);
    expect(tally.limited).toBeGreaterThan(0);
  });
});

describe("behind a trusted proxy (LADDERGRAPH_TRUSTED_PROXIES=loopback)", () => {
  let server: ListeningServer;
  beforeAll(async () => {
    server = await startListeningServer({ env: { LADDERGRAPH_TRUSTED_PROXIES: "loopback" } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("limits each client X-Forwarded-For names on its own: BURST clients behind one proxy address, one question each, none refused", async () => {
    const tally = await burst(server, "many behind the proxy", (i) => `198.51.100.${i}`);
    expect(tally).toEqual({ ok: BURST, limited: 0, other: [] });
  });

  it("still limits one client behind the proxy, even when it prepends addresses of its own to the header", async () => {
    // The proxy appends the address it saw; what the client wrote before it is not believed.
    const tally = await burst(server, "one behind the proxy", (i) => `10.9.${i}.1, 198.51.100.7`);
    expect(tally.other).toEqual([]);
    expect(tally.limited).toBeGreaterThan(0);
  });
});

describe("LADDERGRAPH_CLIENT_LIMIT=off", () => {
  let server: ListeningServer;
  beforeAll(async () => {
    server = await startListeningServer({ env: { LADDERGRAPH_CLIENT_LIMIT: "off" } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("answers every question of one address's burst", async () => {
    expect(await burst(server, "limit off")).toEqual({ ok: BURST, limited: 0, other: [] });
  });
});

describe("the settings", () => {
  it("refuses a trusted proxy that is neither an address, a range nor a known name, saying what is accepted", () => {
    expect(() => readEnv({ LADDERGRAPH_TRUSTED_PROXIES: "loopback, proxy.example" })).toThrow(
      /^invalid configuration: LADDERGRAPH_TRUSTED_PROXIES: invalid IP address: proxy\.example \(addresses, CIDR ranges, loopback, linklocal or uniquelocal\)$/,
    );
    expect(readEnv({ LADDERGRAPH_TRUSTED_PROXIES: "loopback, 10.0.0.0/8" }).LADDERGRAPH_TRUSTED_PROXIES).toEqual([
      "loopback",
      "10.0.0.0/8",
    ]);
    expect(() => readEnv({ LADDERGRAPH_CLIENT_LIMIT: "maybe" })).toThrow(/^invalid configuration: LADDERGRAPH_CLIENT_LIMIT: /);
  });
});
