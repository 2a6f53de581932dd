import { afterAll, describe, expect, it } from "vitest";
import { graphql } from "../support/graphql.ts";
import { startTestServer } from "../support/server.ts";

const server = startTestServer();
afterAll(() => server.close());

describe("walking skeleton: GraphQL over the real Neo4j", () => {
  it("lists the five seed articles by id and title, read from Neo4j", async () => {
    const data = await server.execute(graphql(`{ sources { id title } }`));
    expect(data.sources).toEqual([
      { id: "000_18567d4f4f5ab0b1", title: "Product Management Role Hierarchy" },
      { id: "001_a8ebed2f27fe2428", title: "The Product Manager Career Path" },
      { id: "002_d2d1fea17da82400", title: "Hierarchical Levels of Product Managers" },
      { id: "003_24894dd3d8424456", title: "Product Management Levels & Differences" },
      { id: "004_502e8f18b33a844e", title: "Career path for Product Management" },
    ]);
  });

  it("answers /health always and /ready when Neo4j answers", async () => {
    const health = await server.app.fetch("http://laddergraph.test/health");
    const ready = await server.app.fetch("http://laddergraph.test/ready");
    expect(health.status).toBe(200);
    expect(ready.status).toBe(200);
  });

  it("serves GraphiQL with the worked examples as tabs", async () => {
    const page = await server.app.fetch("http://laddergraph.test/graphql", { headers: { accept: "text/html" } });
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain("<title>laddergraph</title>");
    expect(html).toContain("query PathByOneArticle");
    expect(html).toContain("query SourceAgreement");
  });
});
