import { afterAll, describe, expect, it } from "vitest";
import { graphql } from "../support/graphql.ts";
import { startTestServer } from "../support/server.ts";
import { S } from "../support/sources.ts";

const server = startTestServer();
afterAll(() => server.close());

describe("nextRoles", () => {
  const next = async (source: string) => {
    const data = await server.execute(
      graphql(`query ($s: [ID!]) { nextRoles(from: "senior-product-manager", sources: $s) { to { slug } support sources { id } } }`),
      { s: [source] },
    );
    return data.nextRoles.map((e) => e.to.slug).sort();
  };

  it("gives, article by article, the roles a Senior Product Manager is promoted to", async () => {
    // 000: "two positions to choose from: the product leader position ... and the director/group product manager position"
    expect(await next(S.a000)).toEqual(["group-product-manager", "product-leader"]);
    // 001: "ready to advance to a Director of Product or Product Leader role?" — one role: "a director of
    // product role, otherwise known as a product leader" (its toRoles name both; source-roles.test.ts)
    expect(await next(S.a001)).toEqual(["director-of-product"]);
    // 002: the next level listed after Senior Product Manager is Product Lead
    expect(await next(S.a002)).toEqual(["product-leader"]);
    // 003: "Principal OR GROUP Product Manager"
    expect(await next(S.a003)).toEqual(["group-product-manager", "principal-product-manager"]);
    // 004: "Director of Product- Once you qualify for all the above stages, you reach this role"
    expect(await next(S.a004)).toEqual(["director-of-product"]);
  });

  it("counts support as the number of distinct articles asserting a step", async () => {
    const data = await server.execute(graphql(`{ nextRoles(from: "associate-product-manager") { to { slug } support sources { id } } }`));
    expect(data.nextRoles).toEqual([
      { to: { slug: "product-manager" }, support: 4, sources: [{ id: S.a000 }, { id: S.a001 }, { id: S.a003 }, { id: S.a004 }] },
      { to: { slug: "junior-product-manager" }, support: 1, sources: [{ id: S.a002 }] },
    ]);
  });

  it("keeps only consensus steps with minSupport", async () => {
    const data = await server.execute(graphql(`{ nextRoles(from: "senior-product-manager", minSupport: 2) { to { slug } support } }`));
    expect(data.nextRoles.map((e) => [e.to.slug, e.support])).toEqual([
      ["product-leader", 3],
      ["director-of-product", 2],
      ["group-product-manager", 2],
    ]);
  });
});

describe("shortestPromotionPath and promotionPaths", () => {
  it("walks from Associate PM to VP of Product as article 000 tells it", async () => {
    const data = await server.execute(
      graphql(`query ($sources: [ID!]) { shortestPromotionPath(from: "associate-product-manager", to: "vp-of-product", sources: $sources) {
          length roles { slug } supportedByAll { id } minSupport } }`),
      { sources: [S.a000] },
    );
    expect(data.shortestPromotionPath).toEqual({
      length: 4,
      roles: [
        { slug: "associate-product-manager" },
        { slug: "product-manager" },
        { slug: "senior-product-manager" },
        { slug: "group-product-manager" },
        { slug: "vp-of-product" },
      ],
      supportedByAll: [{ id: S.a000 }],
      minSupport: 1,
    });
  });

  it("carries each step's evidence, verbatim from the article", async () => {
    const data = await server.execute(
      graphql(`query ($sources: [ID!]) { shortestPromotionPath(from: "group-product-manager", to: "vp-of-product", sources: $sources) {
          steps { evidence { quote source { id } } } } }`),
      { sources: [S.a000] },
    );
    expect(data.shortestPromotionPath?.steps).toEqual([
      { evidence: [{ quote: "Taking this track leads to the VP of Product position.", source: { id: S.a000 } }] },
    ]);
  });

  it("walks only steps two articles agree on with minSupport: 2", async () => {
    const data = await server.execute(
      graphql(
        `{ promotionPaths(from: "associate-product-manager", to: "vp-of-product", minSupport: 2) { roles { slug } minSupport supportedByAll { id } } }`,
      ),
    );
    expect(data.promotionPaths).toEqual([
      {
        roles: [
          { slug: "associate-product-manager" },
          { slug: "product-manager" },
          { slug: "senior-product-manager" },
          { slug: "director-of-product" },
          { slug: "vp-of-product" },
        ],
        minSupport: 2,
        supportedByAll: [{ id: S.a001 }, { id: S.a004 }],
      },
    ]);
  });

  it("lists every simple path shortest first and honours first and maxSteps", async () => {
    const all = await server.execute(
      graphql(`{ promotionPaths(from: "senior-product-manager", to: "vp-of-product") { length roles { slug } } }`),
    );
    expect(all.promotionPaths.map((p) => p.roles.map((r) => r.slug).join(">"))).toEqual([
      "senior-product-manager>director-of-product>vp-of-product",
      "senior-product-manager>group-product-manager>vp-of-product",
      "senior-product-manager>product-leader>vp-of-product",
      "senior-product-manager>product-leader>director-of-product>vp-of-product",
    ]);
    const bounded = await server.execute(
      graphql(`{ promotionPaths(from: "senior-product-manager", to: "vp-of-product", maxSteps: 2, first: 2) { length } }`),
    );
    expect(bounded.promotionPaths).toEqual([{ length: 2 }, { length: 2 }]);
  });

  it("stays on one track", async () => {
    const ic = await server.execute(
      graphql(
        `{ promotionPaths(from: "senior-product-manager", to: "principal-product-manager", track: INDIVIDUAL_CONTRIBUTOR) { roles { slug } } }`,
      ),
    );
    expect(ic.promotionPaths.map((p) => p.roles.map((r) => r.slug))).toEqual([
      ["senior-product-manager", "principal-product-manager"],
      ["senior-product-manager", "product-leader", "principal-product-manager"],
    ]);
    const management = await server.execute(
      graphql(`{ promotionPaths(from: "senior-product-manager", to: "principal-product-manager", track: MANAGEMENT) { length } }`),
    );
    expect(management.promotionPaths).toEqual([]);
  });

  it("returns null when no path exists in the chosen article", async () => {
    const data = await server.execute(
      graphql(
        `query ($sources: [ID!]) { shortestPromotionPath(from: "product-manager", to: "principal-product-manager", sources: $sources) { length } }`,
      ),
      { sources: [S.a004] },
    );
    expect(data.shortestPromotionPath).toBeNull();
  });
});

