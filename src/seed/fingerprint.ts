import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

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
