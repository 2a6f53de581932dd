import type { Plugin } from "graphql-yoga";
import type { Context } from "../context.ts";

/** With `x-laddergraph-debug: cypher`, the response says how many Cypher round trips it cost. */
export function cypherCount(): Plugin<Context> {
  return {
    onExecute({ args }) {
      const ctx = args.contextValue;
      const request = (ctx as unknown as { request?: Request }).request;
      if (request?.headers.get("x-laddergraph-debug") !== "cypher") return;
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          setResult({ ...result, extensions: { ...result.extensions, cypherQueries: ctx.scope.stats.cypherQueries } });
        },
      };
    },
  };
}
