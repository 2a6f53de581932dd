import fc from "fast-check";
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from "graphql";

/**
 * GraphQL documents generated from the schema with fast-check: random selections over its object
 * types with arguments drawn from the seed graph's real ids (and some unknown ones, which answer
 * NOT_FOUND in the middle of lists), passed as literals or as variables (declared with and
 * without defaults, sent, omitted or null), aliases, inline and named fragments, `@include` and
 * `@skip` on literal and variable conditions, and `__typename`. Queries only: the server refuses
 * writes without the admin token, which the differential test covers by hand.
 */

/** Real values read from the seed graph, and the unknown ones mixed in with them. */
export interface Pools {
  roles: readonly string[];
  sources: readonly string[];
  /** Relay global ids of roles and skills. */
  nodeIds: readonly string[];
  /** `endCursor`s of real pages. */
  cursors: readonly string[];
}

export interface GeneratedDocument {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** A variable's declaration and what the request sends for it. */
interface Variable {
  type: string;
  /** Literal default in the declaration, printed; none when undefined. */
  defaultLiteral?: string;
  /** The JSON value sent, or "omit" (not in the variables object). */
  send: { value: unknown } | "omit";
}

type ArgValue = { kind: "literal"; text: string } | { kind: "variable"; variable: Variable };

interface Directive {
  name: "include" | "skip";
  condition: ArgValue;
}

type Selection =
  | { kind: "field"; name: string; alias: boolean; args: [string, ArgValue][]; directive: Directive | null; selections: Selection[] | null }
  | { kind: "inline"; on: string | null; directive: Directive | null; selections: Selection[] }
  | { kind: "named"; on: string; directive: Directive | null; selections: Selection[] };

interface Operation {
  name: string | null;
  selections: Selection[];
  /** A second, trivial operation in the document; then `operationName` picks the first. */
  withSibling: boolean;
  sendOperationName: boolean;
}

const UNKNOWN_ROLES = ["senior-pm", "no-such-role"];
const UNKNOWN_SOURCES = ["999_unknown", "00"];
/** Global ids of no node: an unknown role, a type that is not a Node, no type at all, not base64. */
const UNKNOWN_NODES = ["Role:nope", "Source:000_18567d4f4f5ab0b1", "Nope:1", "Role", "not-a-global-id"].map((raw, i) =>
  i < 4 ? Buffer.from(raw).toString("base64") : raw,
);
const TITLES = ["Junior PM", "CPO", "Sr. Product Manager", "product manger", "Head of Product", "VP", "zzzzzz", ""];
const SEARCHES = ["product", "senior", "vp", "lead", "xyzzy", "Produkt", "PM"];

/** How a JSON value of `type` is written as a GraphQL literal. */
function literal(value: unknown, type: GraphQLInputType): string {
  if (value === null) return "null";
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const items = Array.isArray(value) ? value : [value];
    return `[${items.map((v) => literal(v, nullable.ofType)).join(", ")}]`;
  }
  if (isEnumType(nullable)) return String(value);
  return JSON.stringify(value);
}

const weighted = <T>(common: readonly T[], rare: readonly T[], rareWeight = 1): fc.Arbitrary<T> =>
  fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...common) }, { weight: rareWeight, arbitrary: fc.constantFrom(...rare) });

