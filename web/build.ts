// Builds the explorer page into web/dist with Vite, only when its inputs changed since the last build
// (a hash of every input file is kept in web/dist/.inputs). `npm start` and `npm test` run it first.
//   node web/build.ts           build if missing or stale
//   node web/build.ts --force   build anyway
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const WEB = fileURLToPath(new URL(".", import.meta.url));
const ROOT = join(WEB, "..");
const DIST = join(WEB, "dist");
const STAMP = join(DIST, ".inputs");

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
}

/** One hash over the page's sources, its build config and the locked dependency versions. */
export function inputsHash(): string {
  const hash = createHash("sha256");
  const inputs = [...files(join(WEB, "src")), join(WEB, "index.html"), join(WEB, "vite.config.ts"), join(ROOT, "package-lock.json")];
  for (const file of inputs) hash.update(relative(ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex");
}

export function isFresh(): boolean {
  return existsSync(join(DIST, "index.html")) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === inputsHash();
}

/** Builds unless the last build's inputs are the current ones; returns whether it built. */
export async function buildExplorer(force = false): Promise<boolean> {
  if (!force && isFresh()) return false;
  const hash = inputsHash();
  // A production bundle whatever the caller's NODE_ENV (vitest sets "test", which Vite would honour).
  process.env.NODE_ENV = "production";
  const { build } = await import("vite");
  await build({ configFile: join(WEB, "vite.config.ts"), mode: "production" });
  writeFileSync(STAMP, hash);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  buildExplorer(process.argv.includes("--force")).then(
    (built) => console.error(built ? `explorer: page built into web/dist in ${Date.now() - started} ms` : "explorer: page up to date"),
    (error: unknown) => {
      console.error("explorer: the page failed to build:", error);
      process.exit(1);
    },
  );
}
