import {
  type ArgumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";

/**
 * What one request may ask for, counting list sizes (graphql-armor's static cost counts a list
 * field once, however long it is). Estimated before execution from the document and variables.
 */
export const LIST_LIMITS = {
  /** Any list argument (`nodes(ids:)`, `sources:`, `aspects:` …) and any list inside a variable. */
  maxListArgument: 100,
  /** The estimated number of values a response holds (a leaf is 1, an article's text 2,000). */
  maxEstimatedCost: 250_000,
} as const;

/**
 * How long a list field can really be, where the schema does not say: sources, definitions,
 * evidence and claims grow with the number of articles (5 today; room for 10), a page and
 * `first` with their own argument.
 */
const DEFAULT_LIST_BOUND = 10;
/** A field whose value is far larger than a leaf: an article's text is tens of kilobytes. */
const FIELD_WEIGHT: Record<string, number> = { "Source.text": 2_000 };

function listRefusal(count: number, where: string): GraphQLError {
  return new GraphQLError(
    `${where} holds ${count} items; a list argument may hold at most ${LIST_LIMITS.maxListArgument}: ask in several requests`,
    { extensions: { code: "LIMIT_EXCEEDED", limit: LIST_LIMITS.maxListArgument } },
  );
}

/** The longest list anywhere in a variable's value (nested input objects included). */
function longestList(value: unknown): number {
  if (Array.isArray(value)) return Math.max(value.length, ...value.map(longestList));
  if (value !== null && typeof value === "object") return Math.max(0, ...Object.values(value).map(longestList));
  return 0;
}

function longestLiteralList(value: ValueNode): number {
  if (value.kind === Kind.LIST) return Math.max(value.values.length, ...value.values.map(longestLiteralList));
  if (value.kind === Kind.OBJECT) return Math.max(0, ...value.fields.map((f) => longestLiteralList(f.value)));
  return 0;
}

function argumentValue(arg: ArgumentNode | undefined, variables: Record<string, unknown>): unknown {
  if (!arg) return undefined;
  const v = arg.value;
  if (v.kind === Kind.VARIABLE) return variables[v.name.value];
  if (v.kind === Kind.INT) return Number(v.value);
  if (v.kind === Kind.LIST) return v.values;
  return undefined;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/** How many items a field can return: `first`, the number of `ids`, or the default bound for a list. */
function multiplier(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>, node: FieldNode, walk: Walk): number {
  // A connection's page is counted once, at the field that takes `first`.
  if (parent.name.endsWith("Connection")) return 1;
  const args = node.arguments ?? [];
  const first = argumentValue(
    args.find((a) => a.name.value === "first"),
    walk.variables,
  );
  if (typeof first === "number") return Math.max(1, first);
  const ids = argumentValue(
    args.find((a) => a.name.value === "ids"),
    walk.variables,
  );
  if (Array.isArray(ids)) return Math.max(1, ids.length);
  const declared = field.args.find((a) => a.name === "first")?.defaultValue;
  if (typeof declared === "number") return declared;
  if (field.args.some((a) => a.name === "first")) return DEFAULT_LIST_BOUND;
  return isListType(getNullableType(field.type)) ? DEFAULT_LIST_BOUND : 1;
}

function costOf(selection: SelectionSetNode, parent: GraphQLObjectType, walk: Walk, depth: number): number {
  if (depth > 20) return 0;
  let total = 0;
  for (const s of selection.selections) {
    if (s.kind === Kind.FIELD) {
      const field = parent.getFields()[s.name.value];
      if (!field) continue;
      const weight = FIELD_WEIGHT[`${parent.name}.${field.name}`] ?? 1;
      const named = getNamedType(field.type);
      const inner = s.selectionSet && isCompositeType(named) ? childCost(s.selectionSet, named, walk, depth + 1) : weight;
      total += multiplier(parent, field, s, walk) * inner;
    } else {
      const set = s.kind === Kind.INLINE_FRAGMENT ? s.selectionSet : walk.fragments[s.name.value]?.selectionSet;
      const typeName =
        s.kind === Kind.INLINE_FRAGMENT ? s.typeCondition?.name.value : walk.fragments[s.name.value]?.typeCondition.name.value;
      const type = typeName ? walk.schema.getType(typeName) : parent;
      if (set && type) total += childCost(set, type as GraphQLObjectType, walk, depth + 1);
    }
  }
  return total;
}

/** An interface or union costs as much as its most expensive object type. */
function childCost(set: SelectionSetNode, type: ReturnType<typeof getNamedType>, walk: Walk, depth: number): number {
  if (isObjectType(type)) return 1 + costOf(set, type, walk, depth);
  const possible = walk.schema.getPossibleTypes(type as never);
  return 1 + Math.max(0, ...possible.map((t) => costOf(set, t, walk, depth)));
}

/** The estimated number of values an operation's response holds, counting lists by their bounds. */
export function estimateCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Walk["fragments"],
  variables: Record<string, unknown>,
): number {
  const root = operation.operation === "mutation" ? schema.getMutationType() : schema.getQueryType();
  return root ? costOf(operation.selectionSet, root, { schema, fragments, variables }, 0) : 0;
}

/** Every list argument (literal or variable) capped; the list-aware cost capped. Refused before any resolver runs. */
export function listLimits(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const refuse = (error: GraphQLError) => setResultAndStopExecution({ data: null, errors: [error] });
      for (const [name, value] of Object.entries(variables)) {
        const n = longestList(value);
        if (n > LIST_LIMITS.maxListArgument) return refuse(listRefusal(n, `variable $${name}`));
      }
      const fragments: Record<string, FragmentDefinitionNode> = {};
      let operation: OperationDefinitionNode | undefined;
      for (const d of args.document.definitions) {
        if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
        if (d.kind === Kind.OPERATION_DEFINITION && (!args.operationName || d.name?.value === args.operationName)) operation ??= d;
      }
      for (const d of args.document.definitions) {
        if (d.kind !== Kind.OPERATION_DEFINITION && d.kind !== Kind.FRAGMENT_DEFINITION) continue;
        let longest: { n: number; where: string } | undefined;
        const visit = (set: SelectionSetNode) => {
          for (const s of set.selections) {
            if (s.kind === Kind.FIELD) {
              for (const a of s.arguments ?? []) {
                const n = longestLiteralList(a.value);
                if (n > (longest?.n ?? LIST_LIMITS.maxListArgument)) longest = { n, where: `${s.name.value}(${a.name.value}:)` };
              }
            }
            if ("selectionSet" in s && s.selectionSet) visit(s.selectionSet);
          }
        };
        visit(d.selectionSet);
        if (longest) return refuse(listRefusal(longest.n, longest.where));
      }
      if (!operation) return;
      const cost = estimateCost(args.schema, operation, fragments, variables);
      if (cost > LIST_LIMITS.maxEstimatedCost) {
        return refuse(
          new GraphQLError(
            `this query could return about ${cost} values, counting each list at its bound (first, the number of ids, or ${DEFAULT_LIST_BOUND}); at most ${LIST_LIMITS.maxEstimatedCost} are allowed: ask for fewer fields inside lists, a smaller first, or Source.text (${FIELD_WEIGHT["Source.text"]} each) outside lists`,
            { extensions: { code: "LIMIT_EXCEEDED", limit: LIST_LIMITS.maxEstimatedCost, cost } },
          ),
        );
      }
    },
  };
}
