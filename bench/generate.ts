/**
 * npm run gen -- --scale N [--out dir] [--seed S]
 *
 * Writes a deterministic synthetic seed directory N times the real corpus (default
 * bench/.work/scale-N/) and checks it with the same validator the real articles pass.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatProblem, readCorpus } from "../src/seed/corpus.ts";
import { BENCH_DIR, REPO_DIR } from "./paths.ts";
import { generateCorpus } from "./synth/corpus.ts";

export const DEFAULT_SEED = 20_260_601;

export function defaultOutDir(scale: number): string {
  return resolve(BENCH_DIR, ".work", `scale-${scale}`);
}

/** Generates, then validates with readCorpus; returns the checked directory. */
export function generateChecked(scale: number, outDir = defaultOutDir(scale), seed = DEFAULT_SEED) {
  const started = performance.now();
  const report = generateCorpus({ seedDir: resolve(REPO_DIR, "seed"), outDir, scale, seed });
  const generated = performance.now();
  const checked = readCorpus(outDir);
  if (!checked.ok) {
    const shown = checked.problems.slice(0, 20).map(formatProblem).join("\n");
    throw new Error(`the generated corpus in ${outDir} fails readCorpus (${checked.problems.length} problems):\n${shown}`);
  }
  return { outDir, report, corpus: checked.corpus, generateMs: generated - started, readMs: performance.now() - generated };
}

function parseScale(text: string | undefined): number {
  const scale = Number(text);
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`--scale needs a whole number ≥ 1 (got ${text ?? "nothing"})`);
  return scale;
}

function main(): void {
  const { values } = parseArgs({ options: { scale: { type: "string" }, out: { type: "string" }, seed: { type: "string" } } });
  const scale = parseScale(values.scale);
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  const { outDir, report, corpus, generateMs, readMs } = generateChecked(
    scale,
    values.out ? resolve(values.out) : defaultOutDir(scale),
    seed,
  );
  const claims = corpus.sources.reduce(
    (n, s) =>
      n +
      s.definitions.length +
      s.mentions.length +
      s.responsibilities.length +
      s.skills.length +
      s.promotions.length +
      s.identities.length,
    0,
  );
  const promotions = corpus.sources.reduce((n, s) => n + s.promotions.length, 0);
  console.log(
    `${outDir}: ${report.sources} sources, ${report.roles} roles, ${report.skills} skills, ${promotions} promotion claims, ${claims} claims in all (${report.families} families; checked with readCorpus) in ${((generateMs + readMs) / 1000).toFixed(1)}s`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (error) {
    console.error(`gen: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
