import { MapperKind, mapSchema } from "@graphql-tools/utils";
import { defaultFieldResolver, GraphQLError, type GraphQLSchema, getNamedType, isLeafType } from "graphql";
import type { Plugin } from "graphql-yoga";
import { LimitExceededError } from "../errors.ts";

/**
 * A response larger than the configured size is refused, not built: every leaf value (strings
 * above all: an article's text is tens of kilobytes) is counted as it is resolved, and once the
 * count passes the limit the rest of the response is not filled in and the client gets ONE
 * LIMIT_EXCEEDED error instead of data.
 */
interface Budget {
  used: number;
  exceeded: LimitExceededError | undefined;
}

const budgets = new WeakMap<object, Budget>();

function budgetOf(context: object): Budget {
  let budget = budgets.get(context);
  if (!budget) {
    budget = { used: 0, exceeded: undefined };
    budgets.set(context, budget);
  }
  return budget;
}

/** About what a value costs in the JSON response: its characters, plus a little for its key and quotes. */
function sizeOf(value: unknown): number {
  if (typeof value === "string") return value.length + 8;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + sizeOf(v), 2);
  return 8;
}

function tooLarge(maxBytes: number): LimitExceededError {
  return new LimitExceededError(
    `the response would be larger than ${(maxBytes / 1e6).toFixed(1)} MB, the most one request may return; ask for less: fewer fields (an article's text is tens of KB, so avoid Source.text inside lists), a smaller page or first, or filter by role or sources`,
    { limit: maxBytes },
  );
}

/** The schema with every leaf field counted against the request's response budget. */
export function withResponseBudget(schema: GraphQLSchema, maxBytes: number): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field) => {
      if (!isLeafType(getNamedType(field.type))) return field;
      const resolve = field.resolve ?? defaultFieldResolver;
      const count = (budget: Budget, value: unknown) => {
        budget.used += sizeOf(value);
        if (budget.used > maxBytes) budget.exceeded ??= tooLarge(maxBytes);
        return budget.exceeded ? null : value;
      };
      return {
        ...field,
        resolve(source, args, context, info) {
          const budget = budgetOf(context as object);
          if (budget.exceeded) return null;
          const value = resolve(source, args, context, info);
          return value instanceof Promise ? value.then((v) => count(budget, v)) : count(budget, value);
        },
      };
    },
  });
}

/** Replaces a response that ran over its budget by the one LIMIT_EXCEEDED error. */
export function responseBudget(): Plugin {
  return {
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          const exceeded = budgets.get(args.contextValue as object)?.exceeded;
          if (!exceeded || Symbol.asyncIterator in result) return;
          setResult({ data: null, errors: [new GraphQLError(exceeded.message, { extensions: exceeded.extensions })] });
        },
      };
    },
  };
}
