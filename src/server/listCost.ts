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
  isAbstractType,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  SchemaMetaFieldDef,
  type SelectionSetNode,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type ValueNode,
  valueFromASTUntyped,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { longestSeen } from "./responseBudget.ts";

/**
 * What one request may ask for, counting list sizes (graphql-armor's static cost counts a list
 * field once, however long it is). Estimated before execution from the document and variables.
 */
export const LIST_LIMITS = {
  /** Any list argument (`nodes(ids:)`, `sources:`, `aspects:` …) and any list inside a variable. */
  maxListArgument: 100,
  /**
   * The estimated number of values a response holds (a leaf is 1, an article's text 2,000), every
   * list counted at its bound: a worst case far above what real answers hold (the full export
   * estimates 1.2 million and answers about 1 MB, the standard introspection query 0.8 million for
   * 115 KB, a role audit with every conflict, position and quote 2.6 million). It stops what
   * multiplies past any answer — nested lists of lists (the
   * 141-byte attack estimates 98 million), texts inside lists — before a resolver runs; the
   * response budget bounds the bytes of everything it lets through.
   */
  maxEstimatedCost: 20_000_000,
} as const;

/**
 * How long a list field can really be, where the schema does not say: sources, definitions,
 * evidence and claims grow with the number of articles (5 today; room for 10), a page and
 * `first` with their own argument.
 */
const DEFAULT_LIST_BOUND = 10;
/**
 * The lists the seed graph already fills past DEFAULT_LIST_BOUND, with room to grow (the longest
 * today in the comment). A field also never counts below the longest list it has returned in this
 * process (`longestSeen`), so the estimate follows the graph as articles are added.
 */
const LIST_BOUND: Record<string, number> = {
  "Role.responsibilities": 100, // 58
  "Conflict.positions": 100, // 58
  "Query.conflicts": 90, // 45
  "Source.readinessSigns": 70, // 34
  "Source.skills": 64, // 32
  "Source.management": 40, // 20
  "Role.requires": 34, // 17
  "Role.readinessSigns": 26, // 13
  "Source.bands": 26, // 13
  "Role.management": 24, // 12
  "PromotionEdge.readinessSigns": 24, // 12
  "Source.definitions": 22, // 11
  "Source.roles": 22, // 11
  "Query.sourceAgreement": 45, // 10: one per pair of sources (45 for ten)
};
/** What one value of the estimate stands for in the answer, in bytes (about): 250,000 values ≈ 5 MB. */
const BYTES_PER_VALUE = 20;
/**
 * Leaves far larger than a value (an article's text is tens of kilobytes; a quote's context a
 * paragraph), in values. A leaf also never counts below the most bytes it has returned in this
 * process.
 */
const FIELD_WEIGHT: Record<string, number> = {
  "Source.text": 2_000,
  "RoleDefinition.note": 30,
  "Evidence.note": 30,
  "Evidence.context": 30,
  "Conflict.summary": 22,
  "Evidence.quote": 21,
  "ReadinessSign.sign": 21,
  "RoleDefinition.summary": 15,
  "Position.value": 11,
  "ResponsibilityClaim.text": 11,
};

/** Names (fields, aliases, operations, fragments, variables, arguments) are at most this long. */
export const MAX_NAME_LENGTH = 100;
/** An ID or string argument is at most this long (source ids are at most 100 characters); addSource's text and claims, draftClaims' text and previewSource's text and claims are exempt. */
export const MAX_ARGUMENT_LENGTH = 200;
/** The string arguments that carry documents, not names: only these may be longer. */
const LONG_ARGUMENTS = new Set([
  "Mutation.addSource.text",
  "Mutation.addSource.claims",
  "Query.draftClaims.text",
  "Query.previewSource.text",
  "Query.previewSource.claims",
]);

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
  return isListType(getNullableType(field.type)) ? listBound(parent, field, walk.schema) : 1;
}

/** Introspection's lists, counted in the schema being served: exact, not guessed. */
const introspectionBounds = new WeakMap<GraphQLSchema, { lists: Record<string, number>; weights: Record<string, number> }>();

