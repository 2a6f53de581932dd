import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ConfigError, readEnv } from "./config/env.ts";
import { createLogger } from "./logger.ts";
import { connectDatabase, type Database, DatabaseStartError } from "./neo4j/connect.ts";
import { LauncherError } from "./neo4j/localNeo4j.ts";
import { prepareDatabase, SeedError } from "./seed/startup.ts";
import { createApp, createHttpServer } from "./server/app.ts";

let db: Database | undefined;
let server: Server | undefined;
let stopping = false;

/** SIGINT/SIGTERM: stop taking requests, finish those in flight, close the driver, stop the local Neo4j. */
async function stop(signal: string, code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.error(`laddergraph: ${signal}: shutting down`);
  if (server) {
    const closing = new Promise<void>((done) => server?.close(() => done()));
    server.closeIdleConnections();
    // In-flight requests get a bounded time to finish; after that their sockets are cut.
    const cut = setTimeout(() => server?.closeAllConnections(), 10_000);
    await closing;
    clearTimeout(cut);
  }
  await db?.close();
  process.exit(code);
}

/** `npm start`: Neo4j (local or NEO4J_URI), schema and seed, then the GraphQL server. */
async function main(): Promise<void> {
  const env = readEnv();
  const log = createLogger(env.LOG_LEVEL);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void stop(signal));

  db = await connectDatabase(env, (line) => log.info(line));
  await prepareDatabase(db, log);
  const app = createApp({
    driver: db.driver,
    database: db.database,
    log,
    txTimeoutMs: env.LADDERGRAPH_TX_TIMEOUT_MS,
    adminToken: env.LADDERGRAPH_ADMIN_TOKEN,
    requestDeadlineMs: env.LADDERGRAPH_REQUEST_DEADLINE_MS,
    maxResponseBytes: env.LADDERGRAPH_MAX_RESPONSE_BYTES,
    databaseState: () => db?.state(),
    corsOrigins: env.LADDERGRAPH_CORS_ORIGINS,
  });
  const listening = createHttpServer(app, log, { adminToken: env.LADDERGRAPH_ADMIN_TOKEN });
  await new Promise<void>((ready, fail) => {
    listening.once("error", fail);
    listening.listen(env.PORT, env.HOST, () => ready());
  });
  server = listening;
  const { port } = listening.address() as AddressInfo;
  log.info({ port, neo4j: db.uri }, `laddergraph ready: GraphiQL at http://localhost:${port}/graphql`);
}

main().catch(async (error: unknown) => {
  const known =
    error instanceof ConfigError || error instanceof DatabaseStartError || error instanceof LauncherError || error instanceof SeedError;
  if ((error as NodeJS.ErrnoException)?.code === "EADDRINUSE") {
    console.error(`laddergraph: port ${process.env.PORT || 4000} is already in use: stop what holds it, or set PORT to another port`);
  } else if (known) {
    console.error(`laddergraph: ${(error as Error).message}`);
  } else {
    console.error("laddergraph: failed to start:", error);
  }
  stopping = true;
  await db?.close();
  process.exit(1);
});
