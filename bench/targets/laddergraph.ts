/**
 * Target (a) of npm run bench: laddergraph itself, exactly as src/main.ts serves it (`buildServer`
 * over the driver createDriver makes, settings from the environment), with request logging at warn
 * so no log line is written per request — the other targets log nothing either. With
 * BENCH_RESPONSE_CACHE=on, its response cache is on as `npm start` has it by default (the data
 * version read every 250 ms); off, it is LADDERGRAPH_RESPONSE_CACHE=off.
 */
import pino from "pino";
import { readEnv } from "../../src/config/env.ts";
import { createDriver } from "../../src/db/driver.ts";
import { buildServer } from "../../src/server/serve.ts";
import { serve, targetEnv } from "./ready.ts";

const env = targetEnv();
const log = pino({ level: "warn" });
const driver = createDriver({ uri: env.uri, user: env.user, password: env.password });
const settings = readEnv({ LADDERGRAPH_RESPONSE_CACHE: process.env.BENCH_RESPONSE_CACHE === "on" ? "on" : "off" });
const { server } = await buildServer(settings, { driver, database: undefined, log });
serve(server, () => driver.close());
