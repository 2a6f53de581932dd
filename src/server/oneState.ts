import { type ExecutionResult, GraphQLError, getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import { readDataVersion } from "../cache/dataVersion.ts";
import type { Context } from "../context.ts";
import { GraphChangedError } from "../errors.ts";
import { createLoaders } from "../loaders/index.ts";
import { resetResponseBudget } from "./responseBudget.ts";

/** An error nothing gave a code: it would reach the client as INTERNAL_SERVER_ERROR. */
function unexpected(result: ExecutionResult): boolean {
  return (result.errors ?? []).some((e) => !(e instanceof GraphQLError) || e.extensions?.code === undefined);
}

/**
 * A query answers from one state of the graph. Its statements run one after another, each seeing
 * what is committed when it runs, so an article added or removed between two of them can leave a
 * claim naming a source the next statement no longer finds (an error no code describes). A query
 * whose answer holds such an error runs once more, afresh (new loaders, a new response budget);
 * if the second run fails too and the graph's data version moved meanwhile, the client gets
 * GRAPH_CHANGED ("ask again") instead of an internal error. Mutations never run twice.
 */
export function oneStateOfTheGraph(): Plugin {
  return {
    onExecute({ setExecuteFn, executeFn }) {
      setExecuteFn(async (args) => {
        const first = (await executeFn(args)) as ExecutionResult;
        const operation = getOperationAST(args.document, args.operationName ?? undefined)?.operation;
        if (operation !== "query" || Symbol.asyncIterator in first || !unexpected(first)) return first;
        const context = args.contextValue as Context;
        const version = await readDataVersion(context.scope.driver, context.scope.database).catch(() => undefined);
        context.loaders = createLoaders(context.scope);
        resetResponseBudget(context);
        const second = (await executeFn(args)) as ExecutionResult;
        if (!unexpected(second)) return second;
        const after = await readDataVersion(context.scope.driver, context.scope.database).catch(() => undefined);
        return version !== undefined && after !== undefined && version !== after
          ? { data: null, errors: [new GraphChangedError()] }
          : second;
      });
    },
  };
}
