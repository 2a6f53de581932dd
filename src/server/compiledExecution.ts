import { useGraphQlJit } from "@envelop/graphql-jit";
import type { Logger } from "pino";

/**
 * What graphql-jit 0.8 prints (console.error) when it compiles a query with a literal argument of
 * a built-in scalar under graphql 17, whose `parseLiteral` takes a second, variables argument.
 * Harmless there: jit calls it only for constant literals (a variable inside a literal is taken
 * apart before), and a constant literal has no variables to pass.
 */
export const JIT_SCALAR_LITERAL_WARNING = "Scalar with variable inputs detected for parsing AST literals. This is not supported.";

let routed: Logger | undefined;
const ROUTING = Symbol("laddergraph: graphql-jit's scalar-literal warning routed to the log");
type ConsoleError = typeof console.error & { [ROUTING]?: true };

/**
 * Sends jit's scalar-literal warning to the log (the newest app's) at debug level instead of
 * stderr; every other console.error call goes where it went before.
 */
function routeJitWarning(log: Logger): void {
  routed = log;
  if ((console.error as ConsoleError)[ROUTING]) return;
  const before = console.error;
  const routing: ConsoleError = (...args: unknown[]) => {
    if (args.length === 1 && args[0] === JIT_SCALAR_LITERAL_WARNING) {
      routed?.debug({ warning: JIT_SCALAR_LITERAL_WARNING }, "graphql-jit: a scalar literal compiled without variables");
      return;
    }
    before.apply(console, args);
  };
  routing[ROUTING] = true;
  console.error = routing;
}

/**
 * Compiled execution (graphql-jit). It must be the first plugin: it replaces the execute function
 * outright, and every plugin after it (the request deadline, the Cypher count, the response
 * cache…) wraps the compiled one. Placed after them, it dropped their wrappers: a request to a
 * frozen Neo4j then hung past its deadline.
 */
export function compiledExecution(log: Logger) {
  routeJitWarning(log);
  return useGraphQlJit();
}
