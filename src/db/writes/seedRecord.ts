import type { Driver } from "neo4j-driver";
import { statement } from "../cypher.ts";
import { write } from "./write.ts";

/** What the database remembers of the seed: whether it was ever loaded, and the fingerprint of the files last loaded. */

/** Whether the database holds sources, and whether the seed was ever loaded into it. */
export async function seedState(driver: Driver, database?: string): Promise<{ sources: number; seeded: boolean }> {
  const { records } = await driver.executeQuery(statement("admin/seed-state"), {}, { database });
  return { sources: Number(records[0]?.get("sources") ?? 0), seeded: records[0]?.get("seeded") === true };
}

/** Remembers that the seed was loaded: a later start never re-seeds, even when every source was removed. */
export async function markSeeded(driver: Driver, database?: string): Promise<void> {
  await write({ driver, database }, "mark-seeded", (tx) => tx.run(statement("admin/mark-seeded")));
}

/** The fingerprint recorded by the last load of seed/ into this database, if any. */
export async function storedFingerprint(driver: Driver, database?: string): Promise<string | null> {
  const { records } = await driver.executeQuery(statement("seed/fingerprint-read"), {}, { database, routing: "READ" });
  const value = records[0]?.get("fingerprint");
  return typeof value === "string" ? value : null;
}

/** Records the fingerprint of the seed files just loaded (src/seed/fingerprint.ts computes it). */
export async function storeFingerprint(driver: Driver, fingerprint: string, database?: string): Promise<void> {
  await write({ driver, database }, "store-fingerprint", (tx) => tx.run(statement("seed/fingerprint-write"), { fingerprint }));
}
