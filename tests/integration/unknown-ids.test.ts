import { readdirSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { startTestServer } from "../support/server.ts";

/**
 * One rule for an unknown source id, at every depth: NOT_FOUND naming the id and the argument, with
 * the ids it probably meant (extensions.suggestions), whether the argument sits on a root field or
 * on a nested one (a nested filter used to answer [] for a mistyped id).
 */
const server = startTestServer();
afterAll(() => server.close());

/** The seed articles' ids, read off the seed folder: what every source argument takes. */
const IDS = readdirSync("seed/sources")
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -".txt".length))
  .sort();
const [first] = IDS as [string];
/** The one seed id starting 001 (a unique prefix suggests its source). */
const id001 = IDS.filter((id) => id.startsWith("001_"));

const refusal = async (query: string) => {
  const { body } = await server.send(query);
  expect(body.errors, JSON.stringify(body)).toHaveLength(1);
  const [e] = body.errors as [{ message: string; path: (string | number)[]; extensions: Record<string, unknown> }];
  return {
    message: e.message,
    path: e.path,
    code: e.extensions.code,
    argument: e.extensions.argument,
    suggestions: e.extensions.suggestions,
  };
};

const unknown001 = (argument: string) => ({
  message: `unknown source '001' in ${argument}; did you mean ${id001[0]}? source ids are file stems such as ${first}: see sources { id title }`,
  code: "NOT_FOUND",
  argument,
  suggestions: id001,
});

describe("an unknown source id is NOT_FOUND with suggestions, root or nested", () => {
  it("the seeds hold one source whose id starts 001", () => {
    expect(id001).toHaveLength(1);
    expect(IDS).toHaveLength(5);
  });

  const nested: [string, string, (string | number)[]][] = [
    [`{ role(id: "vp-of-product") { definitions(source: "001") { title } } }`, "source", ["role", "definitions"]],
    [`{ role(id: "vp-of-product") { responsibilities(source: "001") { text } } }`, "source", ["role", "responsibilities"]],
    [`{ role(id: "product-manager") { promotesTo(sources: ["001"]) { support } } }`, "sources", ["role", "promotesTo"]],
    [`{ role(id: "product-manager") { promotedFrom(sources: ["001"]) { support } } }`, "sources", ["role", "promotedFrom"]],
    [`{ role(id: "product-manager") { conflicts(sources: ["001"]) { summary } } }`, "sources", ["role", "conflicts"]],
    [`{ role(id: "product-manager") { bands(sources: ["001"]) { level } } }`, "sources", ["role", "bands"]],
    [`{ role(id: "product-manager") { management(sources: ["001"]) { scope } } }`, "sources", ["role", "management"]],
    [`{ role(id: "product-manager") { relativeRanks(sources: ["001"]) { relation } } }`, "sources", ["role", "relativeRanks"]],
    [`{ role(id: "product-manager") { outsideRoles(sources: ["001"]) { relation } } }`, "sources", ["role", "outsideRoles"]],
    [`{ role(id: "product-manager") { readinessSigns(sources: ["001"]) { sign } } }`, "sources", ["role", "readinessSigns"]],
    [
      `{ nextRoles(from: "associate-product-manager") { readinessSigns(sources: ["001"]) { sign } } }`,
      "sources",
      // Every next role's field is refused; which one's error comes first is the order they resolve in.
      ["nextRoles", expect.any(Number), "readinessSigns"],
    ],
  ];
  for (const [query, argument, path] of nested) {
    it(`nested: ${path.filter((p) => typeof p === "string").join(".")}(${argument}: "001")`, async () => {
      expect(await refusal(query)).toEqual({ ...unknown001(argument), path });
    });
  }

  it("inside a page of roles too", async () => {
    expect(await refusal(`{ roles(first: 1) { edges { node { bands(sources: ["001"]) { level } } } } }`)).toEqual({
      ...unknown001("sources"),
      path: ["roles", "edges", 0, "node", "bands"],
    });
  });

  it("the root fields answer the same mistake the same way", async () => {
    for (const [query, argument, path] of [
      [`{ promotionPaths(from: "product-manager", to: "vp-of-product", sources: ["001"]) { length } }`, "sources", ["promotionPaths"]],
      [`{ conflicts(sources: ["001"]) { summary } }`, "sources", ["conflicts"]],
      [`{ roles(source: "001") { edges { cursor } } }`, "source", ["roles"]],
    ] as const) {
      expect(await refusal(query)).toEqual({ ...unknown001(argument), path });
    }
  });

  it("an empty list is refused alike, root or nested (omit the argument for every source)", async () => {
    for (const query of [
      `{ nextRoles(from: "product-manager", sources: []) { support } }`,
      `{ role(id: "product-manager") { bands(sources: []) { level } } }`,
    ]) {
      const e = await refusal(query);
      expect([e.code, e.message]).toEqual(["BAD_USER_INPUT", "sources is empty; omit it to use every source, or name at least one"]);
    }
  });

  it("a known id still filters: 001's bands of the associate PM, as its claims file lists them, each once however often the id is named", async () => {
    const file = parse(readFileSync(`seed/claims/${id001[0]}.yaml`, "utf8")) as { bands: { role: string; quote: string }[] };
    const quotes = file.bands.filter((b) => b.role === "associate-product-manager").map((b) => b.quote);
    expect(quotes.length).toBeGreaterThan(0);
    const only = await server.query<{ role: { bands: { source: { id: string }; evidence: { quote: string } }[] } }>(
      `query ($s: [ID!]) { role(id: "associate-product-manager") { bands(sources: $s) { source { id } evidence { quote } } } }`,
      { s: [id001[0], id001[0]] },
    );
    expect(only.role.bands.map((b) => [b.source.id, b.evidence.quote]).sort()).toEqual(quotes.map((q) => [id001[0], q]).sort());
  });
});
