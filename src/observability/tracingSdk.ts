import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { detectResources, envDetector, resourceFromAttributes } from "@opentelemetry/resources";
import {
  BatchSpanProcessor,
  ConsoleSpanExporter,
  NodeTracerProvider,
  SimpleSpanProcessor,
  type SpanExporter,
} from "@opentelemetry/sdk-trace-node";

/**
 * The OpenTelemetry SDK, loaded only when tracing is on: LADDERGRAPH_TRACING=otlp exports over
 * OTLP/HTTP (configured by the standard OTEL_EXPORTER_OTLP_* and OTEL_SERVICE_NAME variables),
 * =console prints each span.
 */
export type TracingMode = "off" | "otlp" | "console";
export type TracingProvider = NodeTracerProvider;

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
