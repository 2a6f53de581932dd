import { randomUUID } from "node:crypto";
import { createCounter, createHistogram, usePrometheus } from "@graphql-yoga/plugin-prometheus";
import type { Plugin } from "graphql-yoga";
import type { Driver } from "neo4j-driver";
import type { Logger } from "pino";
import { collectDefaultMetrics, Registry } from "prom-client";
import { registerPoolGauges } from "./neo4jPool.ts";

/** No label value is longer than this (the known names are far shorter). */
export const LABEL_VALUE_MAX = 64;

/**
 * The `operationName` label: a known operation's name, `Anonymous` for an unnamed operation, else
 * `other`. Clients choose names, so a name of their own never makes a new series: the scrape stays
 * the same size whatever they send.
 */
function operationLabel(name: unknown, known: ReadonlySet<string>): string {
  if (name === undefined || name === null || name === "" || name === "Anonymous") return "Anonymous";
  return typeof name === "string" && known.has(name) ? name : "other";
}

const OPERATION_TYPES = new Set(["query", "mutation", "subscription"]);
const METHODS = new Set(["GET", "POST", "OPTIONS", "HEAD"]);

/** Any other label value, cut to LABEL_VALUE_MAX characters. */
const capped = (value: unknown, fallback = "unknown"): string =>
  typeof value === "string" && value.length > 0 ? value.slice(0, LABEL_VALUE_MAX) : fallback;

interface LabelParams {
  operationName?: unknown;
  operationType?: unknown;
}

const operationLabels = (known: ReadonlySet<string>) => (params: LabelParams) => ({
  operationName: operationLabel(params.operationName, known),
  operationType: typeof params.operationType === "string" && OPERATION_TYPES.has(params.operationType) ? params.operationType : "unknown",
});

const OPERATION_LABELS = ["operationName", "operationType"] as const;

/**
 * GET /metrics in Prometheus's text format (@graphql-yoga/plugin-prometheus over prom-client):
 * per operation (name and type) request counts, durations and error results, the parse /
 * validate / execute phases, HTTP durations; the Neo4j driver's connection pool; Node's process
 * metrics. Each app has its own registry (tests build several apps in one process).
 *
 * Every label takes its values from a bounded set (operation names: the known operations, else
 * `other`; no error paths, no URLs, no server addresses), so no client can grow the scrape. A
 * failing scrape answers 500 with an error id (logged in full), never a stack.
 */
export function metrics(
  driver: Driver,
  log: Logger,
  /** Operation names that get a series of their own (the app passes the README's and GraphiQL's examples). */
  knownOperations: ReadonlySet<string> = new Set(),
): Plugin {
  const operation = operationLabels(knownOperations);
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "laddergraph_" });
  registerPoolGauges(registry, driver);
  const histogram = <Phase extends string>(name: string, help: string, phases: [Phase, ...Phase[]]) =>
    createHistogram({ registry, histogram: { name, help, labelNames: OPERATION_LABELS }, fillLabelsFn: operation, phases });
  const prometheus = usePrometheus({
    endpoint: false,
    registry,
    // Introspection (GraphiQL's schema fetch) would drown the operations people run.
    skipIntrospection: true,
    metrics: {
      graphql_envelop_request: createCounter({
        registry,
        counter: { name: "graphql_envelop_request", help: "GraphQL operations executed", labelNames: OPERATION_LABELS },
        fillLabelsFn: operation,
      }),
      graphql_envelop_request_duration: histogram("graphql_envelop_request_duration", "Time from parse to the end of execution, seconds", [
        "execute",
        "subscribe",
      ]),
      graphql_envelop_error_result: createCounter({
        registry,
        counter: {
          name: "graphql_envelop_error_result",
          help: "Errors in results, by the phase that raised them",
          labelNames: [...OPERATION_LABELS, "phase"],
        },
        fillLabelsFn: (params: LabelParams & { errorPhase?: unknown }) => ({ ...operation(params), phase: capped(params.errorPhase) }),
      }),
      graphql_envelop_phase_parse: histogram("graphql_envelop_phase_parse", 'Time spent in GraphQL "parse", seconds', ["parse"]),
      graphql_envelop_phase_validate: histogram("graphql_envelop_phase_validate", 'Time spent in GraphQL "validate", seconds', [
        "validate",
      ]),
      graphql_envelop_phase_execute: histogram("graphql_envelop_phase_execute", 'Time spent in GraphQL "execute", seconds', ["execute"]),
      graphql_envelop_deprecated_field: createCounter({
        registry,
        counter: {
          name: "graphql_envelop_deprecated_field",
          help: "Deprecated fields used in selection sets",
          labelNames: [...OPERATION_LABELS, "fieldName", "typeName"],
        },
        fillLabelsFn: (params: LabelParams & { deprecationInfo?: { fieldName?: unknown; typeName?: unknown } }) => ({
          ...operation(params),
          fieldName: capped(params.deprecationInfo?.fieldName),
          typeName: capped(params.deprecationInfo?.typeName),
        }),
      }),
      graphql_yoga_http_duration: createHistogram({
        registry,
        histogram: {
          name: "graphql_yoga_http_duration",
          help: "Time from the request's arrival to its response, seconds",
          labelNames: [...OPERATION_LABELS, "method", "statusCode"],
        },
        fillLabelsFn: (params: LabelParams & { request?: Request; response?: Response }) => ({
          ...operation(params),
          method: METHODS.has(params.request?.method ?? "") ? (params.request?.method as string) : "other",
          statusCode: String(params.response?.status ?? 0),
        }),
      }),
      // Off: labelled by client input (a summary per name) or not needed here.
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_execute_resolver: false,
      graphql_envelop_schema_change: false,
    },
  });
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(prometheus);
    },
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== "/metrics") return;
      try {
        endResponse(new fetchAPI.Response(await registry.metrics(), { headers: { "content-type": registry.contentType } }));
      } catch (error) {
        const errorId = randomUUID();
        log.error({ errorId, err: error }, "the metrics scrape failed (masked)");
        endResponse(
          new fetchAPI.Response(`# the metrics scrape failed (error id ${errorId}, in the server's log)\n`, {
            status: 500,
            headers: { "content-type": "text/plain; charset=utf-8" },
          }),
        );
      }
    },
  };
}
