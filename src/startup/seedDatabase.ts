import type { Logger } from "pino";
import { ensureDerivedData, ensureSchema, loadCorpus } from "../db/writes/corpus.ts";
import { markSeeded, seedState } from "../db/writes/seedRecord.ts";
import type { Database } from "../neo4j/connect.ts";
import { formatProblem, readCorpus } from "../seed/corpus.ts";

export class SeedError extends Error {}

/**
 * Start-up hook: constraints and indexes always; the seed articles only into a database that was
 * never seeded, so a database that holds sources, or whose operator removed them, is left as it is.
 */
export async function prepareDatabase(db: Database, log: Logger, seedDir: string): Promise<void> {
  const state = await seedState(db.driver, db.database);
  if (state.sources > 0 || state.seeded) {
    await ensureSchema(db.driver, db.database);
    await ensureDerivedData(db.driver, db.database);
    // A database seeded before the seed was remembered: remember it now.
    if (!state.seeded) await markSeeded(db.driver, db.database);
    if (state.sources > 0) log.info({ sources: state.sources }, "database already holds sources; seed not loaded");
    else
      log.warn("the database holds no sources: they were removed after the seed was loaded; seed not loaded again (npm run seed loads it)");
    return;
  }
  // loadCorpus creates the constraints and indexes itself, before the data.
  const result = readCorpus(seedDir);
  if (!result.ok) {
    throw new SeedError(
      `the seed files have ${result.problems.length} problem(s), nothing was loaded:\n${result.problems.map((p) => `  ${formatProblem(p)}`).join("\n")}`,
    );
  }
  const report = await loadCorpus(db.driver, result.corpus, db.database);
  await markSeeded(db.driver, db.database);
  log.info(report, "empty database: seed articles loaded");
}
