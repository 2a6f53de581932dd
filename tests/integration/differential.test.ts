// Its documents stay strings on purpose (not gql.tada typed documents): generated and hand-written ones run through two executors, invalid ones included.
import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  GraphQLError,
  getIntrospectionQuery,
  getOperationAST,
  type IntrospectionOptions,
  isIntrospectionType,
  isSpecifiedScalarType,
  Kind,
  parse,
  validate,
} from "graphql";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../src/context.ts";
import { schema } from "../../src/schema/index.ts";
import { EXAMPLES } from "../../src/server/examples.ts";
import { appSettings } from "../../src/server/settings.ts";
import { documents, type Pools } from "../support/generatedDocuments.ts";
import { type ListeningServer, startListeningServer } from "../support/listening.ts";
import { testEnv } from "../support/server.ts";

/**
 * Differential test: every document the project knows, and 2,000 generated from the schema
 * (tests/support/generatedDocuments.ts), answered by the server as `npm start` builds it (over
 * HTTP, every plugin on: response cache, response budget, deadline, masking, limits) and by
 * graphql-js itself (`parse`, `validate`, `execute` on the plain schema, not the served one that
 * `withResponseBudget` wraps, a fresh context on the same Neo4j). Each document goes to the server
 * twice (the second answer usually comes from the response cache), a third of them once as GET.
 *
 * What "equal" means: graphql-js's result is turned into the answer GraphQL over HTTP and our
 * documented error contract prescribe, and each HTTP answer must be exactly that:
 * - `data`: the same JSON text (same values, same key order); absent on both or present on both.
 * - `errors`: graphql-js's message, path, locations and extensions, each — minus `errorId` and
 *   `requestId`, which differ per request — with the code the README documents: a syntax error
 *   GRAPHQL_PARSE_FAILED, a validation error GRAPHQL_VALIDATION_FAILED, a request error (a
 *   variable of the wrong type, missing, null) BAD_USER_INPUT, an error we throw on purpose its
 *   own code; anything else masked ("Unexpected error.", INTERNAL_SERVER_ERROR), and a masked
 *   error is a difference in itself: no document may crash a resolver. As a set: graphql-js
 *   lists errors in the order fields fail, which is I/O timing, so both lists are sorted.
 * - the HTTP status: 200 when graphql-js has `data`, 400 when it has none (a request error).
 * Where the spec leaves graphql-js a choice, the answer may be any of its choices:
 * - When a non-null field fails, its parent is nulled, and graphql-js reports the errors that
 *   happened in that part of the data until then — at least the one that nulled it, and which
 *   others depends on timing (two unknown ids in one list: either index). So errors inside a
 *   nulled part of the data are compared by part: the same parts on both sides, and each error
 *   one that graphql-js reports there when run without error propagation (graphql 17's
 *   `@experimental_disableErrorPropagation`, which lets every field run and report). Errors
 *   outside nulled parts are compared exactly. Counted apart as "racing".
 * Two exceptions, counted apart:
 * - A document whose operation cannot be determined (an unknown operationName, several
 *   operations and none named): yoga refuses it before graphql-js runs, 400 with its own words
 *   (OPERATION_RESOLUTION_FAILURE, "Could not determine what operation to execute.") instead of
 *   graphql-js's ('Unknown operation named "Z".'). A plugin of yoga's: "undetermined".
 * - A refusal by a limit of the server (graphql-armor's depth, aliases, directives and cost, the
 *   list cost, the response size): LIMIT_EXCEEDED for the whole document (no data, or `data: null`
 *   and errors without a path), the same both times — not a difference of execution. "refused";
 *   the generator stays inside the limits, so refusals are a small minority.
 * A comparison that met an error of the environment (DATABASE_UNAVAILABLE, DEADLINE_EXCEEDED, a
 * transaction timeout: a loaded machine) is made again, twice at most, and the count printed.
 */

const GENERATED = 2_000;
/** Requests in flight at once (each document: one reference execution, then two HTTP requests). */
const CONCURRENCY = 4;
const SEED = Number(process.env.LADDERGRAPH_DIFFERENTIAL_SEED ?? 20_170_917);

