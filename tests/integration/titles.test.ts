import { afterAll, describe, expect, it } from "vitest";
import { graphql } from "../support/graphql.ts";
import { startTestServer } from "../support/server.ts";

const server = startTestServer();
afterAll(() => server.close());

const resolve = async (title: string) => {
  const data = await server.execute(
    graphql(`query ($t: String!) { resolveTitle(title: $t) { role { slug } relation matchedBy via { slug } sources { id } } }`),
    { t: title },
  );
  return data.resolveTitle.map((m) => [m.role.slug, m.relation, m.via?.slug ?? null, m.sources.map((s) => s.id.slice(0, 3))]);
};

describe("resolveTitle", () => {
  it("maps 'Junior PM' to the junior role, and through 001's 'otherwise known as' to the associate role", async () => {
    expect(await resolve("Junior PM")).toEqual([
      ["junior-product-manager", "TITLE", null, ["001", "002"]],
      ["associate-product-manager", "SAME_AS", "junior-product-manager", ["001"]],
    ]);
  });

  it("understands abbreviations the articles write in parentheses ('APM')", async () => {
    expect(await resolve("APM")).toEqual([
      ["associate-product-manager", "TITLE", null, ["000", "003"]],
      ["junior-product-manager", "SAME_AS", "associate-product-manager", ["001"]],
    ]);
  });

  it("ignores case, punctuation and word order, and expands Sr./PM ('sr. product MANAGER', 'Product Director')", async () => {
    expect(await resolve("sr. product MANAGER")).toEqual([["senior-product-manager", "TITLE", null, ["000", "001", "002", "003", "004"]]]);
    expect((await resolve("Product Director"))[0]).toEqual(["director-of-product", "TITLE", null, ["001", "002", "004"]]);
  });

  it("resolves 'Head of Product' to the head of product, and to the CPO that article 002 says it is", async () => {
    expect(await resolve("Head of Product")).toEqual([
      // 002 writes the title too ("also known as the head of product"): a mention, which its SAME_AS needs.
      ["head-of-product", "TITLE", null, ["001", "002"]],
      ["chief-product-officer", "SAME_AS", "head-of-product", ["002"]],
    ]);
  });

  it("resolves 'CPO' and says which sources make the VP of Product the same role or one that may coexist", async () => {
    expect(await resolve("CPO")).toEqual([
      // 000 writes "Sometimes labeled Chief Product Officer" (a mention, which its SAME_AS needs); 002's "or vice
      // president (VP) of product" is no SAME_AS, since 002 ranks VP Product a rung below its CPO.
      ["chief-product-officer", "TITLE", null, ["000", "001", "002", "004"]],
      ["vp-of-product", "MAY_COEXIST", "chief-product-officer", ["001"]],
      ["head-of-product", "SAME_AS", "chief-product-officer", ["002"]],
      ["vp-of-product", "SAME_AS", "chief-product-officer", ["000"]],
    ]);
  });

  it("returns an empty list for a title no source knows", async () => {
    expect(await resolve("Chief Happiness Officer")).toEqual([]);
  });
});