/** Values for an argument, by what it means (a role, a source, a page size …), then by its type. */
function argumentValues(owner: string, field: string, arg: GraphQLArgument, pools: Pools): fc.Arbitrary<unknown> {
  const role = weighted(pools.roles, UNKNOWN_ROLES);
  const source = weighted(pools.sources, UNKNOWN_SOURCES);
  const sourceList = fc.uniqueArray(source, { minLength: 1, maxLength: 3 });
  switch (arg.name) {
    case "id":
      if (owner === "Query" && field === "source") return source;
      if (owner === "Query" && field === "node") return weighted(pools.nodeIds, UNKNOWN_NODES);
      return role;
    case "ids":
      return fc.array(weighted(pools.nodeIds, UNKNOWN_NODES), { minLength: 1, maxLength: 4 });
    case "from":
    case "to":
    case "role":
      return role;
    case "source":
      return source;
    case "sources":
      return sourceList;
    case "first":
      return weighted([1, 2, 3, 5, 10, 100], [0, 101, -1], 1);
    case "last":
      return fc.constantFrom(1, 2);
    case "after":
    case "before":
      return weighted(pools.cursors, ["bogus-cursor"], 2);
    case "minSupport":
      return weighted([1, 2, 3], [0, -2]);
    case "maxSteps":
      return weighted([1, 2, 3, 4, 6, 10], [0, 11]);
    case "chars":
      return weighted([0, 10, 40, 80, 200], [-1, 100_000]);
    case "title":
      return fc.constantFrom(...TITLES);
    case "search":
      return fc.constantFrom(...SEARCHES);
  }
  return valuesOfType(arg.type);
}

function valuesOfType(type: GraphQLInputType): fc.Arbitrary<unknown> {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return fc.uniqueArray(valuesOfType(nullable.ofType), { minLength: 0, maxLength: 3 });
  if (isEnumType(nullable)) return fc.constantFrom(...nullable.getValues().map((v) => v.name));
  switch (getNamedType(type).name) {
    case "Boolean":
      return fc.boolean();
    case "Int":
      return fc.integer({ min: 0, max: 5 });
    case "Float":
      return fc.double({ min: 0, max: 5, noNaN: true });
    default:
      return fc.constantFrom("x", "product-manager");
  }
}

/** An argument (or directive condition) as a literal or a variable: declared with or without a default, sent or not. */
function argValue(type: GraphQLInputType, values: fc.Arbitrary<unknown>): fc.Arbitrary<ArgValue> {
  const typeName = String(type);
  const asLiteral = values.map((v): ArgValue => ({ kind: "literal", text: literal(v, type) }));
  const asVariable = fc
    .record({ value: values, fallback: fc.option(values, { freq: 2 }), how: fc.constantFrom("send", "send", "send", "omit") })
    .map(({ value, fallback, how }): ArgValue => {
      const defaultLiteral = fallback === null ? undefined : literal(fallback, type);
      // Left out only where it may be: a nullable variable, or one with a default.
      const omit = how === "omit" && (!isNonNullType(type) || defaultLiteral !== undefined);
      return {
        kind: "variable",
        variable: { type: typeName, ...(defaultLiteral ? { defaultLiteral } : {}), send: omit ? "omit" : { value } },
      };
    });
  // Rarely: null sent for a variable (a request error where the variable is required), or a
  // required variable left out (a request error: BAD_USER_INPUT).
  const asNull = fc.constant<ArgValue>({ kind: "variable", variable: { type: typeName, send: { value: null } } });
  const missing = fc.constant<ArgValue>({ kind: "variable", variable: { type: typeName, send: "omit" } });
  return fc.oneof(
    { weight: 30, arbitrary: asLiteral },
    { weight: 30, arbitrary: asVariable },
    { weight: 1, arbitrary: asNull },
    { weight: 1, arbitrary: missing },
  );
}

function directive(): fc.Arbitrary<Directive | null> {
  const condition: fc.Arbitrary<ArgValue> = fc.oneof(
    fc.boolean().map((b): ArgValue => ({ kind: "literal", text: String(b) })),
    fc.record({ value: fc.boolean(), withDefault: fc.boolean(), omit: fc.boolean() }).map(
      ({ value, withDefault, omit }): ArgValue => ({
        kind: "variable",
        variable: withDefault
          ? { type: "Boolean", defaultLiteral: String(!value), send: omit ? "omit" : { value } }
          : { type: "Boolean!", send: { value } },
      }),
    ),
  );
  const some = fc.record({ name: fc.constantFrom("include" as const, "skip" as const), condition });
  return fc.oneof({ weight: 1, arbitrary: some }, { weight: 9, arbitrary: fc.constant(null) });
}

