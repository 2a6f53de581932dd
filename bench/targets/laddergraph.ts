/**
 * Target (a) of npm run bench: laddergraph itself, exactly as src/main.ts serves it (createApp +
 * createHttpServer over the driver createDriver makes), with request logging at warn so no log
 * line is written per request — the other targets log nothing either. With BENCH_RESPONSE_CACHE=on,
 * its response cache is on as `npm start` has it by default (the data version read every 250 ms).
 */
import pino from "pino";
import { createDriver } from "../../src/db/driver.ts";
import { createApp, createHttpServer } from "../../src/server/app.ts";
import { serve, targetEnv } from "./ready.ts";

const env = targetEnv();
const log = pino({ level: "warn" });
const driver = createDriver({ uri: env.uri, user: env.user, password: env.password });
const app = createApp({
  driver,
  database: undefined,
  log,
  txTimeoutMs: 10_000,
  responseCache: process.env.BENCH_RESPONSE_CACHE === "on" ? { pollMs: 250, maxEntries: 1_000 } : undefined,
});
serve(createHttpServer(app, log), () => driver.close());
