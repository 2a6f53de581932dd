import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphCounts } from "../../src/db/repositories/graph.ts";
import { type ListeningServer, startListeningServer } from "../support/listening.ts";

/**
 * Generated bad input, sent over real HTTP to a listening server: thousands of operations with wrong types, huge, empty and unicode strings,
 * Cypher- and JSON-injection-like strings in every string argument, unknown ids and nonsense
 * enums. Never a 5xx, never an unmasked internal error, and the graph is unchanged afterwards.
 */
let server: ListeningServer;
let before: { nodes: number; relationships: number };
const seen = { requests: 0, byCode: new Map<string, number>() };

beforeAll(async () => {
  server = await startListeningServer();
  before = await graphCounts(server.driver);
});
afterAll(() => server?.close());

const KNOWN_ROLES = ["senior-product-manager", "vp-of-product", "associate-product-manager"];
const KNOWN_SOURCES = ["000_18567d4f4f5ab0b1", "003_24894dd3d8424456"];
const INJECTIONS = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "x'}) DETACH DELETE n RETURN 1 //",
  "MATCH (n) DETACH DELETE n",
  "CALL dbms.security.createUser('x','y',false)",
  '{"$ne": null}',
  '{"__proto__": {"admin": true}}',
  "\\u0000\\u0000",
  "\u0000",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is the attack being sent
  "${jndi:ldap://x}",
  "<script>alert(1)</script>",
  "%s%s%s%n",
  "../../../../etc/passwd",
];

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(...INJECTIONS, ...KNOWN_ROLES, ...KNOWN_SOURCES, "", " ", "\n\t"),
  fc.integer({ min: 1000, max: 20_000 }).map((n) => "x".repeat(n)),
);
const int = fc.oneof(fc.integer({ min: -5, max: 200 }), fc.integer(), fc.constantFrom(0, -1, 10, 11, 100, 101, 2 ** 31 - 1));
/** Any JSON value, so variables arrive with the wrong type as often as the right one. */
const anything = fc.oneof(
  { weight: 4, arbitrary: text },
  int,
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 4 }),
  fc.object({ maxDepth: 1 }),
);
const enumLike = fc.oneof(fc.constantFrom("INDIVIDUAL_CONTRIBUTOR", "MANAGEMENT", "IDENTITY", "SALARY"), text);

// Strings on purpose in this file: the variables are hostile (any JSON value, of any type), which a
// typed document's variables would refuse, and the inlined-argument cases build their documents per case.
const OPERATIONS: { query: string; vars: Record<string, fc.Arbitrary<unknown>> }[] = [
  {
    query: "query($a: ID!, $s: [ID!], $m: Int) { nextRoles(from: $a, sources: $s, minSupport: $m) { support to { slug } } }",
    vars: { a: anything, s: fc.option(fc.array(anything, { maxLength: 3 })), m: fc.option(anything) },
  },
  {
    query:
      "query($a: ID!, $b: ID!, $x: Int, $s: [ID!], $m: Int, $t: Track, $f: Int) { promotionPaths(from: $a, to: $b, maxSteps: $x, sources: $s, minSupport: $m, track: $t, first: $f) { length roles { slug } } }",
    vars: {
      a: anything,
      b: anything,
      x: fc.option(int),
      s: fc.option(fc.array(anything, { maxLength: 3 })),
      m: fc.option(int),
      t: fc.option(enumLike),
      f: fc.option(int),
    },
  },
  { query: "query($a: ID!, $b: ID!) { shortestPromotionPath(from: $a, to: $b) { length } }", vars: { a: anything, b: anything } },
  { query: "query($s: ID!) { ladder(source: $s) { rank } }", vars: { s: anything } },
  {
    query: "query($r: ID, $p: [ConflictAspect!], $s: [ID!]) { conflicts(role: $r, aspects: $p, sources: $s) { summary } }",
    vars: {
      r: fc.option(anything),
      p: fc.option(fc.array(enumLike, { maxLength: 3 })),
      s: fc.option(fc.array(anything, { maxLength: 2 })),
    },
  },
  { query: "query($t: String!) { resolveTitle(title: $t) { role { slug } } }", vars: { t: anything } },
  { query: "query($a: ID!, $b: ID!) { skillGap(from: $a, to: $b) { missing { skill { slug } } } }", vars: { a: anything, b: anything } },
  {
    query:
      "query($t: Track, $q: String, $f: Int, $c: String) { roles(track: $t, search: $q, first: $f, after: $c) { edges { node { slug } } } }",
    vars: { t: fc.option(enumLike), q: fc.option(anything), f: fc.option(int), c: fc.option(anything) },
  },
  { query: "query($id: ID!) { role(id: $id) { name } source(id: $id) { title } node(id: $id) { id } }", vars: { id: anything } },
  {
    query: 'query($c: Int) { role(id: "vp-of-product") { definitions { evidence { context(chars: $c) } } } }',
    vars: { c: fc.option(int) },
  },
  // Without a token every write is refused, whatever the arguments.
  {
    query: "mutation($i: ID!, $t: String!, $c: String!) { addSource(id: $i, text: $t, claims: $c) { nodesAdded } }",
    vars: { i: anything, t: anything, c: anything },
  },
];

