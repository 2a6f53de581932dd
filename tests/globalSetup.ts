import type { TestProject } from "vitest/node";
import { createDriver } from "../src/db/driver.ts";
import { sourceCount } from "../src/db/repositories/graph.ts";
import { ensureDerivedData, ensureSchema, loadCorpus } from "../src/db/writes/corpus.ts";
import { readCorpus } from "../src/seed/corpus.ts";
import { provideTestDatabase } from "./support/database.ts";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; kind: string };
  }
}

/** Starts (or finds) the real Neo4j every integration test uses, and makes sure the seed graph is in it. */
export default async function setup(project: TestProject) {
  const db = await provideTestDatabase();
  const driver = createDriver({ uri: db.uri, user: db.user, password: db.password });
  try {
    if ((await sourceCount(driver)) === 0) {
      const corpus = readCorpus("seed");
      if (!corpus.ok) throw new Error(`seed files are invalid: ${corpus.problems.map((p) => p.message).join("; ")}`);
      await loadCorpus(driver, corpus.corpus);
    } else {
      // A NEO4J_URI loaded by an earlier laddergraph: what start-up would bring up to date.
      await ensureSchema(driver);
      await ensureDerivedData(driver);
    }
  } finally {
    await driver.close();
  }
  console.log(`tests run on a real Neo4j (${db.kind}) at ${db.uri}`);
  project.provide("neo4j", { uri: db.uri, user: db.user, password: db.password, kind: db.kind });
  return async () => {
    await db.stop();
  };
}
