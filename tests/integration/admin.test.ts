import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { graphCounts } from "../../src/db/repositories/graph.ts";
import { graphql } from "../support/graphql.ts";
import { startTestServer } from "../support/server.ts";
import { widgetLadderClaims } from "../support/widgetLadder.ts";

/** Writes need the admin token; without it, or with a wrong one, nothing is written. */
const TOKEN = "test-admin-token-0123456789abcdef";
const server = startTestServer({ adminToken: TOKEN });
const locked = startTestServer();
afterAll(async () => {
  await server.close();
  await locked.close();
});

const TEXT =
  "Fixture Ladder\n\nJunior Widget Manager\nA junior widget manager polishes widgets.\n\nWidget Manager\nA widget manager is promoted from junior widget manager after two years.\n";
const claims = (text: string, quote = "A widget manager is promoted from junior widget manager after two years.") =>
  widgetLadderClaims({ id: "zz_admin_fixture", title: "Fixture Ladder", text, quote });

const ADD = `mutation ($id: ID!, $text: String!, $claims: String!) {
  addSource(id: $id, text: $text, claims: $claims) { source { id title } nodesAdded relationshipsAdded } }`;

async function post(target: typeof server, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await target.app.fetch("http://laddergraph.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

describe("mutations", () => {
  const vars = { id: "zz_admin_fixture", text: TEXT, claims: claims(TEXT) };

  it("refuses without a token, with a wrong token, and when the server has none: UNAUTHENTICATED, nothing written", async () => {
    const before = await graphCounts(server.driver);
    const none = await post(server, ADD, vars);
    const wrong = await post(server, ADD, vars, `${TOKEN}x`);
    const disabled = await post(locked, ADD, vars, TOKEN);
    expect([none, wrong, disabled].map((r) => [r.errors?.[0]?.extensions?.code, r.errors?.[0]?.message])).toEqual([
      ["UNAUTHENTICATED", "this mutation needs the admin token: send Authorization: Bearer <LADDERGRAPH_ADMIN_TOKEN>"],
      ["UNAUTHENTICATED", "the admin token is wrong: send Authorization: Bearer <LADDERGRAPH_ADMIN_TOKEN>"],
      ["UNAUTHENTICATED", "writes are disabled on this server: start it with LADDERGRAPH_ADMIN_TOKEN set"],
    ]);
    expect(await graphCounts(server.driver)).toEqual(before);
  });

  it("refuses claims whose quote is not in the text, naming it, and writes nothing", async () => {
    const before = await graphCounts(server.driver);
    const bad = await post(server, ADD, { ...vars, claims: claims(TEXT, "A widget manager is promoted after ten years.") }, TOKEN);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.message).toContain('quote "A widget manager is promoted after ten years." quote not found in the article');
    expect(await graphCounts(server.driver)).toEqual(before);
  });

  it("loads a new article with the token, answers for it at once, and removes it again", async () => {
    const before = await graphCounts(server.driver);
    const added = await post(server, ADD, vars, TOKEN);
    expect(added.errors).toBeUndefined();
    expect(added.data?.addSource).toEqual({
      source: { id: "zz_admin_fixture", title: "Fixture Ladder" },
      nodesAdded: 1,
      relationshipsAdded: 3,
    });
    const path = await server.execute(
      graphql(
        `{ shortestPromotionPath(from: "associate-product-manager", to: "product-manager", sources: ["zz_admin_fixture"]) { roles { slug } } }`,
      ),
    );
    expect(path.shortestPromotionPath?.roles.map((r) => r.slug)).toEqual(["associate-product-manager", "product-manager"]);
    const again = await post(server, ADD, vars, TOKEN);
    expect([again.errors?.[0]?.extensions?.code, again.errors?.[0]?.message]).toEqual([
      "CONFLICT",
      "source 'zz_admin_fixture' already exists; nothing was written: remove it first (removeSource) to replace it",
    ]);

    const removed = await post(server, `mutation { removeSource(id: "zz_admin_fixture") { removedId } }`, {}, TOKEN);
    expect(removed.data?.removeSource).toEqual({ removedId: "zz_admin_fixture" });
    expect(await graphCounts(server.driver)).toEqual(before);
  });
});

describe("the seed folder", () => {
  // A seed folder of its own: the repository's catalogue and one role more.
  const seedDir = mkdtempSync(join(tmpdir(), "laddergraph-seed-dir-"));
  cpSync(join("seed", "catalog"), join(seedDir, "catalog"), { recursive: true });
  appendFileSync(join(seedDir, "catalog", "roles.yaml"), "- id: widget-wrangler\n  name: Widget Wrangler\n");
  const configured = startTestServer({ adminToken: TOKEN, env: { LADDERGRAPH_SEED_DIR: seedDir } });
  afterAll(async () => {
    await configured.close();
    rmSync(seedDir, { recursive: true, force: true });
  });
  const id = "zz_seed_dir_fixture";
  const wrangled = widgetLadderClaims({
    id,
    title: "Fixture Ladder",
    text: TEXT,
    quote: "A widget manager is promoted from junior widget manager after two years.",
  })
    .replace("- role: product-manager", "- role: widget-wrangler")
    .replace("to: product-manager", "to: widget-wrangler");

  it("addSource checks claims against the catalogue of LADDERGRAPH_SEED_DIR, not the repository's", async () => {
    const before = await graphCounts(server.driver);
    const refused = await post(server, ADD, { id, text: TEXT, claims: wrangled }, TOKEN);
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.message).toContain("unknown role 'widget-wrangler': add it to seed/catalog/roles.yaml or fix the id");
    expect(await graphCounts(server.driver)).toEqual(before);

    const added = await post(configured, ADD, { id, text: TEXT, claims: wrangled }, TOKEN);
    expect(added).toEqual({
      data: { addSource: { source: { id, title: "Fixture Ladder" }, nodesAdded: 2, relationshipsAdded: 3 } },
    });
    const role = await configured.query<{ role: { name: string; promotedFrom: { from: { slug: string } }[] } }>(
      `{ role(id: "widget-wrangler") { name promotedFrom { from { slug } } } }`,
    );
    expect(role.role).toEqual({ name: "Widget Wrangler", promotedFrom: [{ from: { slug: "associate-product-manager" } }] });
    const removed = await post(configured, `mutation { removeSource(id: "${id}") { removedId } }`, {}, TOKEN);
    expect(removed.data?.removeSource).toEqual({ removedId: id });
    expect(await graphCounts(server.driver)).toEqual(before);
  });
});
