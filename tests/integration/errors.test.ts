import type { DocumentNode } from "graphql";
import { afterAll, describe, expect, it } from "vitest";
import { graphql } from "../support/graphql.ts";
import { startTestServer } from "../support/server.ts";

const server = startTestServer();
afterAll(() => server.close());

const errorOf = async (query: DocumentNode, variables?: Record<string, unknown>) => {
  const { status, body } = await server.send(query, variables);
  expect(body.errors, `expected an error, got ${JSON.stringify(body)}`).toHaveLength(1);
  const [error] = body.errors as [{ message: string; extensions?: Record<string, unknown> }];
  return { status, code: error.extensions?.code, message: error.message, extensions: error.extensions };
};

describe("errors a user can cause say what happened and what to do", () => {
  it("unknown role: NOT_FOUND with the likely slug and a pointer to resolveTitle", async () => {
    const e = await errorOf(graphql(`{ promotionPaths(from: "senior-pm", to: "vp-of-product") { length } }`));
    expect(e.code).toBe("NOT_FOUND");
    expect(e.message).toBe(
      "unknown role 'senior-pm' in from; did you mean senior-product-manager? see resolveTitle(title:) to find a role's slug",
    );
    expect(e.extensions?.suggestions).toEqual(["senior-product-manager"]);
  });

  it("unknown source: NOT_FOUND naming the id and how source ids look", async () => {
    const e = await errorOf(graphql(`{ nextRoles(from: "product-manager", sources: ["000_18567d4f4f5ab0b2"]) { support } }`));
    expect(e.code).toBe("NOT_FOUND");
    expect(e.message).toContain("unknown source '000_18567d4f4f5ab0b2' in sources");
    expect(e.message).toContain("did you mean 000_18567d4f4f5ab0b1?");
  });

  it("unknown source in ladder and in an audit", async () => {
    expect((await errorOf(graphql(`{ ladder(source: "nope") { rank } }`))).code).toBe("NOT_FOUND");
    expect((await errorOf(graphql(`{ conflicts(role: "vp-of-product", sources: ["nope"]) { summary } }`))).code).toBe("NOT_FOUND");
    expect((await errorOf(graphql(`{ conflicts(role: "vp-of-prod") { summary } }`))).code).toBe("NOT_FOUND");
  });

  it("maxSteps above 10 and first above 100: LIMIT_EXCEEDED with the bound", async () => {
    const steps = await errorOf(graphql(`{ promotionPaths(from: "product-manager", to: "vp-of-product", maxSteps: 11) { length } }`));
    expect([steps.code, steps.message]).toEqual(["LIMIT_EXCEEDED", "maxSteps may be at most 10 (got 11); ask for fewer"]);
    const first = await errorOf(graphql(`{ promotionPaths(from: "product-manager", to: "vp-of-product", first: 101) { length } }`));
    expect([first.code, first.message]).toEqual(["LIMIT_EXCEEDED", "first may be at most 100 (got 101); ask for fewer"]);
    const page = await errorOf(graphql(`{ roles(first: 500) { edges { node { slug } } } }`));
    expect(page.code).toBe("LIMIT_EXCEEDED");
  });

  it("maxSteps, first or minSupport below 1: BAD_USER_INPUT", async () => {
    expect((await errorOf(graphql(`{ promotionPaths(from: "product-manager", to: "vp-of-product", maxSteps: 0) { length } }`))).code).toBe(
      "BAD_USER_INPUT",
    );
    expect((await errorOf(graphql(`{ nextRoles(from: "product-manager", minSupport: 0) { support } }`))).code).toBe("BAD_USER_INPUT");
  });

  it("from equal to to: BAD_USER_INPUT", async () => {
    const e = await errorOf(graphql(`{ shortestPromotionPath(from: "product-manager", to: "product-manager") { length } }`));
    expect([e.code, e.message]).toEqual([
      "BAD_USER_INPUT",
      "from and to are the same role ('product-manager'); a promotion path needs two different roles",
    ]);
  });

  it("an empty title: BAD_USER_INPUT", async () => {
    const e = await errorOf(graphql(`{ resolveTitle(title: "   ") { role { slug } } }`));
    expect(e.code).toBe("BAD_USER_INPUT");
    expect(e.message).toContain("title is empty");
  });

  it("a malformed query: a GraphQL syntax error, not a crash", async () => {
    // A string on purpose: the document is malformed (a typed document could not be written).
    const { status, body } = await server.send(`{ roles(first: 2) { edges { node { slug } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toContain("Syntax Error");
  });

  it("a field that does not exist: a validation error naming it", async () => {
    // A string on purpose: the field does not exist (a typed document would not typecheck).
    const { status, body } = await server.send(`{ role(id: "product-manager") { salary } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toBe('Cannot query field "salary" on type "Role".');
  });

  it("unknown role in role(id:): NOT_FOUND like every other role argument", async () => {
    const e = await errorOf(graphql(`{ role(id: "astronaut") { name } }`));
    expect([e.code, e.message]).toEqual(["NOT_FOUND", "unknown role 'astronaut' in id; see resolveTitle(title:) to find a role's slug"]);
  });
});
