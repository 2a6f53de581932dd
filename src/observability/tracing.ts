import { type Attributes, SpanStatusCode, trace } from "@opentelemetry/api";
import { getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";

/**
 * OpenTelemetry tracing. The code creates spans through @opentelemetry/api only: a span for each
 * GraphQL execution and, inside it, one for each Cypher statement. Without an SDK they cost next
 * to nothing; `tracingSdk.ts` registers one when LADDERGRAPH_TRACING asks for it.
 */
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
