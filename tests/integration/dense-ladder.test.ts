import { createHash } from "node:crypto";
import type { TadaDocumentNode } from "gql.tada";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphCounts } from "../../src/db/repositories/graph.ts";
import { graphql, requestBody } from "../support/graphql.ts";
import { type ListeningServer, startListeningServer } from "../support/listening.ts";

/**
 * The article that sank the path queries: five roles that all promote to each other (20 claims),
 * added through addSource over real HTTP. Path queries must answer within their bounds, or refuse
 * with LIMIT_EXCEEDED, never time out into DATABASE_UNAVAILABLE.
 */
const TOKEN = "dense-admin-token-0123456789abcdef";
const ID = "zz_dense_ladder";
const ROLES = [
  ["associate-product-manager", "Apprentice Widgeteer"],
  ["product-manager", "Journeyman Widgeteer"],
  ["senior-product-manager", "Expert Widgeteer"],
  ["group-product-manager", "Steward Widgeteer"],
  ["principal-product-manager", "Sage Widgeteer"],
] as const;
const PAIRS = ROLES.flatMap(([from], i) => ROLES.flatMap(([to], j) => (i === j ? [] : [[from, to, i, j] as const])));
const sentence = (i: number, j: number) => `Rung ${i} may move to rung ${j}.`;
const TEXT = `Dense Ladder\n\n${ROLES.map(([, title], i) => `${title}: rung ${i}.`).join("\n")}\n\n${PAIRS.map(([, , i, j]) => sentence(i, j)).join("\n")}\n`;
const CLAIMS = `
source: { id: ${ID}, title: Dense Ladder, sha256: ${createHash("sha256").update(TEXT).digest("hex")} }
roles:
${ROLES.map(([role, title], i) => `  - { role: ${role}, title: "${title}", rank: ${i + 1}, summary: "${title}: rung ${i}." }`).join("\n")}
promotions:
${PAIRS.map(([from, to, i, j]) => `  - { from: ${from}, to: ${to}, kind: EXPLICIT, quote: "${sentence(i, j)}" }`).join("\n")}
`;

let server: ListeningServer;
let timeLimited: ListeningServer;
let before: { nodes: number; relationships: number };

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post<R, V>(target: ListeningServer, document: TadaDocumentNode<R, V>, variables?: NoInfer<V>): Promise<Body> {
  const response = await fetch(`${target.origin}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: requestBody(document, variables ?? ({} as V)),
  });
  return (await response.json()) as Body;
}

const PATHS = graphql(`query ($from: ID!, $to: ID!, $maxSteps: Int, $sources: [ID!]) {
  promotionPaths(from: $from, to: $to, maxSteps: $maxSteps, sources: $sources, first: 100) { length roles { slug } } }`);

beforeAll(async () => {
  server = await startListeningServer({ adminToken: TOKEN });
  timeLimited = await startListeningServer({ env: { LADDERGRAPH_TX_TIMEOUT_MS: "1" } });
  before = await graphCounts(server.driver);
  const added = await post(
    server,
    graphql(
      `mutation ($id: ID!, $text: String!, $claims: String!) { addSource(id: $id, text: $text, claims: $claims) { relationshipsAdded } }`,
    ),
    {
      id: ID,
      text: TEXT,
      claims: CLAIMS,
    },
  );
  // Five definitions and twenty promotions.
  expect(added).toEqual({ data: { addSource: { relationshipsAdded: 25 } } });
});

afterAll(async () => {
  await post(server, graphql(`mutation ($id: ID!) { removeSource(id: $id) { removedId } }`), { id: ID });
  expect(await graphCounts(server.driver)).toEqual(before);
  await server?.close();
  await timeLimited?.close();
});

describe("a dense ladder (five roles all promoting to each other)", () => {
  it("maxSteps: 3 within the article gives exactly its 10 simple paths: 1 direct, 3 through one role, 6 through two", async () => {
    const body = await post(server, PATHS, { from: "associate-product-manager", to: "product-manager", maxSteps: 3, sources: [ID] });
    expect(body.errors).toBeUndefined();
    const paths = (body.data?.promotionPaths ?? []) as { length: number; roles: { slug: string }[] }[];
    expect(paths.map((p) => p.length)).toEqual([1, 2, 2, 2, 3, 3, 3, 3, 3, 3]);
    expect(paths[0]?.roles.map((r) => r.slug)).toEqual(["associate-product-manager", "product-manager"]);
    for (const p of paths) expect(new Set(p.roles.map((r) => r.slug)).size).toBe(p.length + 1);
  });

  it("maxSteps: 3 over every source (the seed ladders joined to the dense one) answers, every path within 3 steps", async () => {
    const body = await post(server, PATHS, { from: "associate-product-manager", to: "vp-of-product", maxSteps: 3 });
    expect(body.errors).toBeUndefined();
    const paths = (body.data?.promotionPaths ?? []) as { length: number }[];
    expect(paths.length).toBeGreaterThan(0);
    expect(Math.max(...paths.map((p) => p.length))).toBeLessThanOrEqual(3);
  });

  it("maxSteps: 10 over every source is refused with LIMIT_EXCEEDED and advice (the limit on paths explored, the transaction timeout or its memory), and the server answers at once after", async () => {
    const body = await post(server, PATHS, { from: "associate-product-manager", to: "vp-of-product", maxSteps: 10 });
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(["LIMIT_EXCEEDED"]);
    // Which bound stops it first depends on the machine's speed; both say what to ask for instead.
    expect(body.errors?.[0]?.message).toMatch(
      /^(the search stopped after 10000 candidate paths of at most 10 steps, so the answer would be incomplete: ask for fewer maxSteps|the query needed more than the 10 s one database transaction may take and was stopped; ask for less: fewer maxSteps|the query needed more memory than one database transaction may use and was stopped; ask for less: fewer maxSteps)/,
    );
    const next = await post(server, graphql(`{ sources { id } }`));
    expect(next.data?.sources).toHaveLength(6);
  });

  it("a statement stopped by the transaction timeout is LIMIT_EXCEEDED with advice, never DATABASE_UNAVAILABLE", async () => {
    const body = await post(timeLimited, PATHS, { from: "associate-product-manager", to: "vp-of-product", maxSteps: 10 });
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(["LIMIT_EXCEEDED"]);
    expect(body.errors?.[0]?.message).toMatch(
      /^the query needed more than the 0.001 s one database transaction may take and was stopped; ask for less/,
    );
  });
});