interface Document {
  label: string;
  query: string;
  variables?: Record<string, unknown> | undefined;
  operationName?: string | undefined;
}

interface ComparedError {
  message: string;
  path?: readonly (string | number)[];
  locations?: readonly { line: number; column: number }[];
  extensions?: Record<string, unknown>;
}

interface Answer {
  status: number;
  data?: string;
  errors?: ComparedError[];
}

let server: ListeningServer;
const settings = appSettings(testEnv({}));
const silent = pino({ level: "silent" });

beforeAll(async () => {
  server = await startListeningServer();
});
afterAll(() => server?.close());

const LIMIT = /limit of \d+ exceeded/i;

/** An error as the client reads it: extensions without the per-request ids; keys only when present. */
function comparable(e: { message: string; path?: unknown; locations?: unknown; extensions?: Record<string, unknown> }): ComparedError {
  const { errorId: _e, requestId: _r, ...extensions } = e.extensions ?? {};
  return {
    message: e.message,
    ...(e.path ? { path: e.path as ComparedError["path"] } : {}),
    ...(e.locations ? { locations: e.locations as ComparedError["locations"] } : {}),
    ...(Object.keys(extensions).length ? { extensions } : {}),
  };
}

const byContent = (a: ComparedError, b: ComparedError) => {
  const ka = JSON.stringify([a.path ?? [], a.message, a.locations ?? []]);
  const kb = JSON.stringify([b.path ?? [], b.message, b.locations ?? []]);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

const withCode = (e: GraphQLError, code: string) => comparable({ ...e.toJSON(), extensions: { ...e.extensions, code } });

/**
 * An execution error of graphql-js as the client must see it: graphql-js's message, path,
 * locations and extensions; a request error (no path, no code) coded BAD_USER_INPUT, an error of
 * ours without a code LIMIT_EXCEEDED or BAD_USER_INPUT; an error that is not a GraphQLError masked.
 */
function asServed(e: GraphQLError): { error: ComparedError; unexpected: boolean } {
  const original = e.originalError;
  if (original && !(original instanceof GraphQLError)) {
    return {
      error: comparable({
        message: "Unexpected error.",
        path: e.path,
        locations: e.locations,
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      }),
      unexpected: true,
    };
  }
  const json = e.toJSON();
  if (e.path === undefined && e.extensions?.code === undefined) return { error: withCode(e, "BAD_USER_INPUT"), unexpected: false };
  if (!original || e.extensions?.code !== undefined) return { error: comparable(json), unexpected: false };
  return { error: withCode(e, LIMIT.test(e.message) ? "LIMIT_EXCEEDED" : "BAD_USER_INPUT"), unexpected: false };
}

/** yoga settles which operation to run before graphql-js would, and says so in its own words (see the header). */
const UNDETERMINED_OPERATION = /^(Unknown operation named|Must provide operation name|Must provide an operation)/;
const YOGA_UNDETERMINED: ComparedError = {
  message: "Could not determine what operation to execute.",
  extensions: { code: "OPERATION_RESOLUTION_FAILURE" },
};

function freshContext() {
  return createContext(
    {
      driver: server.driver,
      database: undefined,
      txTimeoutMs: settings.txTimeoutMs,
      log: silent,
      adminToken: settings.adminToken,
      seedDir: settings.seedDir,
    },
    randomUUID(),
    undefined,
  );
}

interface Reference {
  answer: Answer;
  /** Stacks of the errors the masking rule hides: a resolver crashed. */
  unexpected: string[];
  /** The parsed, valid document (undefined when parsing or validation failed). */
  document?: DocumentNode;
  /** The document's operation could not be determined: yoga's refusal instead of graphql-js's. */
  undetermined?: true;
}

/** A graphql-js execution result in the form the server must give it. */
function served(result: ExecutionResult): { answer: Answer; unexpected: string[] } {
  const errors = (result.errors ?? []).map(asServed);
  return {
    answer: {
      status: "data" in result ? 200 : 400,
      ...("data" in result ? { data: JSON.stringify(result.data) } : {}),
      ...(errors.length ? { errors: errors.map((s) => s.error).sort(byContent) } : {}),
    },
    unexpected: (result.errors ?? []).filter((_, i) => errors[i]?.unexpected).map((e) => String(e.originalError?.stack ?? e)),
  };
}

/** graphql-js's answer on the plain schema, in the form the server must give it. */
async function reference(doc: Document): Promise<Reference> {
  let document: DocumentNode;
  try {
    document = parse(doc.query);
  } catch (e) {
    return { answer: { status: 400, errors: [withCode(e as GraphQLError, "GRAPHQL_PARSE_FAILED")] }, unexpected: [] };
  }
  if (!getOperationAST(document, doc.operationName))
    return { answer: { status: 400, errors: [YOGA_UNDETERMINED] }, unexpected: [], undetermined: true };
  const invalid = validate(schema, document);
  if (invalid.length) {
    return {
      answer: { status: 400, errors: invalid.map((e) => withCode(e, "GRAPHQL_VALIDATION_FAILED")).sort(byContent) },
      unexpected: [],
    };
  }
  const result = (await execute({
    schema,
    document,
    variableValues: doc.variables,
    operationName: doc.operationName,
    contextValue: freshContext(),
  })) as ExecutionResult;
  if (!("data" in result) && result.errors?.some((e) => UNDETERMINED_OPERATION.test(e.message))) {
    return { answer: { status: 400, errors: [YOGA_UNDETERMINED] }, unexpected: [], undetermined: true };
  }
  return { ...served(result), document };
}

/**
 * Every error graphql-js can report for the document, whatever the timing: the document executed
 * without error propagation (graphql 17's `@experimental_disableErrorPropagation`), so that no
 * field is cut short by a failing sibling and every field error is reported where it happens.
 */
async function everyPossibleError(doc: Document, document: DocumentNode): Promise<{ errors: Set<string>; unexpected: string[] }> {
  const operation = getOperationAST(document, doc.operationName);
  const noPropagation: DocumentNode = {
    ...document,
    definitions: document.definitions.map((d) =>
      d === operation
        ? {
            ...operation,
            directives: [
              ...(operation.directives ?? []),
              { kind: Kind.DIRECTIVE, name: { kind: Kind.NAME, value: "experimental_disableErrorPropagation" }, arguments: [] },
            ],
          }
        : d,
    ),
  };
  const result = (await execute({
    schema,
    document: noPropagation,
    variableValues: doc.variables,
    operationName: doc.operationName,
    contextValue: freshContext(),
  })) as ExecutionResult;
  const { answer, unexpected } = served(result);
  return { errors: new Set((answer.errors ?? []).map((e) => JSON.stringify(e))), unexpected };
}

/**
 * How far down an error's path the data goes: the length of the path's prefix at which the data
 * holds null (the error's field, or an ancestor a non-null field's error nulled); undefined when
 * the data holds the error's own field (null there: a nullable field's own error).
 */
function nulledAt(path: readonly (string | number)[], data: unknown): number | undefined {
  let value = data;
  for (let i = 0; i < path.length; i++) {
    if (value === null || value === undefined) return i;
    value = (value as Record<string | number, unknown>)[path[i] as string | number];
  }
  return undefined;
}

/** Errors reported inside a part of the data an error propagation nulled, by that part's path. */
function racing(answer: Answer): { settled: ComparedError[]; byRegion: Map<string, string[]> } {
  const data = answer.data === undefined ? undefined : (JSON.parse(answer.data) as unknown);
  const settled: ComparedError[] = [];
  const byRegion = new Map<string, string[]>();
  for (const e of answer.errors ?? []) {
    const at = e.path && answer.data !== undefined ? nulledAt(e.path, data) : undefined;
    if (at === undefined || !e.path) {
      settled.push(e);
      continue;
    }
    const region = JSON.stringify(e.path.slice(0, at));
    byRegion.set(region, [...(byRegion.get(region) ?? []), JSON.stringify(e)]);
  }
  return { settled, byRegion };
}

/** The server's answer over HTTP, by POST or by GET (GET for queries only: it may come from the response cache). */
async function overHttp(doc: Document, method: "GET" | "POST"): Promise<Answer> {
  const headers = { accept: "application/graphql-response+json" };
  let response: Response;
  if (method === "GET") {
    const url = new URL(`${server.origin}/graphql`);
    url.searchParams.set("query", doc.query);
    if (doc.variables) url.searchParams.set("variables", JSON.stringify(doc.variables));
    if (doc.operationName) url.searchParams.set("operationName", doc.operationName);
    response = await fetch(url, { headers });
  } else {
    response = await fetch(`${server.origin}/graphql`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({ query: doc.query, variables: doc.variables, operationName: doc.operationName }),
    });
  }
  const body = (await response.json()) as { data?: unknown; errors?: Parameters<typeof comparable>[0][] };
  return {
    status: response.status,
    ...("data" in body ? { data: JSON.stringify(body.data) } : {}),
    ...(body.errors?.length ? { errors: body.errors.map(comparable).sort(byContent) } : {}),
  };
}