function check(status: number, body: { errors?: { extensions?: Record<string, unknown> }[] }) {
  seen.requests += 1;
  for (const e of body.errors ?? []) {
    const code = String(e.extensions?.code ?? "none");
    seen.byCode.set(code, (seen.byCode.get(code) ?? 0) + 1);
  }
  expect(status).toBeLessThan(500);
  expect(body.errors?.some((e) => e.extensions?.code === "INTERNAL_SERVER_ERROR") ?? false).toBe(false);
  // Every error tells the client what kind it is.
  expect(body.errors?.filter((e) => typeof e.extensions?.code !== "string") ?? []).toEqual([]);
}

describe("fuzzed operations and variables", () => {
  for (const op of OPERATIONS) {
    const name = op.query.match(/\{ (\w+)/)?.[1] ?? op.query;
    it(`${name}: 250 generated variable sets`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.record(op.vars), async (vars) => {
          const { status, body } = await server.send(op.query, vars);
          check(status, body);
        }),
        { numRuns: 250 },
      );
      // Real HTTP on a shared 2-core machine: generous, as speed is measured elsewhere.
    }, 240_000);
  }

  it("inlined string arguments (injection-like text inside the query document): 300 cases", async () => {
    await fc.assert(
      fc.asyncProperty(
        text,
        fc.constantFrom("nextRoles(from: $)", "resolveTitle(title: $)", "ladder(source: $)", "role(id: $)"),
        async (value, template) => {
          const field = template.replace("$", JSON.stringify(value));
          const selection = template.startsWith("nextRoles")
            ? "{ support }"
            : template.startsWith("resolveTitle")
              ? "{ role { slug } }"
              : template.startsWith("ladder")
                ? "{ rank }"
                : "{ name }";
          const { status, body } = await server.send(`{ ${field} ${selection} }`);
          check(status, body);
        },
      ),
      { numRuns: 300 },
    );
  }, 240_000);

  it("malformed request bodies: 300 cases", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.json(),
          fc.constantFrom("", "{", "null", "[]", '{"query": 1}', '{"query": "{ sources { id } }", "variables": "x"}'),
        ),
        async (raw) => {
          const response = await fetch(`${server.origin}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: raw,
          });
          seen.requests += 1;
          expect(response.status).toBeLessThan(500);
          const body = (await response.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
          expect(body.errors?.some((e) => e.extensions?.code === "INTERNAL_SERVER_ERROR") ?? false).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  }, 240_000);

  it("leaves the graph exactly as it was", async () => {
    expect(await graphCounts(server.driver)).toEqual(before);
    // A record for the README: how many requests ran and which error codes they produced.
    console.log(`fuzz: ${seen.requests} requests; error codes: ${JSON.stringify(Object.fromEntries([...seen.byCode].sort()))}`);
    expect(seen.requests).toBeGreaterThanOrEqual(3300);
  });
});
