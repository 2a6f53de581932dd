import type { Driver } from "neo4j-driver";
import type { Logger } from "pino";
import { storedFingerprint, storeFingerprint } from "../db/writes/seedRecord.ts";
import type { Database } from "../neo4j/connect.ts";
import { forgetEndpoint, recordEndpoint } from "../neo4j/endpoint.ts";
import { seedFingerprint } from "../seed/fingerprint.ts";

/**
 * The server started the local Neo4j: record its Bolt endpoint in the data folder (so
 * `npm run seed` loads into it) until this process exits.
 */
export function onLocalNeo4j(home: string, uri: string): void {
  recordEndpoint(home, uri);
  process.once("exit", () => forgetEndpoint(home));
}

export type SeedFreshness = "recorded" | "unchanged" | "changed";

/**
 * Start-up: compares seed/ with what was last loaded. A database with no fingerprint yet (seeded
 * just now, or before fingerprints were kept) gets the current one; a changed seed/ is not loaded
 * behind the operator's back (sources added or removed through the API stay as they are) — the
 * caller logs the command that reloads it.
 */
export async function checkSeedFreshness(driver: Driver, seedDir: string, database?: string): Promise<SeedFreshness> {
  const current = seedFingerprint(seedDir);
  const stored = await storedFingerprint(driver, database);
  if (stored === null) {
    await storeFingerprint(driver, current, database);
    return "recorded";
  }
  return stored === current ? "unchanged" : "changed";
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
