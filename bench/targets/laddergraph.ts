/**
 * Target (a) of npm run bench: laddergraph itself, exactly as src/main.ts serves it (createApp +
 * createHttpServer over the driver createDriver makes), with request logging at warn so no log
 * line is written per request — the other two targets log nothing either.
 */
import pino from "pino";
import { createDriver } from "../../src/db/driver.ts";
import { createApp, createHttpServer } from "../../src/server/app.ts";
import { serve, targetEnv } from "./ready.ts";

const env = targetEnv();
const log = pino({ level: "warn" });
const driver = createDriver({ uri: env.uri, user: env.user, password: env.password });
const app = createApp({ driver, database: undefined, log, txTimeoutMs: 10_000 });
serve(createHttpServer(app, log), () => driver.close());
