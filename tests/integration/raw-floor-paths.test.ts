import { afterAll, describe, expect, it } from "vitest";
import { OPERATIONS } from "../../bench/operations.ts";
import { pathsJson } from "../../bench/targets/paths.ts";
import { LIMITS } from "../../src/config/limits.ts";
import { promotionPaths } from "../../src/db/repositories/paths.ts";
import { startTestServer, testDriver } from "../support/server.ts";

/**
 * The bench's raw floor answers promotionPaths with laddergraph's own statement and domain rules
 * (bench/targets/paths.ts, no fork): its JSON is laddergraph's answer, byte for byte, on the seed
 * graph — for the bench's pair and for pairs whose ends other titles join (SAME_AS).
 */
const server = startTestServer();
const driver = testDriver();
afterAll(async () => {
  await server.close();
  await driver.close();
});

const operation = OPERATIONS.find((o) => o.name === "promotionPaths");
if (!operation) throw new Error("the bench has no promotionPaths operation");

const raw = async (variables: { from: string; to: string; maxSteps: number; first: number }) => {
  const scope = { driver, database: undefined, txTimeoutMs: 60_000, stats: { cypherQueries: 0 } };
  const found = await promotionPaths(scope, variables.from, variables.to, {
    sources: null,
    minSupport: 1,
    track: null,
    maxSteps: variables.maxSteps,
    first: variables.first,
    explore: LIMITS.pathsExplored,
  });
  return { promotionPaths: pathsJson(variables.from, variables.to, 1, found) };
};

describe("the raw floor's promotion paths are laddergraph's", () => {
  const pairs = [
    operation.laddergraph.variables as { from: string; to: string; maxSteps: number; first: number },
    { from: "senior-product-manager", to: "chief-product-officer", maxSteps: 6, first: 20 },
    { from: "junior-product-manager", to: "product-manager", maxSteps: 3, first: 20 },
    { from: "product-manager", to: "director-of-product", maxSteps: 4, first: 5 },
  ];
  for (const variables of pairs) {
    it(`${variables.from} → ${variables.to} (maxSteps ${variables.maxSteps}, first ${variables.first})`, async () => {
      const expected = await server.query<{ promotionPaths: unknown[] }>(operation.laddergraph.query, variables);
      expect(expected.promotionPaths.length).toBeGreaterThan(0);
      expect(JSON.stringify(await raw(variables))).toBe(JSON.stringify(expected));
    });
  }
});