/** The whole document refused by one of the server's limits, before or instead of its data. */
function refusedByLimit(answer: Answer): boolean {
  const errors = answer.errors ?? [];
  return (
    (answer.data === undefined || answer.data === "null") &&
    errors.length > 0 &&
    errors.every((e) => e.path === undefined && e.extensions?.code === "LIMIT_EXCEEDED")
  );
}

/** Which limit refused a document, for the record. */
function refusalReason(answer: Answer): string {
  const message = answer.errors?.[0]?.message ?? "";
  const reasons: [RegExp, string][] = [
    [/could return about/, "list cost"],
    [/response would be larger/, "response size"],
    [/depth/i, "depth"],
    [/alias/i, "aliases"],
    [/directive/i, "directives"],
    [/token/i, "tokens"],
    [/cost/i, "cost"],
  ];
  return reasons.find(([pattern]) => pattern.test(message))?.[1] ?? message;
}

const isQuery = (doc: Document) => !/^\s*(#[^\n]*\n\s*)*mutation\b/.test(doc.query);

interface Outcome {
  label: string;
  document: Document;
  kind: "equal" | "racing" | "undetermined" | "refused" | "different";
  /** What graphql-js answered: data alone, data with errors, or a request error (no data). */
  shape: "data" | "data and errors" | "request error";
  detail?: unknown;
}

/**
 * Whether an HTTP answer is the reference's: the same status and data, the same errors outside
 * nulled parts, and inside each nulled part at least one error, each one graphql-js can report there.
 */
function sameAnswer(expected: Answer, actual: Answer, possible: Set<string> | undefined): boolean {
  if (actual.status !== expected.status || actual.data !== expected.data) return false;
  if (JSON.stringify(actual.errors) === JSON.stringify(expected.errors)) return true;
  if (!possible) return false;
  const [e, a] = [racing(expected), racing(actual)];
  if (JSON.stringify(e.settled) !== JSON.stringify(a.settled)) return false;
  if (JSON.stringify([...e.byRegion.keys()].sort()) !== JSON.stringify([...a.byRegion.keys()].sort())) return false;
  return [...a.byRegion.values()].flat().every((error) => possible.has(error));
}

/** Errors of the environment, not of the document: a database slow to answer on a loaded machine. */
const ENVIRONMENT = /DATABASE_UNAVAILABLE|DEADLINE_EXCEEDED|one database transaction may (take|use)/;
let retried = 0;

/** Compares one document; when either side met an error of the environment, compares it again (twice at most). */
async function compare(doc: Document, index: number): Promise<Outcome> {
  let outcome = await compareOnce(doc, index);
  for (let attempt = 0; attempt < 2 && outcome.kind === "different" && ENVIRONMENT.test(JSON.stringify(outcome.detail)); attempt++) {
    retried += 1;
    outcome = await compareOnce(doc, index);
  }
  return outcome;
}

async function compareOnce(doc: Document, index: number): Promise<Outcome> {
  const ref = await reference(doc);
  const expected = ref.answer;
  const unexpected = [...ref.unexpected];
  // The cache is filled by the first request and read by the second; GET and POST share it.
  const methods: ("GET" | "POST")[] = !isQuery(doc)
    ? ["POST", "POST"]
    : index % 3 === 0
      ? ["GET", "POST"]
      : index % 3 === 1
        ? ["POST", "GET"]
        : ["POST", "POST"];
  const answers: Answer[] = [];
  for (const method of methods) answers.push(await overHttp(doc, method));
  const [first, second] = answers as [Answer, Answer];
  const shape = expected.data === undefined ? "request error" : expected.errors ? "data and errors" : "data";
  const outcome = (kind: Outcome["kind"], detail?: unknown): Outcome => ({
    label: doc.label,
    document: doc,
    kind,
    shape,
    ...(detail ? { detail } : {}),
  });
  if (refusedByLimit(first)) {
    return JSON.stringify(second) === JSON.stringify(first)
      ? outcome("refused", { limit: refusalReason(first) })
      : outcome("different", { refusal: first, second });
  }
  let kind: Outcome["kind"] = ref.undetermined ? "undetermined" : "equal";
  let possible: Set<string> | undefined;
  if (ref.document && answers.some((a) => JSON.stringify(a.errors) !== JSON.stringify(expected.errors))) {
    const every = await everyPossibleError(doc, ref.document);
    possible = every.errors;
    unexpected.push(...every.unexpected);
    kind = "racing";
  }
  if (answers.every((a) => sameAnswer(expected, a, possible)) && !unexpected.length) return outcome(kind);
  const detail = methods.map((method, i) => ({ method, ...difference(expected, answers[i] as Answer) }));
  return outcome("different", { answers: detail, unexpected });
}

/** Where two answers part: the status, the data around the first character that differs, the errors only one has. */
function difference(expected: Answer, actual: Answer): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (expected.status !== actual.status) out.status = { expected: expected.status, actual: actual.status };
  if (expected.data !== actual.data) {
    const [e = "(none)", a = "(none)"] = [expected.data, actual.data];
    let i = 0;
    while (i < e.length && e[i] === a[i]) i++;
    out.data = { at: i, expected: e.slice(Math.max(0, i - 120), i + 120), actual: a.slice(Math.max(0, i - 120), i + 120) };
  }
  const key = (e: ComparedError) => JSON.stringify(e);
  const [es, as] = [new Set((expected.errors ?? []).map(key)), new Set((actual.errors ?? []).map(key))];
  const onlyExpected = [...es].filter((k) => !as.has(k));
  const onlyActual = [...as].filter((k) => !es.has(k));
  if (onlyExpected.length || onlyActual.length) out.errors = { expected: onlyExpected.slice(0, 3), actual: onlyActual.slice(0, 3) };
  return out;
}

