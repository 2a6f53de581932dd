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
import { endOfSlice } from "./clientFairness.ts";
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

/** Starts the request's count afresh (its execution runs again from the start). */
export function resetResponseBudget(context: object): void {
  budgets.delete(context);
}

/** What the answer of this request has counted so far, in bytes (about). */
export function responseBytesOf(context: object): number {
  return budgets.get(context)?.used ?? 0;
}

/**
 * What a leaf value costs in the JSON response, in UTF-8 bytes: a string as serialized (escapes
 * and multi-byte characters included), an enum or number with room for quotes.
 */
function sizeOf(value: unknown): number {
  if (typeof value === "string") return Buffer.byteLength(JSON.stringify(value));
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + sizeOf(v) + 1, 2);
  if (value === null || value === undefined) return 4;
  return String(value).length + 2;
}

/** The longest type name in a `__typename` value, with its quotes. */
const TYPENAME_VALUE_BYTES = 32;

/**
 * `__typename` selections in a selection set — directly, in inline fragments and in named
 * fragments (their keys and values: graphql-js answers them without a resolver, so they are counted
 * with the object that holds them).
 */
function typenameBytes(selectionSet: SelectionSetNode | undefined, fragments: GraphQLResolveInfo["fragments"], depth = 0): number {
  let bytes = 0;
  if (depth > 20) return 0;
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD && selection.name.value === "__typename") {
      bytes += (selection.alias ?? selection.name).value.length + 4 + TYPENAME_VALUE_BYTES;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      bytes += typenameBytes(selection.selectionSet, fragments, depth + 1);
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      bytes += typenameBytes(fragments[selection.name.value]?.selectionSet, fragments, depth + 1);
    }
  }
  return bytes;
}

/**
 * The longest list and the longest leaf value (bytes) each field (`Type.field`) has returned in this
 * process: the list-aware cost estimate never counts a field below what it has seen.
 */
const longest = new Map<string, number>();

/** The longest list (or, for a leaf, the most bytes) `Type.field` has returned in this process; 0 when never seen. */
export function longestSeen(coordinate: string): number {
  return longest.get(coordinate) ?? 0;
}

function observe(coordinate: string, n: number): void {
  if (n > (longest.get(coordinate) ?? 0)) longest.set(coordinate, n);
}

/** Every `Type.field` seen, with its longest list or leaf (tests compare them with the estimate's bounds). */
export function longestSeenAll(): ReadonlyMap<string, number> {
  return longest;
}

/** What an error adds to the answer: its message, its path and locations, its extensions. */
function errorBytes(error: unknown, info: GraphQLResolveInfo): number {
  const message = error instanceof Error ? error.message : String(error);
  let depth = 0;
  for (let p: GraphQLResolveInfo["path"] | undefined = info.path; p; p = p.prev) depth += 1;
  const extensions = error instanceof GraphQLError ? JSON.stringify(error.extensions ?? {}).length : 64;
  return Buffer.byteLength(JSON.stringify(message)) + 64 + depth * 24 + extensions;
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
        const coordinate = `${info.parentType.name}.${info.fieldName}`;
        budget.used += (node?.alias ?? node?.name)?.value.length ?? 0;
        if (leaf) {
          const bytes = sizeOf(value);
          observe(coordinate, bytes);
          budget.used += 4 + bytes;
        } else {
          const objects = objectCount(value);
          if (Array.isArray(value)) observe(coordinate, objects);
          budget.used += 4 + (Array.isArray(value) ? 2 : 0) + (value == null ? 4 : 0);
          budget.used += objects * (3 + typenameBytes(node?.selectionSet, info.fragments));
        }
        if (budget.used > maxBytes) budget.exceeded ??= tooLarge(maxBytes);
        return budget.exceeded ? null : value;
      };
      /** A field that fails adds its error to the answer (and null in its place). */
      const failed = (budget: Budget, info: GraphQLResolveInfo, error: unknown): never => {
        budget.used += errorBytes(error, info) + 4;
        if (budget.used > maxBytes) budget.exceeded ??= tooLarge(maxBytes);
        throw error;
      };
      return {
        ...field,
        resolve(source, args, context, info) {
          const run = () => {
            const budget = budgetOf(context as object);
            if (budget.exceeded || pastDeadline(context as object)) return null;
            let value: unknown;
            try {
              value = resolve(source, args, context, info);
            } catch (error) {
              return failed(budget, info, error);
            }
            return value instanceof Promise
              ? value.then(
                  (v) => count(budget, info, v),
                  (error) => failed(budget, info, error),
                )
              : count(budget, info, value);
          };
          // A long execution gives the event loop back every few milliseconds (clientFairness.ts).
          const pause = endOfSlice();
          return pause ? pause.then(run) : run();
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