describe("ladder", () => {
  it("gives article 003's rungs in order, with its two tracks after Senior PM", async () => {
    const data = await server.execute(
      graphql(
        `query ($source: ID!) { ladder(source: $source) { rank definitions { role { slug } title track } promotesTo { to { slug } claims { kind track } } } }`,
      ),
      { source: S.a003 },
    );
    expect(data.ladder).toEqual([
      {
        rank: 1,
        definitions: [{ role: { slug: "associate-product-manager" }, title: "Associate Product Manager (APM)", track: null }],
        promotesTo: [{ to: { slug: "product-manager" }, claims: [{ kind: "EXPLICIT", track: null }] }],
      },
      {
        rank: 2,
        definitions: [{ role: { slug: "product-manager" }, title: "Mid-Level Product Manager", track: null }],
        promotesTo: [{ to: { slug: "senior-product-manager" }, claims: [{ kind: "LADDER_ORDER", track: null }] }],
      },
      {
        rank: 3,
        definitions: [{ role: { slug: "senior-product-manager" }, title: "Senior Product Manager", track: null }],
        promotesTo: [
          { to: { slug: "group-product-manager" }, claims: [{ kind: "LADDER_ORDER", track: "MANAGEMENT" }] },
          { to: { slug: "principal-product-manager" }, claims: [{ kind: "LADDER_ORDER", track: "INDIVIDUAL_CONTRIBUTOR" }] },
        ],
      },
      {
        rank: 4,
        definitions: [
          { role: { slug: "group-product-manager" }, title: "Principal OR GROUP Product Manager", track: "MANAGEMENT" },
          { role: { slug: "principal-product-manager" }, title: "Principal OR GROUP Product Manager", track: "INDIVIDUAL_CONTRIBUTOR" },
        ],
        promotesTo: [],
      },
    ]);
  });
});

describe("skillGap", () => {
  it("lists the skills the target role is tied to and the current one is not, with their sources", async () => {
    const data = await server.execute(
      graphql(
        `{ skillGap(from: "product-manager", to: "group-product-manager") { missing { skill { slug } sources { id } } shared { skill { slug } } } }`,
      ),
    );
    // 000 ties "Communication, leadership, and collaboration skills" to the GPM; 001 and 004 tie
    // communication, and 004 collaboration ("collaborating with your peers"), to the PM.
    expect(data.skillGap).toEqual({
      missing: [{ skill: { slug: "leadership" }, sources: [{ id: S.a000 }] }],
      shared: [{ skill: { slug: "collaboration" } }, { skill: { slug: "communication" } }],
    });
  });
});