/** Runs `work` over `items`, `limit` at a time, in order of the items. */
async function pool<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

// --- The documents the project knows -------------------------------------------------------------

function readmeDocuments(): Document[] {
  const readme = readFileSync("README.md", "utf8");
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m, i) => ({ label: `README #${i + 1}`, query: m[1] ?? "" }));
}

function introspectionDocuments(): Document[] {
  const flags = [
    "descriptions",
    "specifiedByUrl",
    "directiveIsRepeatable",
    "schemaDescription",
    "inputValueDeprecation",
    "experimentalDirectiveDeprecation",
    "oneOf",
  ] as const;
  const docs: Document[] = [];
  for (let mask = 0; mask < 2 ** flags.length; mask++) {
    const options: IntrospectionOptions = Object.fromEntries(flags.map((f, i) => [f, Boolean(mask & (1 << i))]));
    docs.push({ label: `getIntrospectionQuery(${JSON.stringify(options)})`, query: getIntrospectionQuery(options) });
  }
  for (const typeDepth of [1, 3, 5, 9, 12]) {
    docs.push({ label: `getIntrospectionQuery({ typeDepth: ${typeDepth} })`, query: getIntrospectionQuery({ typeDepth }) });
  }
  return docs;
}

const HAND_WRITTEN: Document[] = [
  { label: "fields and args of Role", query: '{ __type(name: "Role") { fields { name args { name } } } }' },
  { label: "every type's fields", query: "{ __schema { types { name fields { name } } } }" },
  {
    label: "Query's fields with deprecated ones, args with defaults",
    query:
      '{ __type(name: "Query") { fields(includeDeprecated: true) { name isDeprecated args(includeDeprecated: true) { name defaultValue type { kind name ofType { kind name ofType { kind name } } } } } } }',
  },
  {
    label: "an enum's values",
    query: '{ __type(name: "Track") { name kind description enumValues { name description isDeprecated deprecationReason } } }',
  },
  { label: "the Node interface", query: '{ __type(name: "Node") { kind possibleTypes { name } interfaces { name } fields { name } } }' },
  {
    label: "roots and directives",
    query:
      "{ __schema { description queryType { name } mutationType { name } subscriptionType { name } directives { name isRepeatable locations args { name defaultValue } } } }",
  },
  { label: "an unknown type", query: '{ __type(name: "NoSuchType") { name } }' },
  { label: "a type by variable", query: "query ($name: String!) { __type(name: $name) { name kind } }", variables: { name: "Evidence" } },
  { label: "__typename", query: "{ __typename }" },
  { label: "__typename beside a field", query: "{ __typename sources { __typename id } }" },
  { label: "sources", query: "{ sources { id title author publisher sha256 } }" },
  { label: "a syntax error", query: "{ role(id: ) { name } }" },
  { label: "an unknown field", query: '{ role(id: "product-manager") { nmae } }' },
  { label: "a variable of the wrong type", query: "query ($id: ID!) { role(id: $id) { name } }", variables: { id: { nested: true } } },
  { label: "a missing variable", query: "query ($id: ID!) { role(id: $id) { name } }" },
  { label: "an unknown role", query: '{ role(id: "senoir-product-manger") { name } }' },
  { label: "an unknown source prefix", query: '{ source(id: "00") { title } }' },
  {
    label: "errors in the middle of a list",
    query: '{ roles(first: 100) { edges { node { slug promotesTo(sources: ["999_unknown"]) { support } } } } }',
  },
  {
    label: "nodes, known and unknown",
    query: "query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Role { slug } ... on Skill { name kind } } }",
  },
  { label: "a mutation without the token", query: 'mutation { removeSource(id: "999_unknown") { removedId } }' },
  { label: "operation chosen by name", query: "query A { sources { id } } query B { __typename }", operationName: "B" },
  { label: "two operations, no name", query: "query A { sources { id } } query B { __typename }" },
  {
    label: "16 aliases (refused: at most 15)",
    query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: sources { id }`).join(" ")} }`,
  },
  {
    label: "11 levels deep (refused: at most 10)",
    query:
      "{ roles(first: 1) { edges { node { promotesTo { to { promotesTo { to { promotesTo { to { promotesTo { to { slug } } } } } } } } } } } }",
  },
  { label: "no operation by that name", query: "query A { sources { id } }", operationName: "Z" },
];

