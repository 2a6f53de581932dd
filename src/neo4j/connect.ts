import type { Driver } from "neo4j-driver";
import type { Env } from "../config/env.ts";
import { createDriver, describeConnectionError } from "../db/driver.ts";
import { withinMs } from "../timeLimit.ts";
import { CredentialsError, resolveCredentials } from "./credentials.ts";
import { runningEndpoint } from "./endpoint.ts";
import { type SupervisedNeo4j, startSupervisedNeo4j } from "./supervisor.ts";

/** Closing the driver waits for queries in flight; a frozen database must not hold shutdown forever. */
export const DRIVER_CLOSE_TIMEOUT_MS = 5_000;

export interface Database {
  driver: Driver;
  uri: string;
  database: string | undefined;
  /** Set when this process started (and supervises) the local Neo4j itself. */
  local: SupervisedNeo4j | undefined;
  /** Undefined while all is well; what the supervisor is doing when the local Neo4j died. */
  state(): string | undefined;
  /** Closes the driver (5 s at most), then stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

export class DatabaseStartError extends Error {}

/**
 * Connects to NEO4J_URI when it is set; otherwise (with `joinRunning`) to the Neo4j of a server
 * running on the same data folder; otherwise starts the local Neo4j launcher on loopback
 * (building it first if needed) and connects to that.
 */
export async function connectDatabase(
  env: Env,
  log: (line: string) => void = console.error,
  options: { joinRunning?: boolean } = {},
): Promise<Database> {
  let local: SupervisedNeo4j | undefined;
  let credentials: ReturnType<typeof resolveCredentials>;
  try {
    credentials = resolveCredentials(env);
  } catch (error) {
    if (error instanceof CredentialsError) throw new DatabaseStartError(error.message);
    throw error;
  }
  const { password } = credentials;
  let uri = credentials.uri;
  // `npm run seed` while `npm start` runs: use the server's Neo4j, never a second one on its folder.
  const running = !uri && options.joinRunning ? runningEndpoint(env.LADDERGRAPH_NEO4J_HOME) : undefined;
  if (running) {
    uri = running.uri;
    log(`laddergraph: using the Neo4j of the server running on this data folder (pid ${running.pid}) at ${uri}`);
  } else if (!uri) {
    local = await startSupervisedNeo4j({ home: env.LADDERGRAPH_NEO4J_HOME, port: env.LADDERGRAPH_NEO4J_PORT, password, log });
    uri = local.uri;
  }
  const driver = createDriver({ uri, user: credentials.user, password });
  try {
    await driver.verifyConnectivity({ database: env.NEO4J_DATABASE });
  } catch (error) {
    await driver.close();
    await local?.stop();
    throw new DatabaseStartError(describeConnectionError(error, uri));
  }
  const started = local;
  return {
    driver,
    uri,
    database: env.NEO4J_DATABASE,
    local: started,
    state: () => started?.state(),
    async close() {
      await withinMs(driver.close(), DRIVER_CLOSE_TIMEOUT_MS, () => undefined);
      await started?.stop();
    },
  };
}
