import { type Attributes, SpanStatusCode, trace } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { detectResources, envDetector, resourceFromAttributes } from "@opentelemetry/resources";
import {
  BatchSpanProcessor,
  ConsoleSpanExporter,
  NodeTracerProvider,
  SimpleSpanProcessor,
  type SpanExporter,
} from "@opentelemetry/sdk-trace-node";
import { getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";

/**
 * OpenTelemetry tracing. The code creates spans through @opentelemetry/api only: a span for each
 * GraphQL execution and, inside it, one for each Cypher statement. Without an SDK they cost next
 * to nothing; LADDERGRAPH_TRACING=otlp registers one that exports over OTLP/HTTP (configured by
 * the standard OTEL_EXPORTER_OTLP_* and OTEL_SERVICE_NAME variables), =console prints spans.
 */
export type TracingMode = "off" | "otlp" | "console";

const tracer = () => trace.getTracer("laddergraph");

/** Runs `work` inside an active span (so spans it starts are its children); errors mark the span. */
export function inSpan<T>(name: string, attributes: Attributes, work: () => Promise<T>): Promise<T> {
  return tracer().startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work();
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** A span around each GraphQL execution, named after the operation; error codes on the span. */
export function graphqlSpans(): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) => {
        const operation = getOperationAST(args.document, args.operationName);
        const name = operation?.name?.value ?? "anonymous";
        const attributes = { "graphql.operation.name": name, "graphql.operation.type": operation?.operation ?? "unknown" };
        return inSpan(`graphql.execute ${name}`, attributes, async () => {
          const result = await executeFn(args);
          const errors = (result as { errors?: readonly { extensions?: { code?: unknown } }[] }).errors ?? [];
          if (errors.length > 0) {
            const span = trace.getActiveSpan();
            span?.setAttribute("graphql.error.codes", [...new Set(errors.map((e) => String(e.extensions?.code ?? "GRAPHQL_ERROR")))]);
            span?.setStatus({ code: SpanStatusCode.ERROR });
          }
          return result;
        });
      });
    },
  };
}

/** Registers the tracing SDK for `mode`; returns it (to flush on shutdown), or undefined when off. */
export function startTracing(mode: TracingMode, exporter?: SpanExporter): NodeTracerProvider | undefined {
  if (mode === "off" && !exporter) return undefined;
  const chosen = exporter ?? (mode === "otlp" ? new OTLPTraceExporter() : new ConsoleSpanExporter());
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": "laddergraph" }).merge(detectResources({ detectors: [envDetector] })),
    // A given exporter (tests) gets every span at once; real exporters get them in batches.
    spanProcessors: [exporter ? new SimpleSpanProcessor(chosen) : new BatchSpanProcessor(chosen)],
  });
  provider.register();
  return provider;
}
