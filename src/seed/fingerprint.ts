import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Driver } from "neo4j-driver";
import { statement } from "../db/cypher.ts";

/** The folders of seed/ whose files make up the corpus (articles, claims, vocabulary). */
const CORPUS_FOLDERS = ["sources", "claims", "catalog"];

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const entries = readdirSync(dir, { withFileTypes: true });
  return entries.flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []));
}

/**
 * sha256 over every corpus file of `seedDir` (path and bytes, in path order): any added, removed,
 * renamed or edited article, claims file or catalog entry changes it.
 */
export function seedFingerprint(seedDir: string): string {
  const hash = createHash("sha256");
  const files = CORPUS_FOLDERS.flatMap((f) => filesUnder(join(seedDir, f)))
    .map((path) => ({ path, name: relative(seedDir, path).split("\\").join("/") }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { path, name } of files) {
    hash.update(`${name}\0`);
    hash.update(readFileSync(path));
    hash.update("\0");
  }
  return hash.digest("hex");
}

/** The fingerprint recorded by the last load of seed/ into this database, if any. */
export async function storedFingerprint(driver: Driver, database?: string): Promise<string | null> {
  const { records } = await driver.executeQuery(statement("seed/fingerprint-read"), {}, { database, routing: "READ" });
  const value = records[0]?.get("fingerprint");
  return typeof value === "string" ? value : null;
}

export async function storeFingerprint(driver: Driver, fingerprint: string, database?: string): Promise<void> {
  await driver.executeQuery(statement("seed/fingerprint-write"), { fingerprint }, { database });
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
