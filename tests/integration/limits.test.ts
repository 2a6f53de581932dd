// The refused documents stay strings on purpose (built to exceed a limit: depth, aliases, cost, directives); the accepted export is a typed document.
import { afterAll, describe, expect, it } from "vitest";
import { QUERY_LIMITS } from "../../src/server/limits.ts";
import { graphql } from "../support/graphql.ts";
import { startTestServer } from "../support/server.ts";

/** Abusive queries are refused with LIMIT_EXCEEDED before execution: no data, no Cypher. */
const server = startTestServer();
afterAll(() => server.close());

async function refused(query: string) {
  const { status, body } = await server.send(query, undefined, { "x-laddergraph-debug": "cypher" });
  expect(status).toBeLessThan(500);
  // Nothing executed: no data at all, and no Cypher round trips counted.
  expect(body.data).toBeUndefined();
  expect(body.extensions?.cypherQueries).toBeUndefined();
  return body.errors?.map((e) => [e.extensions?.code, e.message]);
}

const nest = (levels: number): string => (levels === 0 ? "name" : `promotesTo { to { ${nest(levels - 1)} } }`);

describe("query limits", () => {
  it(`refuses a query deeper than ${QUERY_LIMITS.maxDepth}`, async () => {
    expect(await refused(`{ role(id: "associate-product-manager") { ${nest(6)} } }`)).toEqual([
      ["LIMIT_EXCEEDED", `Query rejected before execution: Query depth limit of ${QUERY_LIMITS.maxDepth} exceeded, found 14.`],
    ]);
  });

  it(`refuses more than ${QUERY_LIMITS.maxAliases} aliases`, async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: sources { id }`).join(" ");
    expect(await refused(`{ ${aliases} }`)).toEqual([
      ["LIMIT_EXCEEDED", `Query rejected before execution: Aliases limit of ${QUERY_LIMITS.maxAliases} exceeded, found 20.`],
    ]);
  });

  it(`refuses a document of more than ${QUERY_LIMITS.maxTokens} tokens`, async () => {
    expect(await refused(`{ sources { ${"id ".repeat(QUERY_LIMITS.maxTokens)} } }`)).toEqual([
      ["LIMIT_EXCEEDED", `Syntax Error: Token limit of ${QUERY_LIMITS.maxTokens} exceeded.`],
    ]);
  });

  it(`refuses a query costing more than ${QUERY_LIMITS.maxCost} (a fragment bomb)`, async () => {
    const spreads = (name: string) => Array.from({ length: 10 }, () => `...${name}`).join(" ");
    const bomb = `
      fragment A on Role { name slug }
      fragment B on Role { ${spreads("A")} }
      fragment C on Role { ${spreads("B")} }
      fragment D on Role { ${spreads("C")} }
      fragment E on Role { ${spreads("D")} }
      fragment F on Role { ${spreads("E")} }
      { role(id: "vp-of-product") { ...F } }`;
    const errors = await refused(bomb);
    expect(errors?.[0]?.[0]).toBe("LIMIT_EXCEEDED");
    expect(errors?.[0]?.[1]).toMatch(
      new RegExp(`^Query rejected before execution: Query Cost limit of ${QUERY_LIMITS.maxCost} exceeded, found \\d+`),
    );
  });

  it("accepts a full export of every role with its definitions, evidence and sources", async () => {
    const { body } = await server.send(
      graphql(
        `{ roles(first: 100) { edges { node { slug definitions { title evidence { quote start end context source { id title } } } responsibilities { text evidence { quote context } } aliases { title } } } } }`,
      ),
    );
    expect(body.errors).toBeUndefined();
    // 16 ladder roles and the 2 outside it (chief executive, chief technology officer)
    expect((body.data as { roles: { edges: unknown[] } }).roles.edges.length).toBe(18);
  });

  it(`refuses more than ${QUERY_LIMITS.maxDirectives} directives`, async () => {
    const both = "@include(if: true) @skip(if: false)";
    const fields = ["id", "title", "author", "publisher", "sha256"].map((f) => `${f} ${both}`).join(" ");
    expect(await refused(`{ sources ${both} { ${fields} } }`)).toEqual([
      ["LIMIT_EXCEEDED", `Query rejected before execution: Directives limit of ${QUERY_LIMITS.maxDirectives} exceeded, found 12.`],
    ]);
  });
});
