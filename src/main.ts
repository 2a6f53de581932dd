import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ConfigError, readEnv, seedDirOf } from "./config/env.ts";
import { createLogger } from "./logger.ts";
import { connectDatabase, type Database, DatabaseStartError } from "./neo4j/connect.ts";
import { LauncherError } from "./neo4j/localNeo4j.ts";
import type { TracingProvider } from "./observability/tracingSdk.ts";
import { drainHttpServer } from "./server/requests.ts";
import { buildServer } from "./server/serve.ts";
import { onLocalNeo4j, reportSeedChanges } from "./startup/dataFolder.ts";
import { assertPortFree, PortInUseError } from "./startup/port.ts";
import { step } from "./startup/progress.ts";
import { prepareDatabase, SeedError } from "./startup/seedDatabase.ts";
import { withinMs } from "./timeLimit.ts";

let db: Database | undefined;
let server: Server | undefined;
let stopping = false;
let tracing: TracingProvider | undefined;

/** The whole shutdown takes at most this long, whatever state Neo4j is in. */
const SHUTDOWN_MS = 10_000;
/** Requests in flight get this long to finish; then they are answered 503. */
const DRAIN_MS = 5_000;
/** Closing the driver waits for its connections; a frozen Neo4j never answers. */
const DRIVER_CLOSE_MS = 1_500;

/**
 * SIGINT/SIGTERM: answer 503 to new requests, give those in flight 5 s (then 503 them too),
 * close the driver (1.5 s at most), stop the local Neo4j if this process started it (SIGKILL when
 * the 10 s are up), exit. A timer exits at 10 s whatever is still pending.
 */
async function stop(signal: string, code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  const started = Date.now();
  const left = () => SHUTDOWN_MS - (Date.now() - started);
  console.error(`laddergraph: ${signal}: shutting down (${SHUTDOWN_MS / 1000} s at most)`);
  const backstop = setTimeout(() => {
    console.error(`laddergraph: shutdown still not done after ${SHUTDOWN_MS / 1000} s; exiting now`);
    const java = db?.local?.current().pid;
    if (java) {
      try {
        process.kill(java, "SIGKILL");
      } catch {
        // already gone
      }
    }
    process.exit(code);
  }, SHUTDOWN_MS);
  try {
    if (server) await drainHttpServer(server, DRAIN_MS);
    if (db) {
      await withinMs(db.driver.close(), Math.min(DRIVER_CLOSE_MS, left()), () => undefined);
      // The local Neo4j gets what is left of the 10 s (less 1.5 s: a killed JVM takes a moment to go) to stop cleanly.
      await db.local?.stop(left() - 1_500);
    }
    await withinMs(tracing?.shutdown() ?? Promise.resolve(), Math.max(0, left() - 200), () => undefined);
  } catch (error) {
    console.error("laddergraph: shutdown failed:", error);
  }
  clearTimeout(backstop);
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
  const seedDir = seedDirOf(env);
  await step(log, "preparing the database (schema, seed on first start)", () => prepareDatabase(db as Database, log, seedDir));
  await reportSeedChanges(db, seedDir, log);
  const database = db;
  const served = await step(log, "warming up (running the GraphiQL examples once)", () =>
    buildServer(env, {
      driver: database.driver,
      database: database.database,
      log,
      databaseState: () => db?.state(),
      databaseFreeBytes: database.local ? () => database.local?.freeBytes() ?? Promise.resolve(Number.POSITIVE_INFINITY) : undefined,
      databaseFailed: (bytes) => database.local?.restartWhenFree(bytes),
    }),
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
