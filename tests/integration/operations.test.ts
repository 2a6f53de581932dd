import { trace } from "@opentelemetry/api";
import { InMemorySpanExporter } from "@opentelemetry/sdk-trace-base";
import { afterAll, describe, expect, inject, it } from "vitest";
import { startTracing } from "../../src/observability/tracingSdk.ts";
import { EXAMPLES } from "../../src/server/examples.ts";
import { graphql } from "../support/graphql.ts";
import { startTestServer } from "../support/server.ts";

/** What an operator scrapes and traces: /metrics in Prometheus's format; OpenTelemetry spans. */
const exporter = new InMemorySpanExporter();
const provider = startTracing("off", exporter);
const server = startTestServer();
afterAll(async () => {
  await server.close();
  await provider?.shutdown();
  trace.disable();
});

const example = (name: string) => EXAMPLES.find((e) => e.name === name)?.query as string;

describe("/metrics", () => {
  it("counts each operation by name, with its errors, its duration, and the Neo4j pool", async () => {
    await server.query(example("PathByOneArticle"));
    await server.query(example("PathByOneArticle"));
    const failed = await server.send(graphql(`query UnknownRole { role(id: "astronaut") { name } }`));
    expect(failed.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    const response = await server.app.fetch("http://laddergraph.test/metrics");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(text).toContain('graphql_envelop_request{operationName="PathByOneArticle",operationType="query"} 2');
    // A name that is not one of the examples is counted as "other": clients cannot add series.
    expect(text).toContain('graphql_envelop_request{operationName="other",operationType="query"} 1');
    expect(text).not.toContain("UnknownRole");
    expect(text).toContain('graphql_envelop_request_duration_count{operationName="PathByOneArticle",operationType="query"} 2');
    expect(text).toMatch(/graphql_envelop_error_result\{[^}]*operationName="other"[^}]*\} 1/);
    expect(text).not.toMatch(/graphql_envelop_error_result\{[^}]*operationName="PathByOneArticle"/);

    // The pool: nothing lent out by requests, at least one connection idle, the driver's bound; not where Neo4j is.
    const address = new URL(inject("neo4j").uri.replace(/^[a-z+]+:/, "http:")).host;
    expect(text).not.toContain(address);
    // At most the response cache's data-version read (every 250 ms) may hold one at scrape time.
    const active = Number(text.match(/laddergraph_neo4j_pool_connections\{state="active"\} (\d+)/)?.[1]);
    expect(active).toBeLessThanOrEqual(1);
    const idle = Number(text.match(/laddergraph_neo4j_pool_connections\{state="idle"\} (\d+)/)?.[1]);
    expect(idle).toBeGreaterThanOrEqual(1);
    expect(text).toContain("laddergraph_neo4j_pool_max_size 100");
    expect(text).toMatch(/laddergraph_process_cpu_user_seconds_total \d/);
  });
});

describe("tracing", () => {
  it("one span per GraphQL execution, and inside it one span per Cypher statement", async () => {
    exporter.reset();
    // An answer not in the response cache yet (a cache hit executes nothing, so has no span).
    await server.query(example("PathByOneArticle").replace("{", "{ __typename "));
    const spans = exporter.getFinishedSpans();
    const execute = spans.find((s) => s.name === "graphql.execute PathByOneArticle");
    expect(execute?.attributes).toEqual({ "graphql.operation.name": "PathByOneArticle", "graphql.operation.type": "query" });
    const cypher = spans.filter((s) => s.name.startsWith("cypher "));
    // The path statement, then the role and source loaders its answer needs (see conventions.test.ts).
    expect(cypher.map((s) => s.name)).toContain("cypher read/shortest-promotion-path");
    for (const s of cypher) {
      expect(s.parentSpanContext?.spanId).toBe(execute?.spanContext().spanId);
      expect(s.attributes["db.system"]).toBe("neo4j");
    }
  });

  it("an execution with a coded error marks its span with the code", async () => {
    exporter.reset();
    await server.send(graphql(`query UnknownSource { source(id: "000") { id } }`));
    const execute = exporter.getFinishedSpans().find((s) => s.name === "graphql.execute UnknownSource");
    expect(execute?.attributes["graphql.error.codes"]).toEqual(["NOT_FOUND"]);
    expect(execute?.status.code).toBe(2);
  });
});
