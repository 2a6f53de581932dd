import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ListeningServer, startListeningServer } from "../support/listening.ts";

/** The GraphQL-over-HTTP spec's audits, as published in graphql-http, against the server as `npm start` runs it. */
let server: ListeningServer;
let url = "";

beforeAll(async () => {
  server = await startListeningServer();
  url = `${server.origin}/graphql`;
});
afterAll(async () => {
  await server?.close();
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
