import type { Logger } from "pino";
import type { Database } from "../neo4j/connect.ts";
import { forgetEndpoint, recordEndpoint } from "../neo4j/endpoint.ts";
import { checkSeedFreshness } from "../seed/fingerprint.ts";

/**
 * The server started the local Neo4j: record its Bolt endpoint in the data folder (so
 * `npm run seed` loads into it) until this process exits.
 */
export function onLocalNeo4j(home: string, uri: string): void {
  recordEndpoint(home, uri);
  process.once("exit", () => forgetEndpoint(home));
}

/** Start-up: says when seed/ differs from what the database was last loaded from, and how to reload it. */
export async function reportSeedChanges(db: Database, seedDir: string, log: Logger): Promise<void> {
  const freshness = await checkSeedFreshness(db.driver, seedDir, db.database);
  if (freshness === "changed") {
    log.warn(
      { seedDir },
      "seed/ has changed since it was last loaded into this database: run `npm run seed` (it loads into this server's database while it runs)",
    );
  }
}
