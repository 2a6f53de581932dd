// Its documents stay strings on purpose (not gql.tada typed documents): attacks, generated and hostile, many of them invalid or built to exceed a limit.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIST_LIMITS, MAX_ARGUMENT_LENGTH, MAX_NAME_LENGTH } from "../../src/server/listCost.ts";
import { type ListeningServer, startListeningServer } from "../support/listening.ts";

/**
 * The attacks of issue 18 and generated ones like them, over a real socket against the server as
 * `npm start` builds it: each is refused by a limit within a second, or answered within the
 * response budget, and /health keeps answering meanwhile.
 */
let server: ListeningServer;
/** The same server with a small response budget, so that generated answers reach it. */
let small: ListeningServer;
const SMALL_BUDGET = 200_000;
const DEFAULT_BUDGET = 5_000_000;

beforeAll(async () => {
  [server, small] = await Promise.all([
    startListeningServer(),
    startListeningServer({ env: { LADDERGRAPH_MAX_RESPONSE_BYTES: String(SMALL_BUDGET) } }),
  ]);
});
afterAll(async () => {
  await server?.close();
  await small?.close();
});

interface Answer {
  status: number;
  ms: number;
  bytes: number;
  codes: unknown[];
  /** The first error's message ("" when none). */
  message: string;
  data: unknown;
  healthMaxMs: number;
}

