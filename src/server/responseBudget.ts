import { MapperKind, mapSchema } from "@graphql-tools/utils";
import {
  defaultFieldResolver,
  GraphQLError,
  type GraphQLResolveInfo,
  GraphQLSchema,
  getNamedType,
  isLeafType,
  Kind,
  type SelectionSetNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { LimitExceededError } from "../errors.ts";
import { pastDeadline } from "./deadline.ts";

/**
 * A response larger than the configured size is refused, not built: as each field resolves, what
 * it adds to the JSON answer is counted — its key (the alias or name, quoted, with its colon), its
 * value for leaves (strings above all: an article's text is tens of kilobytes), and the
 * `__typename` entries of the objects it returns. Once the count passes the limit the rest of the
 * response is not filled in and the client gets ONE LIMIT_EXCEEDED error instead of data. Every
 * field also checks the request's deadline, synchronously: a response built from memory without
 * a pause still stops at the deadline.
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

/** What the answer of this request has counted so far, in bytes (about). */
export function responseBytesOf(context: object): number {
  return budgets.get(context)?.used ?? 0;
}

/** About what a leaf value costs in the JSON response. */
function sizeOf(value: unknown): number {
  if (typeof value === "string") return value.length + 2;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + sizeOf(v) + 1, 2);
  if (value === null || value === undefined) return 4;
  return String(value).length;
}

/** `__typename` selections directly in a selection set (and its inline fragments), with their key lengths. */
function typenameBytes(selectionSet: SelectionSetNode | undefined): number {
  let bytes = 0;
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD && selection.name.value === "__typename") {
      bytes += (selection.alias ?? selection.name).value.length + 4 + 24;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      bytes += typenameBytes(selection.selectionSet);
    }
  }
  return bytes;
}

/** How many objects a resolved value holds (a list's items, nested lists flattened). */
function objectCount(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + objectCount(v), 0);
  return 1;
}

function tooLarge(maxBytes: number): LimitExceededError {
  return new LimitExceededError(
    `the response would be larger than ${(maxBytes / 1e6).toFixed(1)} MB, the most one request may return; ask for less: fewer fields or aliases (an article's text is tens of KB, so avoid Source.text inside lists), a smaller page or first, or filter by role or sources`,
    { limit: maxBytes },
  );
}

/** The schema with every field counted against the request's response budget and deadline. */
export function withResponseBudget(schema: GraphQLSchema, maxBytes: number): GraphQLSchema {
  const counted = mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field) => {
      const leaf = isLeafType(getNamedType(field.type));
      const resolve = field.resolve ?? defaultFieldResolver;
      const count = (budget: Budget, info: GraphQLResolveInfo, value: unknown) => {
        const node = info.fieldNodes[0];
        budget.used += (node?.alias ?? node?.name)?.value.length ?? 0;
        budget.used += 4 + (leaf ? sizeOf(value) : objectCount(value) * (3 + typenameBytes(node?.selectionSet)));
        if (budget.used > maxBytes) budget.exceeded ??= tooLarge(maxBytes);
        return budget.exceeded ? null : value;
      };
      return {
        ...field,
        resolve(source, args, context, info) {
          const budget = budgetOf(context as object);
          if (budget.exceeded || pastDeadline(context as object)) return null;
          const value = resolve(source, args, context, info);
          return value instanceof Promise ? value.then((v) => count(budget, info, v)) : count(budget, info, value);
        },
      };
    },
  });
  // mapSchema leaves the standard scalars out of its type list, so they would move to the end of
  // the type map, which introspection lists in order: keep the order of the schema it wraps.
  const types = Object.keys(schema.getTypeMap()).map((name) => counted.getType(name));
  return new GraphQLSchema({ ...counted.toConfig(), types: types.filter((t) => t !== undefined) });
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
