import type { AddressInfo } from "node:net";
import { serverAudits } from "graphql-http";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDriver } from "../../src/db/driver.ts";
import { createApp, createHttpServer } from "../../src/server/app.ts";

/** The GraphQL-over-HTTP spec's audits, as published in graphql-http, against the real HTTP server. */
const db = inject("neo4j");
const driver = createDriver({ uri: db.uri, user: db.user, password: db.password });
const server = createHttpServer(
  createApp({ driver, database: undefined, log: pino({ level: "silent" }), txTimeoutMs: 10_000 }),
  pino({ level: "silent" }),
);
let url = "";

beforeAll(async () => {
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await new Promise((ok) => server.close(ok));
  await driver.close();
});

describe("GraphQL over HTTP (graphql-http serverAudits)", () => {
  for (const audit of serverAudits({ url: () => url })) {
    it(audit.name, async () => {
      const result = await audit.fn();
      // Every audit, MUST, SHOULD and MAY: a non-string `query`, a missing or non-JSON body all get 400.
      expect(result.status, "reason" in result ? String(result.reason) : "").toBe("ok");
    });
  }
});
