import { resolve } from "node:path";
import type { Logger } from "pino";
import type { Database } from "../neo4j/connect.ts";
import { formatProblem, readCorpus } from "./corpus.ts";
import { ensureDerivedData, ensureSchema, loadCorpus, sourceCount } from "./load.ts";

export class SeedError extends Error {}

/**
 * Start-up hook: constraints and indexes always; the seed articles only into an empty database,
 * so a database that already holds sources is left exactly as it is.
 */
export async function prepareDatabase(db: Database, log: Logger, seedDir = resolve("seed")): Promise<void> {
  const existing = await sourceCount(db.driver, db.database);
  if (existing > 0) {
    await ensureSchema(db.driver, db.database);
    await ensureDerivedData(db.driver, db.database);
    log.info({ sources: existing }, "database already holds sources; seed not loaded");
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
  log.info(report, "empty database: seed articles loaded");
}
