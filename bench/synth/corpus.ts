import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { writeArticle } from "./article.ts";
import { type Family, family, ROLE_KEYS } from "./families.ts";
import { planLadder } from "./plan.ts";
import { Random } from "./random.ts";

/** Sources per family: the real corpus has five articles on one family. */
export const SOURCES_PER_FAMILY = 5;
const MARKER = ".laddergraph-synthetic";

export interface GenerateOptions {
  /** The real seed directory (catalog/, claims/, sources/), copied in unchanged. */
  seedDir: string;
  outDir: string;
  scale: number;
  seed: number;
}

export interface GenerateReport {
  sources: number;
  families: number;
  roles: number;
  skills: number;
}

function sourceId(index: number, total: number, seed: number): string {
  const width = Math.max(3, String(total - 1).length);
  const hash = createHash("sha256").update(`laddergraph-synthetic:${seed}:${index}`).digest("hex").slice(0, 16);
  return `${String(index).padStart(width, "0")}_${hash}`;
}

/** Empties the output folder, refusing to touch one the generator did not make. */
function prepareOutDir(outDir: string): void {
  if (existsSync(outDir) && readdirSync(outDir).length > 0 && !existsSync(join(outDir, MARKER))) {
    throw new Error(`${outDir} is not empty and was not made by bench/generate.ts: choose another --out`);
  }
  rmSync(outDir, { recursive: true, force: true });
  for (const sub of ["catalog", "claims", "sources"]) mkdirSync(join(outDir, sub), { recursive: true });
  writeFileSync(join(outDir, MARKER), "made by bench/generate.ts; safe to delete\n");
}

function copyRealSeed(seedDir: string, outDir: string): number {
  const stems = readdirSync(join(seedDir, "claims")).filter((f) => f.endsWith(".yaml"));
  for (const f of stems) copyFileSync(join(seedDir, "claims", f), join(outDir, "claims", f));
  for (const f of readdirSync(join(seedDir, "sources")).filter((x) => x.endsWith(".txt"))) {
    copyFileSync(join(seedDir, "sources", f), join(outDir, "sources", f));
  }
  return stems.length;
}

/** The real catalogue, with the synthetic families' roles and skills appended (as the file asks). */
function writeCatalogues(seedDir: string, outDir: string, families: readonly Family[]): { roles: number; skills: number } {
  const roles = families.flatMap((f) => ROLE_KEYS.map((k) => ({ id: f.slugs[k], name: f.names[k] })));
  const skills = families.flatMap((f) => f.skills);
  const append = (file: string, entries: unknown[]) => {
    const real = readFileSync(join(seedDir, "catalog", file), "utf8");
    const extra = entries.length > 0 ? `# Synthetic (bench/generate.ts):\n${stringify(entries, { lineWidth: 0 })}` : "";
    writeFileSync(join(outDir, "catalog", file), `${real.trimEnd()}\n${extra}`);
    return (real.match(/^- id:/gm) ?? []).length + entries.length;
  };
  return { roles: append("roles.yaml", roles), skills: append("skills.yaml", skills) };
}

function writeSynthetic(options: GenerateOptions, index: number, total: number, fam: Family): void {
  const rng = Random.derive(options.seed, index);
  const salaryFactor = 0.8 + Random.derive(options.seed, fam.index, 7919).next() * 0.5;
  const id = sourceId(index, total, options.seed);
  const plan = planLadder(rng, salaryFactor);
  const { text, claims } = writeArticle({ id, sourceIndex: index, seed: options.seed, family: fam, plan, rng });
  claims.source.sha256 = createHash("sha256").update(text, "utf8").digest("hex");
  const plain = JSON.parse(JSON.stringify(claims)) as unknown;
  const header = `# Synthetic article ${id} (family: ${fam.discipline}), written by bench/generate.ts --scale ${options.scale} --seed ${options.seed}.\n`;
  writeFileSync(join(options.outDir, "sources", `${id}.txt`), text);
  writeFileSync(join(options.outDir, "claims", `${id}.yaml`), header + stringify(plain, { lineWidth: 0 }));
}

/**
 * Writes a seed directory N times the real one: the five real articles unchanged plus 5(N-1)
 * synthetic ones, five to a synthetic family of 16 roles, so sources, roles, claims and promotion
 * edges all grow N-fold while each role's neighbourhood stays the size of a real one.
 */
export function generateCorpus(options: GenerateOptions): GenerateReport {
  if (!Number.isInteger(options.scale) || options.scale < 1) throw new Error(`--scale must be a whole number ≥ 1 (got ${options.scale})`);
  prepareOutDir(options.outDir);
  const real = copyRealSeed(options.seedDir, options.outDir);
  const total = real + SOURCES_PER_FAMILY * (options.scale - 1);
  const families = Array.from({ length: options.scale - 1 }, (_, i) => family(i + 1));
  for (let index = real; index < total; index++) {
    const fam = families[Math.floor((index - real) / SOURCES_PER_FAMILY)] as Family;
    writeSynthetic(options, index, total, fam);
  }
  const counts = writeCatalogues(options.seedDir, options.outDir, families);
  return { sources: total, families: families.length + 1, ...counts };
}
