/**
 * npm run draft -- <article.txt> [--id <id>] [--drop-low] [--stdout]
 *
 * Drafts the claims of an article and writes seed/claims/<id>.yaml (id: the file stem unless
 * given; the article is copied to seed/sources/<id>.txt when not there yet), each claim under a comment with its confidence and the rule that fired, ready for a
 * person to review and for `npm run seed:check -- --only <id>`. Refuses (and writes nothing) for
 * an empty, huge, binary or non-English text, or one with no role sections, and will not overwrite
 * an existing claims file. `--drop-low` leaves out the low-confidence claims; `--stdout` prints
 * the file instead of writing it.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { parseArgs } from "node:util";
import { readEnv, seedDirOf } from "../config/env.ts";
import { formatProblem } from "../seed/corpus.ts";
import { readSeedKnowledge } from "./catalog.ts";
import { claimsFileText, draftProblems } from "./claimsFile.ts";
import { draftArticle } from "./draft.ts";
import { LOW_CONFIDENCE } from "./types.ts";

const SEED_DIR = seedDirOf(readEnv());

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { id: { type: "string" }, "drop-low": { type: "boolean", default: false }, stdout: { type: "boolean", default: false } },
  });
  const path = positionals[0];
  if (!path || positionals.length > 1) {
    console.error("usage: npm run draft -- <article.txt> [--id <id>] [--drop-low] [--stdout]");
    return 2;
  }
  const id = values.id ?? basename(path, extname(path));
  if (!/^[A-Za-z0-9_.-]+$/.test(id)) {
    console.error(`draft: '${id}' is no source id (a file stem: letters, digits, _ . -); give one with --id`);
    return 2;
  }
  if (!existsSync(path)) {
    console.error(`draft: ${path} does not exist`);
    return 2;
  }
  const out = join(SEED_DIR, "claims", `${id}.yaml`);
  if (!values.stdout && existsSync(out)) {
    console.error(`draft: ${out} already exists; nothing was written (delete it first, or choose another --id)`);
    return 1;
  }
  const bytes = readFileSync(path);
  const text = bytes.toString("utf8");
  const { catalog } = readSeedKnowledge(SEED_DIR, id);
  const result = await draftArticle(text, { id, catalog });
  if (!result.ok) {
    console.error(`draft: no draft, nothing written: ${result.refusal.message} (${result.refusal.code})`);
    return 1;
  }
  const { draft } = result;
  const dropLow = values["drop-low"];
  const file = claimsFileText(text, draft, { dropLow });
  const source = join(SEED_DIR, "sources", `${id}.txt`);
  const copied = !values.stdout && !existsSync(source);
  if (!values.stdout && !copied && !readFileSync(source).equals(bytes)) {
    console.error(`draft: ${source} exists with another text; nothing was written (the claims must quote the article seed:check reads)`);
    return 1;
  }
  if (values.stdout) {
    process.stdout.write(file);
  } else {
    // The claims quote this text: seed:check reads it from seed/sources/<id>.txt.
    if (copied) writeFileSync(source, bytes);
    writeFileSync(out, file);
  }
  const all = Object.values(draft.claims).flat();
  const low = all.filter((c) => c.confidence < LOW_CONFIDENCE).length;
  const problems = draftProblems(text, draft, catalog, { dropLow });
  const target = values.stdout ? "stdout" : out;
  console.error(
    `draft: ${all.length} claims (${low} low-confidence${dropLow ? ", left out" : ""}) in ${draft.elapsedMs} ms → ${target}; ${draft.proposedRoles.length} proposed roles, ${draft.proposedSkills.length} proposed skills`,
  );
  if (copied) console.error(`draft: copied the article to ${source} (the claims quote it)`);
  if (problems.length > 0) {
    console.error(`draft: as written, seed:check would report ${problems.length} problem(s) to fix in review:`);
    for (const p of problems.slice(0, 20)) console.error(`  ${formatProblem(p)}`);
  } else {
    console.error(`draft: the validator accepts the draft as written; review it, then npm run seed:check -- --only ${id}`);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
