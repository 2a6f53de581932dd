import type { TadaDocumentNode } from "gql.tada";
import { type DocumentNode, print } from "graphql";
import type { Driver } from "neo4j-driver";
import pino, { type Logger } from "pino";
import { inject } from "vitest";
import { readEnv } from "../../src/config/env.ts";
import { createDriver } from "../../src/db/driver.ts";
import { type App, createApp } from "../../src/server/app.ts";
import { appSettings } from "../../src/server/settings.ts";

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

export interface TestServer {
  app: App;
  driver: Driver;
  /** Runs an operation and returns its data; throws with the whole response on any error. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /**
   * Runs a typed document (`graphql()` from tests/support/graphql.ts, checked against
   * schema.graphql when the test typechecks) and returns its typed data; throws with the whole
   * response on any error.
   */
  execute<Result, Variables>(document: TadaDocumentNode<Result, Variables>, variables?: NoInfer<Variables>): Promise<Result>;
  /** Runs a typed document that must fail; returns the errors' codes and messages, throws with the whole response if it succeeds. */
  expectErrors<Result, Variables>(
    document: TadaDocumentNode<Result, Variables>,
    variables?: NoInfer<Variables>,
  ): Promise<{ code: unknown; message: string }[]>;
  /**
   * Runs an operation (a typed document, or a string when a test sends a malformed or hostile
   * document on purpose) and returns the whole HTTP status and body, errors included.
   */
  send<T = Record<string, unknown>>(
    query: string | DocumentNode,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: GraphQLResponse<T> }>;
  close(): Promise<void>;
}

/** `query` over a `send`: the data, or an error carrying the whole response. */
export function dataOnly(send: TestServer["send"]): TestServer["query"] {
  return async (query, variables) => {
    const { status, body } = await send(query, variables);
    if (status !== 200 || body.errors?.length || body.data == null) {
      throw new Error(`unexpected GraphQL response (HTTP ${status}):\n${JSON.stringify(body, null, 2)}`);
    }
    return body.data as never;
  };
}

export interface TestServerOptions {
  uri?: string;
  password?: string;
  /** LADDERGRAPH_ADMIN_TOKEN. */
  adminToken?: string;
  /**
   * Settings as a user sets them: environment variables read by `readEnv`, as `npm start` reads
   * them (LADDERGRAPH_REQUEST_DEADLINE_MS, LADDERGRAPH_MAX_RESPONSE_BYTES, LADDERGRAPH_CORS_ORIGINS,
   * LADDERGRAPH_TX_TIMEOUT_MS …). Everything not set has `npm start`'s default: the response cache
   * is on.
   */
  env?: Record<string, string>;
  /** The local Neo4j supervisor's state for /ready. */
  databaseState?: () => string | undefined;
  /** Where the app logs (silent by default), as `npm start` gives it its logger. */
  log?: Logger;
  /** The Neo4j database name (NEO4J_DATABASE); the server's default when absent. */
  database?: string;
}

/** The environment a test server reads: only what the test sets, over `npm start`'s defaults. */
export function testEnv(options: TestServerOptions) {
  return readEnv({ ...(options.adminToken ? { LADDERGRAPH_ADMIN_TOKEN: options.adminToken } : {}), ...options.env });
}

/** A driver to the test Neo4j (or to `uri`). */
export function testDriver(options: Pick<TestServerOptions, "uri" | "password"> = {}): Driver {
  const db = inject("neo4j");
  return createDriver({ uri: options.uri ?? db.uri, user: db.user, password: options.password ?? db.password, connectionTimeoutMs: 3_000 });
}

/**
 * The real app (yoga + Pothos + loaders) on the real test Neo4j, built from settings as `npm start`
 * builds it (`createApp` with `appSettings`), called through `yoga.fetch`.
 */
export function startTestServer(options: TestServerOptions = {}): TestServer {
  const driver = testDriver(options);
  const app = createApp({
    driver,
    database: options.database,
    log: options.log ?? pino({ level: "silent" }),
    settings: appSettings(testEnv(options)),
    databaseState: options.databaseState,
  });
  return testServerOver(app, driver);
}

/** `send` (a typed document printed, a string as is) POSTed through `fetch` to `url`, and `query`, `execute`, `expectErrors` over it. */
export function operationsOver(
  fetch: (url: string, init: RequestInit) => Promise<Response>,
  url: string,
): Pick<TestServer, "send" | "query" | "execute" | "expectErrors"> {
  const send: TestServer["send"] = async (query, variables, headers = {}) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...headers },
      body: JSON.stringify({ query: typeof query === "string" ? query : print(query), variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse<never> };
  };
  const query = dataOnly(send);
  return {
    send,
    query,
    async execute(document, variables) {
      return query(print(document), variables as Record<string, unknown> | undefined);
    },
    async expectErrors(document, variables) {
      const { status, body } = await send(print(document), variables as Record<string, unknown> | undefined);
      if (!body.errors?.length) throw new Error(`expected errors, got (HTTP ${status}):\n${JSON.stringify(body, null, 2)}`);
      return body.errors.map((e) => ({ code: e.extensions?.code, message: e.message }));
    },
  };
}

/** The TestServer helpers over an app. */
export function testServerOver(app: App, driver: Driver): TestServer {
  return {
    app,
    driver,
    ...operationsOver(async (url, init) => app.fetch(url, init), "http://laddergraph.test/graphql"),
    async close() {
      await app.dispose();
      await driver.close();
    },
  };
}