/** Limits of the generator, inside the server's query limits (depth 10, 15 aliases, list cost). */
const MAX_DEPTH = 4;
/** Lists inside lists multiply the list cost (each counted at 10 items): at most three deep. */
const MAX_NESTED_LISTS = 3;
const returnsList = (field: GraphQLField<unknown, unknown>) => isListType(getNullableType(field.type));
const OPTIONAL_ARG_CHANCE = 0.3;

export function documents(schema: GraphQLSchema, pools: Pools): fc.Arbitrary<GeneratedDocument> {
  const memo = new Map<string, fc.Arbitrary<Selection[]>>();

  function fieldArb(
    owner: GraphQLObjectType,
    field: GraphQLField<unknown, unknown>,
    depth: number,
    lists: number,
  ): fc.Arbitrary<Selection> {
    const args = field.args.map((arg) => {
      const value = argValue(arg.type, argumentValues(owner.name, field.name, arg, pools)).map((v) => [arg.name, v] as [string, ArgValue]);
      if (isNonNullType(arg.type)) return value.map((v) => [v]);
      const chance = arg.name === "last" || arg.name === "before" ? 0.03 : OPTIONAL_ARG_CHANCE;
      return fc.oneof(
        { weight: Math.round(chance * 100), arbitrary: value.map((v) => [v]) },
        { weight: Math.round((1 - chance) * 100), arbitrary: fc.constant([] as [string, ArgValue][]) },
      );
    });
    const named = getNamedType(field.type);
    const selections = isLeafType(named) ? fc.constant(null) : selectionsOf(named, depth + 1, lists + (returnsList(field) ? 1 : 0));
    return fc
      .record({
        args: fc.tuple(...args).map((lists) => lists.flat()),
        alias: fc.integer({ min: 0, max: 9 }).map((n) => n < 1),
        directive: directive(),
        selections,
      })
      .map(
        ({ args, alias, directive, selections }): Selection => ({ kind: "field", name: field.name, alias, args, directive, selections }),
      );
  }

  /** 1–3 fields of an object type (leaves only at the deepest level), sometimes wrapped in fragments. */
  function selectionsOf(type: GraphQLNamedType, depth: number, lists: number): fc.Arbitrary<Selection[]> {
    const key = `${type.name}@${depth}/${lists}`;
    const known = memo.get(key);
    if (known) return known;
    let arb: fc.Arbitrary<Selection[]>;
    if (isInterfaceType(type)) {
      const possible = schema.getPossibleTypes(type);
      arb = fc
        .tuple(
          fc.constantFrom<Selection>(
            { kind: "field", name: "__typename", alias: false, args: [], directive: null, selections: null },
            { kind: "field", name: "id", alias: false, args: [], directive: null, selections: null },
          ),
          fc
            .shuffledSubarray([...possible], { minLength: 0, maxLength: possible.length })
            .chain((types) =>
              fc.tuple(
                ...types.map((t) =>
                  fc
                    .record({ selections: selectionsOf(t, depth, lists), directive: directive(), named: fc.boolean() })
                    .map(
                      ({ selections, directive, named }): Selection =>
                        named
                          ? { kind: "named", on: t.name, directive, selections }
                          : { kind: "inline", on: t.name, directive, selections },
                    ),
                ),
              ),
            ),
        )
        .map(([first, rest]) => [first, ...rest]);
    } else if (isObjectType(type)) {
      const fields = Object.values(type.getFields()).filter(
        (f) =>
          (depth < MAX_DEPTH || isLeafType(getNamedType(f.type))) &&
          (lists < MAX_NESTED_LISTS || !returnsList(f)) &&
          // An article's text (tens of KB) only outside lists.
          (lists === 0 || `${type.name}.${f.name}` !== "Source.text"),
      );
      const typename: Selection = { kind: "field", name: "__typename", alias: false, args: [], directive: null, selections: null };
      const picked = fc
        .shuffledSubarray(fields, { minLength: fields.length ? 1 : 0, maxLength: Math.min(3, fields.length) })
        .chain((chosen) => fc.tuple(...chosen.map((f) => fieldArb(type, f, depth, lists))))
        .chain((selections) =>
          fc
            .record({
              typename: fc.boolean(),
              wrap: fc.constantFrom("none", "none", "none", "inline", "bare", "named"),
              directive: directive(),
            })
            .map(({ typename: withTypename, wrap, directive }): Selection[] => {
              const all = withTypename || selections.length === 0 ? [...selections, typename] : selections;
              if (wrap === "none" || all.length < 2) return all;
              const [head, ...rest] = all as [Selection, ...Selection[]];
              if (wrap === "named") return [head, { kind: "named", on: type.name, directive, selections: rest }];
              return [head, { kind: "inline", on: wrap === "inline" ? type.name : null, directive, selections: rest }];
            }),
        );
      arb = picked;
    } else {
      arb = fc.constant([]);
    }
    memo.set(key, arb);
    return arb;
  }

  const query = schema.getQueryType();
  if (!query) throw new Error("the schema has no Query type");
  const operation = fc.record({
    name: fc.option(fc.constantFrom("Generated", "Q", "Differential"), { freq: 2 }),
    selections: selectionsOf(query, 0, 0),
    withSibling: fc.integer({ min: 0, max: 9 }).map((n) => n < 1),
    sendOperationName: fc.boolean(),
  });
  return operation.map(printOperation);
}

