import type { DocumentNode } from "graphql";
import { afterAll, describe, expect, it } from "vitest";
import { graphql } from "../support/graphql.ts";
import { startTestServer } from "../support/server.ts";
import { S } from "../support/sources.ts";

/** Typos and word variants find the role that was meant; unknown ids are NOT_FOUND with the likely ids. */
const server = startTestServer();
afterAll(() => server.close());

const resolve = async (title: string) => {
  const data = await server.execute(
    graphql(`query ($t: String!) { resolveTitle(title: $t) { role { slug } relation matchedBy matchedTitle sources { id } } }`),
    { t: title },
  );
  return data.resolveTitle.map((m) => [m.role.slug, m.relation, m.matchedBy, m.matchedTitle, m.sources.map((s) => s.id.slice(0, 3))]);
};

const notFound = async (query: DocumentNode) => {
  const { body } = await server.send(query);
  expect(body.errors, JSON.stringify(body)).toHaveLength(1);
  const [e] = body.errors as [{ message: string; extensions: { code: string; argument: string; suggestions: string[] } }];
  expect(e.extensions.code).toBe("NOT_FOUND");
  return { message: e.message, argument: e.extensions.argument, suggestions: e.extensions.suggestions };
};

describe("resolveTitle forgives typos and word variants, ranked, saying how each matched", () => {
  it("'Senoir Product Manger' ranks the senior product manager first, matched by spelling to the title five articles write", async () => {
    expect(await resolve("Senoir Product Manger")).toEqual([
      ["senior-product-manager", "TITLE", "FUZZY", "Senior Product Manager (SPM)", ["000", "001", "002", "003", "004"]],
      ["technical-product-manager", "TITLE", "FUZZY", "senior technical product managers", ["002"]],
    ]);
  });

  it("'Principle PM' (a common misspelling, plus an abbreviation) is the principal product manager", async () => {
    expect(await resolve("Principle PM")).toEqual([
      ["principal-product-manager", "TITLE", "FUZZY", "Principal Product Manager (PPM)", ["000", "003"]],
    ]);
  });

  it("'Asociate Product Managers' (a typo and a plural) is the associate PM, and 001's junior PM through SAME_AS", async () => {
    expect(await resolve("Asociate Product Managers")).toEqual([
      ["associate-product-manager", "TITLE", "FUZZY", "Associate Product Manager (APM)", ["000", "001", "002", "003", "004"]],
      ["junior-product-manager", "SAME_AS", "FUZZY", "Associate Product Manager (APM)", ["001"]],
    ]);
  });

  it("'Hed of Prodct' is the head of product, and the CPO article 002 says it is", async () => {
    expect(await resolve("Hed of Prodct")).toEqual([
      // 002 writes the title too ("also known as the head of product"): a mention, which its SAME_AS needs.
      ["head-of-product", "TITLE", "FUZZY", "head of product", ["001", "002"]],
      ["chief-product-officer", "SAME_AS", "FUZZY", "head of product", ["002"]],
    ]);
  });

  it("exact matches stay exact (no fuzzy noise), and a title like none is still []", async () => {
    expect(await resolve("Senior Product Manager")).toEqual([
      ["senior-product-manager", "TITLE", "TITLE", null, ["000", "001", "002", "003", "004"]],
    ]);
    expect(await resolve("Chief Happiness Officer")).toEqual([]);
  });
});

describe("roles(search:) forgives typos when nothing contains the search", () => {
  const search = async (q: string) => {
    const data = await server.execute(
      graphql(`query ($q: String) { roles(search: $q) { edges { matchedBy matchedTitle node { slug } } } }`),
      { q },
    );
    return data.roles.edges.map((e) => [e.node.slug, e.matchedBy, e.matchedTitle]);
  };

  it("'princpal' and 'grup manager' find the principal and the group PM by spelling", async () => {
    expect(await search("princpal")).toEqual([["principal-product-manager", "FUZZY", "Principal Product Manager (PPM)"]]);
    expect(await search("grup manager")).toEqual([["group-product-manager", "FUZZY", "Group Product Manager (GPM)"]]);
  });

  it("a substring match says whether it was the name or a title the sources write", async () => {
    expect(await search("lead")).toEqual([
      ["director-of-product", "TITLE", null],
      ["product-leader", "CANONICAL_NAME", null],
    ]);
  });
});

describe("unknown slugs and source ids: NOT_FOUND with suggestions, everywhere", () => {
  it("role(id:) with a misspelt slug names the intended slug first", async () => {
    expect(await notFound(graphql(`{ role(id: "senoir-product-manger") { name } }`))).toEqual({
      message:
        "unknown role 'senoir-product-manger' in id; did you mean senior-product-manager or technical-product-manager or junior-product-manager? see resolveTitle(title:) to find a role's slug",
      argument: "id",
      suggestions: ["senior-product-manager", "technical-product-manager", "junior-product-manager"],
    });
    expect((await notFound(graphql(`{ role(id: "astronaut") { name } }`))).suggestions).toEqual([]);
  });

  it("skillGap's from and nextRoles' from suggest by spelling and by title", async () => {
    expect(
      (await notFound(graphql(`{ skillGap(from: "product-manger", to: "group-product-manager") { missing { sources { id } } } }`)))
        .suggestions[0],
    ).toBe("product-manager");
    expect((await notFound(graphql(`{ nextRoles(from: "Senior Product Manager") { support } }`))).suggestions[0]).toBe(
      "senior-product-manager",
    );
  });

  it("a unique prefix of a source id suggests that source, in source(id:), ladder, responsibilities and promotesTo", async () => {
    expect(await notFound(graphql(`{ source(id: "000") { id } }`))).toEqual({
      message: `unknown source '000' in id; did you mean ${S.a000}? source ids are file stems such as ${S.a000}: see sources { id title }`,
      argument: "id",
      suggestions: [S.a000],
    });
    expect((await notFound(graphql(`{ ladder(source: "003_2489") { rank } }`))).suggestions).toEqual([S.a003]);
    expect(await notFound(graphql(`{ role(id: "vp-of-product") { responsibilities(source: "004") { responsibilityId } } }`))).toMatchObject(
      {
        argument: "source",
        suggestions: [S.a004],
      },
    );
    expect(await notFound(graphql(`{ role(id: "vp-of-product") { promotesTo(sources: ["002"]) { support } } }`))).toMatchObject({
      argument: "sources",
      suggestions: [S.a002],
    });
  });

  it("a prefix shared by several sources suggests each of them", async () => {
    expect((await notFound(graphql(`{ role(id: "vp-of-product") { conflicts(sources: ["00"]) { summary } } }`))).suggestions).toEqual([
      S.a000,
      S.a001,
      S.a002,
    ]);
  });
});
