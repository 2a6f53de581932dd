// The start-up warm-up's effect, measured: `node scripts/warmup-effect.ts [warm]` against the
// database in NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD (a seeded laddergraph database). Prints the
// time of a first query that is not one of the examples (so no cache answers it), in a fresh
// process, without and with the warm-up. Run each mode a few times: the first run of either mode
// also warms Neo4j itself.
import pino from "pino";
import { readEnv } from "../src/config/env.ts";
import { createDriver } from "../src/db/driver.ts";
import { createApp } from "../src/server/app.ts";
import { appSettings } from "../src/server/settings.ts";
import { warmUp } from "../src/server/warmup.ts";

const driver = createDriver({
  uri: process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687",
  user: process.env.NEO4J_USER ?? "neo4j",
  password: process.env.NEO4J_PASSWORD ?? "",
});
const settings = appSettings(readEnv(process.env));
const app = createApp({ driver, database: process.env.NEO4J_DATABASE, log: pino({ level: "silent" }), settings });
const query = `{ nextRoles(from: "product-manager") { to { slug } support claims { source { id } evidence { quote } } } ladder(source: "001_a8ebed2f27fe2428") { rank } }`;
const ms = async (work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  return Math.round(performance.now() - started);
};
const send = async (q: string) =>
  (
    await app.fetch("http://laddergraph.local/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: q }),
    })
  ).json();

const warmUpMs = process.argv[2] === "warm" ? await ms(() => warmUp(app)) : 0;
const firstMs = await ms(() => send(query));
const secondMs = await ms(() => send(query.replace('"product-manager"', '"senior-product-manager"')));
console.log(JSON.stringify({ mode: process.argv[2] === "warm" ? "warm" : "cold", warmUpMs, firstMs, secondMs }));
await driver.close();
