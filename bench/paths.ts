import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** bench/ itself. */
export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
/** The repository root. */
export const REPO_DIR = resolve(BENCH_DIR, "..");
