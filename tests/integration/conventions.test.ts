import { readFileSync } from "node:fs";
import type { DocumentNode } from "graphql";
import { int } from "neo4j-driver";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDriver } from "../../src/db/driver.ts";
import { read } from "../../src/db/query.ts";
import { printedSchema } from "../../src/schema/print.ts";
import { EXAMPLES } from "../../src/server/examples.ts";
import { graphql, present } from "../support/graphql.ts";
import { startTestServer } from "../support/server.ts";

const server = startTestServer();
afterAll(() => server.close());

describe("schema file", () => {
  it("schema.graphql matches the schema the code builds (run `npm run schema:print` after changing types)", () => {
    expect(readFileSync("schema.graphql", "utf8")).toBe(printedSchema());
  });
});

describe("worked examples (GraphiQL tabs and README)", () => {
  for (const example of EXAMPLES) {
    it(`${example.name} runs without errors on the seed graph`, async () => {
      const data = await server.query(example.query, example.variables);
      expect(Object.values(data).every((v) => v !== null)).toBe(true);
    });
  }
});

describe("Relay conventions", () => {
  it("node(id) returns the role behind a global id", async () => {
    const data = await server.execute(graphql(`{ role(id: "principal-product-manager") { id } }`));
    const again = await server.execute(graphql(`query ($id: ID!) { node(id: $id) { __typename ... on Role { slug name } } }`), {
      id: present(data.role).id,
    });
    expect(again.node).toEqual({ __typename: "Role", slug: "principal-product-manager", name: "Principal Product Manager" });
  });

  it("node(id) and nodes(ids) answer null, without an error, for a well-formed id no node has", async () => {
    const data = await server.execute(graphql(`{ role(id: "principal-product-manager") { id } }`));
    const missing = Buffer.from("Role:no-such-role").toString("base64");
    const { status, body } = await server.send(
      graphql(`query ($missing: ID!, $ids: [ID!]!) { node(id: $missing) { id } nodes(ids: $ids) { ... on Role { slug } } }`),
      { missing, ids: [missing, data.role?.id] },
    );
    expect({ status, body }).toEqual({ status: 200, body: { data: { node: null, nodes: [null, { slug: "principal-product-manager" }] } } });
  });

  it("pages through roles with first/after, in ladder order, without gaps or repeats", async () => {
    const all = await server.execute(graphql(`{ roles(first: 100) { edges { node { slug } } } }`));
    const slugs: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        roles: { edges: { cursor: string; node: { slug: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      } = await server.execute(
        graphql(
          `query ($after: String) { roles(first: 5, after: $after) { edges { cursor node { slug } } pageInfo { hasNextPage endCursor } } }`,
        ),
        { after },
      );
      slugs.push(...page.roles.edges.map((e) => e.node.slug));
      if (!page.roles.pageInfo.hasNextPage) break;
      after = page.roles.pageInfo.endCursor;
    }
    expect(slugs).toEqual(all.roles.edges.map((e) => e.node.slug));
    // Lowest rank any article gives first, then by name: three roles are some article's first rung.
    expect(slugs.slice(0, 3)).toEqual(["associate-product-manager", "junior-product-manager", "product-manager-intern"]);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it("filters roles by track and by search over the titles the sources write", async () => {
    const ic = await server.execute(graphql(`{ roles(track: INDIVIDUAL_CONTRIBUTOR) { edges { node { slug } } } }`));
    expect(ic.roles.edges.map((e) => e.node.slug)).toEqual(["principal-product-manager", "product-leader"]);
    const lead = await server.execute(graphql(`{ roles(search: "lead") { edges { node { slug } } } }`));
    expect(lead.roles.edges.map((e) => e.node.slug)).toEqual(["director-of-product", "product-leader"]);
  });
});

/** The five articles' definitions of the associate product manager, by source id: title and summary as written. */
const APM_TITLES_AND_SUMMARIES = [
  [
    "Associate Product Manager (APM)",
    "The APM position is where most fresh college graduates or people just entering the industry will likely start off.",
  ],
  [
    "Associate or Junior Product Manager",
    "The entry-level position is an associate product manager, otherwise known as a Junior Product Manager.",
  ],
  [
    "Associate Product Manager",
    "Assembling data, doing customer research, working with stakeholders, and creating new product features are all duties of an associate product manager.",
  ],
  ["Associate Product Manager (APM)", "The lowest level on the product management ladder is the Associate PM."],
  [
    "Associate Product Manager",
    "Associate product managers are expected to work and collaborate with teams associated with their products.",
  ],
];

describe("Cypher round trips", () => {
  const Nested = graphql(`query ($first: Int) {
    roles(first: $first) { edges { node {
      slug
      definitions { title source { id title } }
      promotesTo { to { name } support }
      aliases { title }
    } } }
  }`);

  it("a nested query costs one round trip per level, whatever the number of rows", async () => {
    const count = async (first: number) => {
      const { body } = await server.send(Nested, { first }, { "x-laddergraph-debug": "cypher" });
      expect(body.errors).toBeUndefined();
      const edges = (body.data as { roles: { edges: unknown[] } }).roles.edges;
      return { rows: edges.length, cypher: body.extensions?.cypherQueries };
    };
    const few = await count(2);
    const many = await count(15);
    expect(few.rows).toBe(2);
    expect(many.rows).toBe(15);
    // The roles page reads the definitions and promotions it selects in the same statement (and
    // primes the loaders with them, their sources and target roles); aliases need the mentions: one
    // batch for every role of the page.
    expect(many.cypher).toBe(few.cypher);
    expect(many.cypher).toBe(2);
  });

  it("a role's whole audit costs two round trips: the audit's claims (role and definitions included), then the article texts", async () => {
    const { body } = await server.send(
      graphql(`{ role(id: "vp-of-product") {
          definitions { title source { id title } evidence { quote source { id } } }
          conflicts { aspect summary positions { value sources { id title } evidence { quote context source { id } } } }
        } }`),
      undefined,
      { "x-laddergraph-debug": "cypher" },
    );
    expect(body.errors).toBeUndefined();
    // Evidence context needs the article texts: one more batch, for every source at once.
    expect(body.extensions?.cypherQueries).toBe(2);
  });

  // The hot operations of `npm run bench` (bench/operations.ts), as the benchmark asks them.
  const HOT = {
    rolesPage: graphql(`{ roles(first: 20) { edges { node {
      slug name
      definitions { title rank track source { id title } }
      promotesTo { to { slug name } support sources { id } }
    } } } }`),
    roleAudit: graphql(`{ role(id: "associate-product-manager") {
      slug name
      definitions { title rank track salaryUsd yearsOfExperience { min max text } source { id } evidence { quote start end } }
      conflicts { aspect summary withinSource { id } positions { value sources { id } evidence { quote start end source { id } } } }
    } }`),
    promotionPaths: graphql(`{ promotionPaths(from: "associate-product-manager", to: "vp-of-product", maxSteps: 6, first: 20) {
      length minSupport roles { slug name } supportedByAll { id }
      steps { from { slug } to { slug } support sources { id } evidence { quote start end source { id } } }
    } }`),
    sourceLadder: graphql(`{ ladder(source: "001_a8ebed2f27fe2428") {
      rank roles { slug name } definitions { title track summary }
      promotesTo { from { slug } to { slug } claims { kind track evidence { quote start end } } }
    } }`),
  };

  it.each(Object.keys(HOT))("the hot operation %s is one Cypher statement for its one top-level field", async (name) => {
    const { body } = await server.send(HOT[name as keyof typeof HOT], undefined, { "x-laddergraph-debug": "cypher" });
    expect(body.errors).toBeUndefined();
    expect(JSON.stringify(body.data).length).toBeGreaterThan(1_000);
    expect(body.extensions?.cypherQueries).toBe(1);
  });

  it("a roles page that selects only definition headings reads only those; any other definition field reads whole claims, in the same one statement", async () => {
    type Page = { roles: { edges: { node: { slug: string; definitions: Record<string, unknown>[] } }[] } };
    const ask = async (document: DocumentNode) => {
      const { body } = await server.send(document, undefined, {
        "x-laddergraph-debug": "cypher",
      });
      expect(body.errors).toBeUndefined();
      expect(body.extensions?.cypherQueries).toBe(1);
      return (body.data as Page).roles.edges;
    };
    const headings = await ask(graphql(`{ roles(first: 20) { edges { node { slug definitions { title rank track source { id } } } } } }`));
    const whole = await ask(
      graphql(`{ roles(first: 20) { edges { node { slug definitions { title rank track source { id } summary evidence { quote } } } } } }`),
    );
    expect(headings.map((e) => e.node.definitions)).toEqual(
      whole.map((e) => e.node.definitions.map(({ title, rank, track, source }) => ({ title, rank, track, source }))),
    );
    const apm = whole.find((e) => e.node.slug === "associate-product-manager")?.node.definitions ?? [];
    expect(apm.map((d) => [d.title, d.summary])).toEqual(APM_TITLES_AND_SUMMARIES);
    expect(apm.every((d) => (d.evidence as unknown[]).length >= 2)).toBe(true);

    // The statement itself: with headingsOnly, each definition is its heading's properties, nothing more.
    const db = inject("neo4j");
    const driver = createDriver({ uri: db.uri, user: db.user, password: db.password });
    try {
      const scope = { driver, database: undefined, txTimeoutMs: 10_000, stats: { cypherQueries: 0 } };
      const params = { track: null, search: null, offset: int(0), limit: int(20), withDefinitions: true, withPromotions: false };
      const definitionKeys = async (headingsOnly: boolean) => {
        const [row] = await read<{ page: { definitions: Record<string, unknown>[] }[] }>(scope, "read/roles-page-with-claims", {
          ...params,
          headingsOnly,
        });
        return new Set(row?.page.flatMap((r) => r.definitions.flatMap((d) => Object.keys(d))));
      };
      expect(await definitionKeys(true)).toEqual(new Set(["source", "title", "rank", "track", "role"]));
      expect(await definitionKeys(false)).toContain("summaryQuote");
    } finally {
      await driver.close();
    }

    // One alias asks for headings, another for more: the page reads whole claims, both answer from them.
    const { body } = await server.send(
      graphql(`{ roles(first: 20) { edges { node { h: definitions { title } w: definitions { title note } } } } }`),
      undefined,
      { "x-laddergraph-debug": "cypher" },
    );
    expect(body.errors).toBeUndefined();
    expect(body.extensions?.cypherQueries).toBe(1);
    const both = (body.data as { roles: { edges: { node: { h: { title: string }[]; w: { title: string }[] } }[] } }).roles.edges;
    expect(both.map((e) => e.node.h.map((d) => d.title))).toEqual(both.map((e) => e.node.w.map((d) => d.title)));
  });

  it("a path query is a single Cypher statement", async () => {
    const { body } = await server.send(
      graphql(`{ promotionPaths(from: "associate-product-manager", to: "vp-of-product") { roles { slug } steps { support } } }`),
      undefined,
      { "x-laddergraph-debug": "cypher" },
    );
    expect(body.errors).toBeUndefined();
    // The path statement returns the paths' roles and sources too; the role ids are only looked up
    // when it comes back empty (to tell an unknown role from "no path").
    expect(body.extensions?.cypherQueries).toBe(1);
  });
});