function introspectionOf(schema: GraphQLSchema) {
  let bounds = introspectionBounds.get(schema);
  if (bounds) return bounds;
  const types = Object.values(schema.getTypeMap());
  const most = (counts: number[]) => Math.max(1, ...counts);
  const fields = types.flatMap((t) => ("getFields" in t ? Object.values(t.getFields()) : []));
  const described = [...types, ...fields, ...fields.flatMap((f) => ("args" in f ? f.args : [])), ...schema.getDirectives()];
  const longestDescription = most(described.map((d) => Buffer.byteLength(JSON.stringify(d.description ?? ""))));
  const descriptionWeight = Math.ceil(longestDescription / BYTES_PER_VALUE);
  bounds = {
    lists: {
      "__Schema.types": types.length,
      "__Schema.directives": schema.getDirectives().length,
      "__Type.fields": most(types.map((t) => ("getFields" in t ? Object.keys(t.getFields()).length : 0))),
      "__Type.inputFields": most(types.map((t) => ("getFields" in t ? Object.keys(t.getFields()).length : 0))),
      "__Type.interfaces": most(types.map((t) => ("getInterfaces" in t ? t.getInterfaces().length : 0))),
      "__Type.possibleTypes": most(types.map((t) => (isAbstractType(t) ? schema.getPossibleTypes(t).length : 0))),
      "__Type.enumValues": most(types.map((t) => ("getValues" in t ? t.getValues().length : 0))),
      "__Field.args": most(fields.map((f) => ("args" in f ? f.args.length : 0))),
      "__Directive.args": most(schema.getDirectives().map((d) => d.args.length)),
      "__Directive.locations": most(schema.getDirectives().map((d) => d.locations.length)),
    },
    weights: Object.fromEntries(
      ["__Schema", "__Type", "__Field", "__InputValue", "__EnumValue", "__Directive"].map((t) => [`${t}.description`, descriptionWeight]),
    ),
  };
  introspectionBounds.set(schema, bounds);
  return bounds;
}

/** How long a list field without `first` or `ids` is counted: its bound, or the longest it has returned. */
function listBound(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>, schema: GraphQLSchema): number {
  const coordinate = `${parent.name}.${field.name}`;
  const declared = coordinate.startsWith("__") ? introspectionOf(schema).lists[coordinate] : LIST_BOUND[coordinate];
  return Math.max(declared ?? DEFAULT_LIST_BOUND, longestSeen(coordinate));
}

/** What a leaf is counted as, in values: its weight, or the most bytes it has returned. */
function leafWeight(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>, schema: GraphQLSchema): number {
  const coordinate = `${parent.name}.${field.name}`;
  const declared = coordinate.startsWith("__") ? introspectionOf(schema).weights[coordinate] : FIELD_WEIGHT[coordinate];
  return Math.max(declared ?? 1, Math.ceil(longestSeen(coordinate) / BYTES_PER_VALUE));
}

/** The field a selection names: the schema's, or one of the meta-fields every type has (`__typename`, and `__schema`/`__type` on the query root). */
function fieldOf(parent: GraphQLObjectType, name: string, schema: GraphQLSchema): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef as GraphQLField<unknown, unknown>;
  if (parent === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef as GraphQLField<unknown, unknown>;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef as GraphQLField<unknown, unknown>;
  }
  return parent.getFields()[name];
}

