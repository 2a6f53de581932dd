import type { Server } from "node:http";
import type { Driver } from "neo4j-driver";
import type { Logger } from "pino";
import type { Env } from "../config/env.ts";
import { type App, createApp } from "./app.ts";
import { createHttpServer } from "./requests.ts";
import { appSettings } from "./settings.ts";
import { type WarmUpReport, warmUp } from "./warmup.ts";

export interface Runtime {
  driver: Driver;
  database: string | undefined;
  log: Logger;
  /** The local Neo4j supervisor's state for /ready (restarting …). */
  databaseState?: (() => string | undefined) | undefined;
  /** Free bytes on the local Neo4j's disk: mutations are refused below 64 MB. Absent: not checked. */
  databaseFreeBytes?: (() => Promise<number>) | undefined;
  /** Told when Neo4j stopped its database after a failed write (the supervisor restarts it once space returns). */
  databaseFailed?: ((restartWhenFreeBytes: number) => void) | undefined;
}

export interface Served {
  app: App;
  /** The HTTP listener, not yet listening. */
  server: Server;
  warm: WarmUpReport;
}

/**
 * The server exactly as `npm start` runs it: the app built from the environment's settings, warmed
 * up (every example run once), behind the guarded HTTP listener. `src/main.ts` and the tests that
 * speak HTTP both build it here, so they run the same plugins in the same order.
 */
export async function buildServer(env: Env, runtime: Runtime): Promise<Served> {
  const settings = appSettings(env);
  const app = createApp({ ...runtime, settings });
  const warm = await warmUp(app);
  const server = createHttpServer(app, runtime.log, { adminToken: settings.adminToken, allowedHosts: env.LADDERGRAPH_ALLOWED_HOSTS });
  return { app, server, warm };
}