/** Every type in the schema, introspected in full by name. */
function typeByTypeIntrospection(): Document[] {
  const types = Object.values(schema.getTypeMap()).filter((t) => !isSpecifiedScalarType(t) || t.name === "String");
  return types.map((t) => ({
    label: `__type(name: "${t.name}")${isIntrospectionType(t) ? " (introspection type)" : ""}`,
    query: `query ($name: String!) { __type(name: $name) {
      kind name description specifiedByURL isOneOf
      fields(includeDeprecated: true) { name description isDeprecated deprecationReason args(includeDeprecated: true) { name description defaultValue isDeprecated type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
      inputFields(includeDeprecated: true) { name defaultValue type { kind name ofType { kind name } } }
      interfaces { name } possibleTypes { name }
      enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
    } }`,
    variables: { name: t.name },
  }));
}

const TWO_RUNGS =
  "The Two Rungs\n\nProduct Manager\nA product manager owns one product.\n\nDirector of Product\nA director of product leads the product managers.\n";
/** Claims of TWO_RUNGS: a PM promoted straight to Director of Product (a step the seed articles do not take). */
function twoRungClaims(): string {
  const sha256 = createHash("sha256").update(TWO_RUNGS).digest("hex");
  return [
    `source: { id: zz_differential, title: The Two Rungs, sha256: ${sha256} }`,
    "roles:",
    "  - { role: product-manager, title: { text: Product Manager, occurrence: 1 }, rank: 1, summary: A product manager owns one product. }",
    "  - { role: director-of-product, title: { text: Director of Product, occurrence: 1 }, rank: 2, summary: A director of product leads the product managers. }",
    "promotions:",
    "  - { from: product-manager, to: director-of-product, kind: LADDER_ORDER, quote: { text: Director of Product, occurrence: 1 } }",
  ].join("\n");
}

