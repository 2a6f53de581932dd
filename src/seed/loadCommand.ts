import type { Corpus } from "../claims/corpus.ts";
import { ConfigError, readEnv } from "../config/env.ts";
import { graphCounts } from "../db/repositories/graph.ts";
import { loadCorpus } from "../db/writes/corpus.ts";
import { storeFingerprint } from "../db/writes/seedRecord.ts";
import { connectDatabase, DatabaseStartError } from "../neo4j/connect.ts";
import { LauncherError } from "../neo4j/localNeo4j.ts";
import { seedFingerprint } from "./fingerprint.ts";

/**
 * `npm run seed`: loads the validated corpus into NEO4J_URI; else into the Neo4j of the server
 * running on the local data folder; else into the local Neo4j, started for the load.
 */
export async function loadSeed(corpus: Corpus, summary: string, seedDir: string): Promise<number> {
  let db: Awaited<ReturnType<typeof connectDatabase>> | undefined;
  try {
    db = await connectDatabase(readEnv(), console.error, { joinRunning: true });
    const before = await graphCounts(db.driver, db.database);
    const report = await loadCorpus(db.driver, corpus, db.database);
    await storeFingerprint(db.driver, seedFingerprint(seedDir), db.database);
    console.log(
      `seed: loaded ${summary} into ${db.uri}; graph ${before.nodes}→${report.nodes} nodes, ${before.relationships}→${report.relationships} relationships`,
    );
    return 0;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DatabaseStartError || error instanceof LauncherError) {
      console.error(`seed: ${error.message}`);
    } else {
      console.error(
        `seed: the load failed and was rolled back; the database is unchanged: ${error instanceof Error ? error.message : error}`,
      );
    }
    return 1;
  } finally {
    await db?.close();
  }
}