/** Sends a query with no cache in the way (a fresh comment), probing /health every 50 ms meanwhile. */
async function attack(target: ListeningServer, query: string, variables?: Record<string, unknown>): Promise<Answer> {
  let done = false;
  let healthMaxMs = 0;
  const probe = (async () => {
    while (!done) {
      const t = performance.now();
      const health = await fetch(`${target.origin}/health`);
      expect(health.status).toBe(200);
      healthMaxMs = Math.max(healthMaxMs, performance.now() - t);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const started = performance.now();
  const response = await fetch(`${target.origin}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `# ${Math.random()}\n${query}`, variables }),
  });
  const raw = Buffer.from(await response.arrayBuffer());
  const ms = performance.now() - started;
  done = true;
  await probe;
  const body = JSON.parse(raw.toString("utf8")) as { data?: unknown; errors?: { message: string; extensions?: { code?: unknown } }[] };
  return {
    status: response.status,
    ms,
    bytes: raw.length,
    codes: (body.errors ?? []).map((e) => e.extensions?.code),
    message: body.errors?.[0]?.message ?? "",
    data: body.data,
    healthMaxMs,
  };
}

const nest = (leaf: string) =>
  `{ sources { definitions { role { responsibilities { source { definitions { role { responsibilities { ${leaf} } } } } } } } } }`;
const aliases = (n: number, length: number) =>
  Array.from({ length: n }, (_, i) => `${"a".repeat(length - 3)}${String(i).padStart(3, "0")}: __typename`).join(" ");

/** The issue's four attacks: 8.65 MB, 119 MB after 34 s, 424 MB, and an INTERNAL_SERVER_ERROR, before. */
const ATTACKS = {
  "the 141-byte nest ending in __typename": `{ sources { definitions { role { responsibilities { source { definitions { role { responsibilities { __typename } } } } } } } } }`,
  "the nest with 15 ten-character aliases on the leaf (475 bytes)": nest(aliases(15, 10)),
  "the nest with 15 hundred-character aliases on the leaf (1.8 KB)": nest(aliases(15, 100)),
  "the nest with its aliases in a fragment spread at both lists (2.6 KB)": `${nest("...F")} fragment F on ResponsibilityClaim { ${aliases(7, 100)} source { definitions { role { ${aliases(7, 100).replaceAll(": __typename", "b: __typename")} } } } }`,
};

describe("the issue's attacks", () => {
  it.each(Object.entries(ATTACKS))("%s is refused before execution within a second; /health answers meanwhile", async (_, query) => {
    const answer = await attack(server, query);
    // Refused by one limit or several (the alias count, the static cost, the list-aware cost), by nothing else.
    expect(new Set(answer.codes)).toEqual(new Set(["LIMIT_EXCEEDED"]));
    expect(answer.data ?? null).toBeNull();
    expect(answer.ms).toBeLessThan(1_000);
    expect(answer.healthMaxMs).toBeLessThan(1_000);
    console.log(`${query.length} bytes: refused in ${answer.ms.toFixed(0)} ms, /health at most ${answer.healthMaxMs.toFixed(0)} ms`);
  });

  it("a list in a variable's default value is refused like the same list written in the query", async () => {
    const ids = Array.from({ length: 900 }, (_, i) => i + 1).join(",");
    const byDefault = await attack(server, `query ($ids: [ID!] = [${ids}]) { nodes(ids: $ids) { id } }`);
    const literal = await attack(server, `{ nodes(ids: [${ids}]) { id } }`);
    expect([byDefault.codes, literal.codes]).toEqual([["LIMIT_EXCEEDED"], ["LIMIT_EXCEEDED"]]);
    // A default within the cap is taken as the list it is.
    const hundred = Array.from({ length: LIST_LIMITS.maxListArgument }, () => '"000_18567d4f4f5ab0b1"').join(",");
    const within = await attack(server, `query ($ids: [ID!] = [${hundred}]) { conflicts(sources: $ids) { aspect } }`);
    expect(within.codes).toEqual([]);
  });

  it(`an id of 60 KB is refused at once, and one of ${MAX_ARGUMENT_LENGTH} characters is NOT_FOUND at once, without a spelling search`, async () => {
    const long = await attack(server, `{ source(id: "${"x".repeat(60_000)}") { id } }`);
    expect(long.codes).toEqual(["LIMIT_EXCEEDED"]);
    expect(long.ms).toBeLessThan(1_000);
    const asVariable = await attack(server, `query ($id: ID!) { role(id: $id) { name } }`, { id: "y".repeat(60_000) });
    expect(asVariable.codes).toEqual(["LIMIT_EXCEEDED"]);
    const atCap = await attack(server, `{ role(id: "${"z".repeat(MAX_ARGUMENT_LENGTH)}") { name } }`);
    expect(atCap.codes).toEqual(["NOT_FOUND"]);
    expect(atCap.ms).toBeLessThan(1_000);
  });

  it(`an alias or operation name longer than ${MAX_NAME_LENGTH} characters is refused`, async () => {
    const alias = await attack(server, `{ ${"a".repeat(MAX_NAME_LENGTH + 1)}: sources { id } }`);
    const operation = await attack(server, `query ${"Q".repeat(MAX_NAME_LENGTH + 1)} { sources { id } }`);
    expect([alias.codes, operation.codes]).toEqual([["LIMIT_EXCEEDED"], ["LIMIT_EXCEEDED"]]);
  });

  it("__typename aliases count against the alias limit, and introspection against the cost", async () => {
    const typenames = await attack(server, `{ sources { ${aliases(16, 5)} } }`);
    expect(typenames.codes).toEqual(["LIMIT_EXCEEDED"]);
    // The standard introspection query (GraphiQL's) still answers.
    const { getIntrospectionQuery } = await import("graphql");
    const introspection = await attack(server, getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(introspection.codes, JSON.stringify(introspection)).toEqual([]);
  });
});

/** Generated documents of the attack class: nested lists, aliases, __typename, fragments, variable defaults. */
const LEVELS: { field: string; on: string; next: number }[] = [
  { field: "sources", on: "Source", next: 1 },
  { field: "definitions", on: "RoleDefinition", next: 2 },
  { field: "role", on: "Role", next: 3 },
  { field: "responsibilities", on: "ResponsibilityClaim", next: 4 },
  { field: "source", on: "Source", next: 1 },
];
const LEAVES: Record<string, string[]> = {
  Source: ["id", "title", "text", "sha256"],
  RoleDefinition: ["title", "summary", "note"],
  Role: ["slug", "name"],
  ResponsibilityClaim: ["text"],
};

const documents = fc
  .record({
    depth: fc.integer({ min: 1, max: 8 }),
    typenames: fc.integer({ min: 0, max: 15 }),
    aliasLength: fc.integer({ min: 1, max: MAX_NAME_LENGTH }),
    leaves: fc.array(fc.nat(3), { maxLength: 3 }),
    viaFragment: fc.boolean(),
    inline: fc.boolean(),
    variableDefault: fc.option(fc.integer({ min: 1, max: 150 })),
    doubled: fc.boolean(),
  })
  .map((g) => {
    const aliasList = Array.from(
      { length: g.typenames },
      (_, i) => `t${"t".repeat(Math.max(0, g.aliasLength - 4))}${String(i).padStart(3, "0")}: __typename`,
    );
    let level = 0;
    const path: number[] = [];
    for (let d = 0; d < g.depth; d++) {
      path.push(level);
      level = LEVELS[level]?.next ?? 1;
    }
    const innermost = LEVELS[path[path.length - 1] ?? 0] as (typeof LEVELS)[number];
    const leafFields = [...new Set(g.leaves.map((i) => LEAVES[innermost.on]?.[i % (LEAVES[innermost.on]?.length ?? 1)]))].join(" ");
    const leaf = `__typename ${leafFields} ${g.viaFragment ? "...Leaf" : aliasList.join(" ")}`;
    let body = g.inline ? `... on ${innermost.on} { ${leaf} }` : leaf;
    for (let i = path.length - 1; i >= 0; i--) {
      const l = LEVELS[path[i] as number] as (typeof LEVELS)[number];
      body = `${i === 0 && g.doubled ? `again: ${l.field} { ${body} } ` : ""}${l.field} { ${body} }`;
    }
    const fragment = g.viaFragment ? ` fragment Leaf on ${innermost.on} { ${aliasList.join(" ") || "__typename"} }` : "";
    // A list in a variable's default value (over the cap of 100 or not).
    const variables = g.variableDefault
      ? `($ids: [ID!] = [${Array.from({ length: g.variableDefault }, () => '"000_18567d4f4f5ab0b1"').join(",")}])`
      : "";
    const usesIds = g.variableDefault ? " conflicts(sources: $ids) { aspect }" : "";
    return `query Generated${variables} { ${body}${usesIds} }${fragment}`;
  });

describe("generated documents of the attack class (fast-check)", () => {
  for (const [name, target, budget] of [
    ["the default 5 MB budget", () => server, DEFAULT_BUDGET],
    [`a ${SMALL_BUDGET / 1000} KB budget`, () => small, SMALL_BUDGET],
  ] as const) {
    it(`each is refused by a limit within a second, or answered within ${name} (its bytes counted on the wire)`, async () => {
      const seen = {
        refusedBefore: 0,
        refusedByBudget: 0,
        answered: 0,
        largest: 0,
        slowestRefusal: 0,
        slowestBudget: 0,
        slowestAnswer: 0,
        healthMaxMs: 0,
      };
      await fc.assert(
        fc.asyncProperty(documents, async (query) => {
          const answer = await attack(target(), query);
          const why = `${answer.ms.toFixed(0)} ms, ${answer.bytes} bytes: ${query}`;
          expect(answer.status, why).toBeLessThan(500);
          expect(answer.codes, why).not.toContain("INTERNAL_SERVER_ERROR");
          // The answer as it came over the wire, whatever it holds.
          expect(answer.bytes, why).toBeLessThanOrEqual(budget);
          seen.healthMaxMs = Math.max(seen.healthMaxMs, answer.healthMaxMs);
          if (answer.message.startsWith("the response would be larger than")) {
            // Stopped by the response budget while it was built: the answer is one error.
            expect(answer.codes, why).toEqual(["LIMIT_EXCEEDED"]);
            seen.refusedByBudget += 1;
            seen.slowestBudget = Math.max(seen.slowestBudget, answer.ms);
          } else if (answer.codes.includes("LIMIT_EXCEEDED")) {
            // Refused before execution: a limit on the document or its estimate.
            expect(answer.ms, why).toBeLessThan(1_000);
            seen.refusedBefore += 1;
            seen.slowestRefusal = Math.max(seen.slowestRefusal, answer.ms);
          } else {
            expect(answer.codes, why).toEqual([]);
            expect(answer.data, why).toBeTruthy();
            seen.answered += 1;
            seen.largest = Math.max(seen.largest, answer.bytes);
            seen.slowestAnswer = Math.max(seen.slowestAnswer, answer.ms);
          }
        }),
        { numRuns: 60 },
      );
      console.log(`${name}: ${JSON.stringify(seen)}`);
      expect(seen.healthMaxMs).toBeLessThan(1_000);
      // The property exercised both sides.
      expect(seen.refusedBefore).toBeGreaterThan(0);
      expect(seen.answered).toBeGreaterThan(0);
    }, 600_000);
  }
});

/** The heaviest requests we found that every limit lets through (their figures are in the README). */
const HEAVY = {
  "the full export": `{ roles(first: 100) { edges { node { slug definitions { title summary note evidence { quote start end context source { id title } } } responsibilities { text evidence { quote context } } aliases { title } } } } }`,
  "the full export, three times under aliases": `{ ${["a", "b", "c"].map((a) => `${a}: roles(first: 100) { edges { node { slug definitions { title summary note evidence { quote context source { id title } } } responsibilities { text evidence { quote context } } } } }`).join(" ")} }`,
  "every article's text, and each source's definitions": `{ sources { id text definitions { title summary note evidence { quote context } role { slug responsibilities { text } } } } }`,
  "conflicts with every position's evidence and sources": `{ conflicts { aspect summary positions { value evidence { quote context source { id title } } sources { id title } } withinSource { id } } }`,
};

describe("the deadline", () => {
  it("measures the heaviest requests the limits let through: each answers or is refused, within the deadline", async () => {
    for (const [name, query] of Object.entries(HEAVY)) {
      const answer = await attack(server, query);
      console.log(
        `${name}: ${answer.codes.join(",") || "answered"} in ${answer.ms.toFixed(0)} ms, ${answer.bytes} bytes, /health at most ${answer.healthMaxMs.toFixed(0)} ms`,
      );
      expect(answer.codes.filter((c) => c !== "LIMIT_EXCEEDED")).toEqual([]);
      expect(answer.bytes).toBeLessThanOrEqual(DEFAULT_BUDGET);
      expect(answer.ms).toBeLessThan(15_000);
    }
  }, 300_000);

  it("a CPU-heavy request stops at a low deadline with DEADLINE_EXCEEDED, and /health answers meanwhile", async () => {
    // Low enough that even a quiet machine cannot build the answer in time (it takes about 0.1–0.7 s).
    const deadlineMs = 20;
    const quick = await startListeningServer({ env: { LADDERGRAPH_REQUEST_DEADLINE_MS: String(deadlineMs) } });
    try {
      const answer = await attack(quick, HEAVY["the full export, three times under aliases"]);
      console.log(
        `a ${deadlineMs} ms deadline: ${answer.codes.join(",")} after ${answer.ms.toFixed(0)} ms, /health at most ${answer.healthMaxMs.toFixed(0)} ms`,
      );
      expect(answer.codes).toEqual(["DEADLINE_EXCEEDED"]);
      expect(answer.data ?? null).toBeNull();
      // The deadline, plus what a loaded machine adds to one pass of the event loop.
      expect(answer.ms).toBeLessThan(deadlineMs + 1_500);
      expect(answer.healthMaxMs).toBeLessThan(1_000);
    } finally {
      await quick.close();
    }
  }, 120_000);
});