/**
 * The explorer's queries (web/src/queries.ts, read as text: the page's modules are built for the
 * browser), each with the fragments it spreads, as gql.tada sends them.
 */
function explorerQueries(): Map<string, string> {
  const text = readFileSync("web/src/queries.ts", "utf8");
  const bodies = [...text.matchAll(/graphql\(\s*`([\s\S]*?)`/g)].map((m) => (m[1] ?? "").trim());
  const fragments = bodies.filter((b) => b.startsWith("fragment "));
  const queries = new Map<string, string>();
  for (const body of bodies.filter((b) => b.startsWith("query "))) {
    const name = /^query (\w+)/.exec(body)?.[1] ?? "";
    const used = fragments.filter((f) => body.includes(`...${/^fragment (\w+)/.exec(f)?.[1]}`));
    queries.set(name, [body, ...used].join("\n\n"));
  }
  return queries;
}

/** The explorer's queries with the variables its views send (and some unknown ids). */
function explorerDocuments(pools: Pools): Document[] {
  const queries = explorerQueries();
  const doc = (name: string, label: string, variables?: Record<string, unknown>): Document => {
    const query = queries.get(name);
    if (!query) throw new Error(`web/src/queries.ts has no query ${name}`);
    return { label: `explorer ${name} ${label}`, query, variables };
  };
  const [a = "", b = ""] = pools.sources;
  const documents = [
    doc("ExplorerSources", ""),
    ...pools.sources.map((source) => doc("ExplorerLadder", source, { source })),
    doc("ExplorerDisagreements", ""),
    ...[1, 2, 3].map((minSupport) => doc("ExplorerConsensus", String(minSupport), { minSupport })),
    ...[...pools.roles, "senior-pm"].map((role) => doc("ExplorerRole", role, { role })),
    ...["Junior PM", "CPO", "Sr. Product Manager", "prodct manager", ""].map((title) => doc("ExplorerResolveTitle", title, { title })),
    ...["pro", "sen", "xyz"].map((search) => doc("ExplorerTitleSuggestions", search, { search })),
    doc("ExplorerKnownTitles", ""),
    doc("ExplorerPaths", "APM to VP", { from: "associate-product-manager", to: "vp-of-product" }),
    doc("ExplorerPaths", "by sources", {
      from: "product-manager",
      to: "director-of-product",
      sources: [a, b],
      track: "MANAGEMENT",
      minSupport: 1,
    }),
    doc("ExplorerPaths", "unknown role", { from: "senior-pm", to: "vp-of-product" }),
    doc("ExplorerAgreement", ""),
    doc("ExplorerSharedSteps", "", { pair: [a, b] }),
    ...[...pools.roles.slice(0, 6), "chief-product-officer", "senior-pm"].map((role) => doc("ExplorerNext", role, { role })),
    doc("ExplorerSkillGap", "PM to SPM", { from: "product-manager", to: "senior-product-manager" }),
    doc("ExplorerSkillGap", "unknown role", { from: "senior-pm", to: "vp-of-product" }),
    ...[a, b, "no_such_source"].map((source) => doc("ExplorerArticle", source, { source })),
    // A draft's answer carries the time it took (elapsedMs), which no two runs share: only its
    // refusal is compared here (tests/integration/draft.test.ts checks drafts themselves).
    doc("WorkbenchDraft", "empty text", { id: "zz_differential", text: "" }),
    doc("WorkbenchCatalogue", ""),
    // A two-rung article (small enough for a GET's URL): its ladder and the conflicts it would join; and a claims file with problems.
    doc("WorkbenchPreview", "a two-rung article", { id: "zz_differential", text: TWO_RUNGS, claims: twoRungClaims() }),
    doc("WorkbenchPreview", "claims with problems", { id: "zz_differential", text: "A ladder.", claims: "source: {}\nroles: [1]" }),
  ];
  // Every query of the page is here.
  expect(new Set(documents.map((d) => d.label.split(" ")[1]))).toEqual(new Set(queries.keys()));
  return documents;
}

// --- The test ------------------------------------------------------------------------------------

describe("every answer equals graphql-js's", () => {
  it(`known documents and ${GENERATED} generated ones: zero differences`, async () => {
    const started = Date.now();
    const seedData = (
      await reference({
        label: "pools",
        query:
          "{ sources { id } roles(first: 100) { edges { node { id slug } } pageInfo { endCursor } } skills(first: 100) { edges { cursor node { id } } } r3: roles(first: 3) { pageInfo { endCursor } } }",
      })
    ).answer;
    const seed = JSON.parse(seedData.data ?? "null") as {
      sources: { id: string }[];
      roles: { edges: { node: { id: string; slug: string } }[]; pageInfo: { endCursor: string } };
      skills: { edges: { cursor: string; node: { id: string } }[] };
      r3: { pageInfo: { endCursor: string } };
    };
    const pools: Pools = {
      roles: seed.roles.edges.map((e) => e.node.slug),
      sources: seed.sources.map((s) => s.id),
      nodeIds: [...seed.roles.edges.map((e) => e.node.id), ...seed.skills.edges.slice(0, 10).map((e) => e.node.id)],
      cursors: [seed.r3.pageInfo.endCursor, seed.roles.pageInfo.endCursor, seed.skills.edges[4]?.cursor ?? ""],
    };
    expect(pools.sources.length).toBe(5);
    expect(pools.roles).toContain("senior-product-manager");

    const known: Document[] = [
      ...EXAMPLES.map((e) => ({ label: `GraphiQL ${e.name}`, query: e.query, variables: e.variables })),
      ...explorerDocuments(pools),
      ...readmeDocuments(),
      ...introspectionDocuments(),
      ...typeByTypeIntrospection(),
      ...HAND_WRITTEN.map((d) =>
        d.label === "nodes, known and unknown" ? { ...d, variables: { ids: [...pools.nodeIds.slice(0, 3), "nope"] } } : d,
      ),
    ];
    const generated: Document[] = fc
      .sample(documents(schema, pools), { numRuns: GENERATED, seed: SEED })
      .map((d, i) => ({ label: `generated #${i + 1}`, ...d }));

    const outcomes = await pool([...known, ...generated], CONCURRENCY, compare);
    const generatedOutcomes = outcomes.slice(known.length);
    const tally = (of: Outcome[], key: "kind" | "shape") => {
      const counts = new Map<string, number>();
      for (const o of of) counts.set(o[key], (counts.get(o[key]) ?? 0) + 1);
      return JSON.stringify(Object.fromEntries([...counts].sort()));
    };
    const differences = outcomes.filter((o) => o.kind === "different");
    const refusals = (of: Outcome[]) => {
      const counts = new Map<string, number>();
      for (const o of of)
        if (o.kind === "refused")
          counts.set(String((o.detail as { limit: string }).limit), (counts.get(String((o.detail as { limit: string }).limit)) ?? 0) + 1);
      return Object.fromEntries([...counts].sort());
    };
    console.log(
      `differential (seed ${SEED}): ${outcomes.length} documents compared (${known.length} known, ${generated.length} generated), ` +
        `each answered twice over HTTP, ${CONCURRENCY} at a time, in ${((Date.now() - started) / 1000).toFixed(0)} s; ` +
        `compared again after an error of the environment: ${retried}; ` +
        `differences: ${differences.length}. Outcomes, all: ${tally(outcomes, "kind")}; generated: ${tally(generatedOutcomes, "kind")}; ` +
        `graphql-js's answers to the generated: ${tally(generatedOutcomes, "shape")}; ` +
        `refusals by limit: ${JSON.stringify(refusals(outcomes))}`,
    );
    for (const d of differences.slice(0, 5))
      console.log(JSON.stringify({ label: d.label, document: d.document, detail: d.detail }, null, 1));
    expect(differences.map((d) => d.label)).toEqual([]);
    expect(generated.length).toBeGreaterThanOrEqual(2_000);
    // Refusals by a limit compare nothing of execution: they stay a small minority.
    expect(generatedOutcomes.filter((o) => o.kind === "refused").length).toBeLessThan(generated.length / 10);
  }, 600_000);
});