/** Prints the operation, its fragments and its variable declarations; collects the variables to send. */
function printOperation(op: Operation): GeneratedDocument {
  const declarations: string[] = [];
  const variables: Record<string, unknown> = {};
  const fragments: string[] = [];
  let aliases = 0;

  const value = (v: ArgValue): string => {
    if (v.kind === "literal") return v.text;
    const name = `v${declarations.length + 1}`;
    const { type, defaultLiteral, send } = v.variable;
    declarations.push(`$${name}: ${type}${defaultLiteral !== undefined ? ` = ${defaultLiteral}` : ""}`);
    if (send !== "omit") variables[name] = send.value;
    return `$${name}`;
  };
  const directiveText = (d: Directive | null) => (d ? ` @${d.name}(if: ${value(d.condition)})` : "");
  const print = (selections: Selection[]): string =>
    `{ ${selections
      .map((s) => {
        if (s.kind === "field") {
          aliases += s.alias ? 1 : 0;
          const alias = s.alias ? `a${aliases}: ` : "";
          const args = s.args.length ? `(${s.args.map(([n, v]) => `${n}: ${value(v)}`).join(", ")})` : "";
          return `${alias}${s.name}${args}${directiveText(s.directive)}${s.selections ? ` ${print(s.selections)}` : ""}`;
        }
        if (s.kind === "inline") return `...${s.on ? ` on ${s.on}` : ""}${directiveText(s.directive)} ${print(s.selections)}`;
        const name = `F${fragments.length + 1}`;
        fragments.push("");
        const index = fragments.length - 1;
        fragments[index] = `fragment ${name} on ${s.on} ${print(s.selections)}`;
        return `...${name}${directiveText(s.directive)}`;
      })
      .join(" ")} }`;

  const body = print(op.selections);
  const name = op.name ?? (op.withSibling ? "Generated" : null);
  const head =
    name || declarations.length ? `query${name ? ` ${name}` : ""}${declarations.length ? `(${declarations.join(", ")})` : ""} ` : "";
  const parts = [`${head}${body}`, ...fragments, ...(op.withSibling ? ["query Sibling { __typename }"] : [])];
  return {
    query: parts.join("\n"),
    ...(Object.keys(variables).length ? { variables } : {}),
    ...(name && (op.withSibling || op.sendOperationName) ? { operationName: name } : {}),
  };
}
