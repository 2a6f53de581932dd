/**
 * Target (a) of npm run bench: laddergraph itself, exactly as src/main.ts serves it (`buildServer`
 * over the driver createDriver makes, settings from the environment), with request logging at warn
 * so no log line is written per request — the other targets log nothing either. With
 * BENCH_RESPONSE_CACHE=on, its response cache is on as `npm start` has it by default (the data
 * version read every 250 ms), and so is its per-client limit (answers from the cache are never
 * limited); off, it is LADDERGRAPH_RESPONSE_CACHE=off and LADDERGRAPH_CLIENT_LIMIT=off: the bench's
 * eight connections come from one address, and that limit would pace them to one client's share
 * (a quarter of the time) — the bench measures how fast the server answers, not that policy, which
 * tests/integration/hostile-clients-fairness.test.ts measures.
 */
import pino from "pino";
import { readEnv } from "../../src/config/env.ts";
import { createDriver } from "../../src/db/driver.ts";
import { buildServer } from "../../src/server/serve.ts";
import { serve, targetEnv } from "./ready.ts";

const env = targetEnv();
const log = pino({ level: "warn" });
const driver = createDriver({ uri: env.uri, user: env.user, password: env.password });
const asServed = process.env.BENCH_RESPONSE_CACHE === "on" ? "on" : "off";
const settings = readEnv({ LADDERGRAPH_RESPONSE_CACHE: asServed, LADDERGRAPH_CLIENT_LIMIT: asServed });
const { server } = await buildServer(settings, { driver, database: undefined, log });
serve(server, () => driver.close());