function costOf(selection: SelectionSetNode, parent: GraphQLObjectType, walk: Walk, depth: number): number {
  if (depth > 20) return 0;
  let total = 0;
  for (const s of selection.selections) {
    if (s.kind === Kind.FIELD) {
      const field = fieldOf(parent, s.name.value, walk.schema);
      if (!field) continue;
      const named = getNamedType(field.type);
      // The answer's key (alias or name) is part of the answer too: a long one counts more.
      const key = Math.floor((s.alias ?? s.name).value.length / BYTES_PER_VALUE);
      const inner =
        s.selectionSet && isCompositeType(named)
          ? childCost(s.selectionSet, named, walk, depth + 1)
          : leafWeight(parent, field, walk.schema);
      total += multiplier(parent, field, s, walk) * (inner + key);
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

/** The variables of a request, each one it leaves out replaced by its default value (when the operation declares one). */
function withDefaults(operation: OperationDefinitionNode | undefined, sent: Record<string, unknown>): Record<string, unknown> {
  const variables = { ...sent };
  for (const definition of operation?.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (!(name in variables) && definition.defaultValue) variables[name] = valueFromASTUntyped(definition.defaultValue);
  }
  return variables;
}

/** The longest string in a value (lists included), literal or from a variable. */
function longestString(value: unknown): number {
  if (typeof value === "string") return value.length;
  if (Array.isArray(value)) return Math.max(0, ...value.map(longestString));
  return 0;
}

/**
 * An ID or string argument longer than MAX_ARGUMENT_LENGTH, anywhere in the operation (an
 * unknown id of 60 KB made the "did you mean" search run for seconds): refused before execution.
 */
function longArgument(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): GraphQLError | undefined {
  const root = operation.operation === "mutation" ? schema.getMutationType() : schema.getQueryType();
  const seen = new Set<string>();
  const visit = (
    set: SelectionSetNode,
    parent: ReturnType<typeof getNamedType> | null | undefined,
    depth: number,
  ): GraphQLError | undefined => {
    if (depth > 20 || !parent || !isCompositeType(parent)) return undefined;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const field = isObjectType(parent) ? fieldOf(parent, s.name.value, schema) : undefined;
        for (const a of s.arguments ?? []) {
          const coordinate = `${parent.name}.${s.name.value}.${a.name.value}`;
          if (LONG_ARGUMENTS.has(coordinate)) continue;
          const value = a.value.kind === Kind.VARIABLE ? variables[a.value.name.value] : valueFromASTUntyped(a.value, variables);
          const n = longestString(value);
          if (n > MAX_ARGUMENT_LENGTH) {
            return new GraphQLError(
              `${s.name.value}(${a.name.value}:) is ${n} characters long; ids, slugs, titles and searches are at most ${MAX_ARGUMENT_LENGTH}`,
              { extensions: { code: "LIMIT_EXCEEDED", limit: MAX_ARGUMENT_LENGTH } },
            );
          }
        }
        if (s.selectionSet) {
          const next = field ? getNamedType(field.type) : undefined;
          // An interface or union: its fields are checked through the fragments that name a type.
          const found = visit(s.selectionSet, next ?? parent, depth + 1);
          if (found) return found;
        }
      } else {
        const fragment = s.kind === Kind.FRAGMENT_SPREAD ? fragments[s.name.value] : s;
        if (!fragment || (s.kind === Kind.FRAGMENT_SPREAD && seen.has(s.name.value))) continue;
        if (s.kind === Kind.FRAGMENT_SPREAD) seen.add(s.name.value);
        const typeName = fragment.typeCondition?.name.value;
        const found = visit(fragment.selectionSet, typeName ? schema.getType(typeName) : parent, depth + 1);
        if (found) return found;
      }
    }
    return undefined;
  };
  return visit(operation.selectionSet, root, 0);
}

/** Every list argument (literal or variable) capped; the list-aware cost capped. Refused before any resolver runs. */
export function listLimits(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refuse = (error: GraphQLError) => setResultAndStopExecution({ data: null, errors: [error] });
      const fragments: Record<string, FragmentDefinitionNode> = {};
      let operation: OperationDefinitionNode | undefined;
      for (const d of args.document.definitions) {
        if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
        if (d.kind === Kind.OPERATION_DEFINITION && (!args.operationName || d.name?.value === args.operationName)) operation ??= d;
      }
      // A variable the request leaves out takes its default value: counted exactly as a sent one.
      const variables = withDefaults(operation, (args.variableValues ?? {}) as Record<string, unknown>);
      for (const [name, value] of Object.entries(variables)) {
        const n = longestList(value);
        if (n > LIST_LIMITS.maxListArgument) return refuse(listRefusal(n, `variable $${name}`));
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
      const long = longArgument(args.schema, operation, fragments, variables);
      if (long) return refuse(long);
      const cost = estimateCost(args.schema, operation, fragments, variables);
      if (cost > LIST_LIMITS.maxEstimatedCost) {
        return refuse(
          new GraphQLError(
            `this query could return about ${cost} values, counting each list at its bound (first, the number of ids, or the most it can hold: ${DEFAULT_LIST_BOUND} for most); at most ${LIST_LIMITS.maxEstimatedCost} are allowed: ask for fewer fields inside lists, a smaller first, or Source.text (${FIELD_WEIGHT["Source.text"]} each) outside lists`,
            { extensions: { code: "LIMIT_EXCEEDED", limit: LIST_LIMITS.maxEstimatedCost, cost } },
          ),
        );
      }
    },
  };
}
