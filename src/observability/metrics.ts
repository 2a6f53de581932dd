import { usePrometheus } from "@graphql-yoga/plugin-prometheus";
import type { Plugin } from "graphql-yoga";
import type { Driver } from "neo4j-driver";
import { collectDefaultMetrics, Registry } from "prom-client";
import { registerPoolGauges } from "./neo4jPool.ts";

/**
 * GET /metrics in Prometheus's text format (@graphql-yoga/plugin-prometheus over prom-client):
 * per operation (name and type) request counts, durations and error results, the parse /
 * validate / execute phases, HTTP durations; the Neo4j driver's connection pool; Node's process
 * metrics. Each app has its own registry (tests build several apps in one process).
 */
export function metrics(driver: Driver): Plugin {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "laddergraph_" });
  registerPoolGauges(registry, driver);
  return usePrometheus({
    endpoint: "/metrics",
    registry,
    // Introspection (GraphiQL's schema fetch) would drown the operations people run.
    skipIntrospection: true,
    metrics: {
      graphql_envelop_request: true,
      graphql_envelop_request_duration: true,
      graphql_envelop_error_result: true,
      graphql_envelop_phase_parse: true,
      graphql_envelop_phase_validate: true,
      graphql_envelop_phase_execute: true,
      graphql_envelop_deprecated_field: true,
      graphql_yoga_http_duration: true,
    },
    labels: { url: false },
  });
}
