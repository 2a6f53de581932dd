import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { ConfigError, readEnv } from "./config/env.ts";
import { createLogger } from "./logger.ts";
import { connectDatabase, type Database, DatabaseStartError } from "./neo4j/connect.ts";
import { LauncherError } from "./neo4j/localNeo4j.ts";
import type { TracingProvider } from "./observability/tracingSdk.ts";
import { prepareDatabase, SeedError } from "./seed/startup.ts";
import { buildServer } from "./server/serve.ts";
import { onLocalNeo4j, reportSeedChanges } from "./startup/dataFolder.ts";
import { assertPortFree, PortInUseError } from "./startup/port.ts";
import { step } from "./startup/progress.ts";

let db: Database | undefined;
let server: Server | undefined;
let stopping = false;
let tracing: TracingProvider | undefined;

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
  await tracing?.shutdown();
  process.exit(code);
}

/** `npm start`: Neo4j (local or NEO4J_URI), schema and seed, warm-up, then the GraphQL server. */
async function main(): Promise<void> {
  const env = readEnv();
  const log = createLogger(env.LOG_LEVEL, env.LOG_FORMAT);
  // The tracing SDK is loaded only when asked for.
  if (env.LADDERGRAPH_TRACING !== "off") {
    tracing = (await import("./observability/tracingSdk.ts")).startTracing(env.LADDERGRAPH_TRACING);
  }
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void stop(signal));

  await assertPortFree(env.PORT, env.HOST);
  db = await step(log, env.NEO4J_URI ? "connecting to Neo4j" : "starting the local Neo4j", () =>
    connectDatabase(env, (line) => log.info(line)),
  );
  if (db.local) onLocalNeo4j(env.LADDERGRAPH_NEO4J_HOME, db.uri);
  const seedDir = resolve(env.LADDERGRAPH_SEED_DIR);
  await step(log, "preparing the database (schema, seed on first start)", () => prepareDatabase(db as Database, log, seedDir));
  await reportSeedChanges(db, seedDir, log);
  const served = await step(log, "warming up (running the GraphiQL examples once)", () =>
    buildServer(env, { driver: (db as Database).driver, database: (db as Database).database, log, databaseState: () => db?.state() }),
  );
  if (served.warm.failed.length > 0) log.warn({ failed: served.warm.failed }, "some examples failed during warm-up");
  const listening = served.server;
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
    error instanceof ConfigError ||
    error instanceof PortInUseError ||
    error instanceof DatabaseStartError ||
    error instanceof LauncherError ||
    error instanceof SeedError;
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
