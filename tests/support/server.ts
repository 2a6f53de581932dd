import type { Driver } from "neo4j-driver";
import pino from "pino";
import { inject } from "vitest";
import { createDriver } from "../../src/db/driver.ts";
import { type App, type AppDeps, createApp } from "../../src/server/app.ts";

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
  /** Runs an operation and returns the whole HTTP status and body, errors included. */
  send<T = Record<string, unknown>>(
    query: string,
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

/** The real app (yoga + Pothos + loaders) on the real test Neo4j, called through `yoga.fetch`. */
export function startTestServer(
  options: {
    uri?: string;
    password?: string;
    adminToken?: string;
    txTimeoutMs?: number;
    /** Any other app settings (deadline, response size, CORS origins …). */
    app?: Partial<Pick<AppDeps, "requestDeadlineMs" | "maxResponseBytes" | "corsOrigins" | "databaseState">>;
  } = {},
): TestServer {
  const db = inject("neo4j");
  const driver = createDriver({
    uri: options.uri ?? db.uri,
    user: db.user,
    password: options.password ?? db.password,
    connectionTimeoutMs: 3_000,
  });
  const app = createApp({
    driver,
    database: undefined,
    log: pino({ level: "silent" }),
    txTimeoutMs: options.txTimeoutMs ?? 10_000,
    adminToken: options.adminToken,
    ...options.app,
  });
  const send: TestServer["send"] = async (query, variables, headers = {}) => {
    const response = await app.fetch("http://laddergraph.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse<never> };
  };
  return {
    app,
    driver,
    send,
    query: dataOnly(send),
    async close() {
      await driver.close();
    },
  };
}
