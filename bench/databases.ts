import type { Driver } from "neo4j-driver";
import { createDriver } from "../src/db/driver.ts";
import { graphCounts } from "../src/db/repositories/graph.ts";
import { buildLauncher, launcherIsBuilt } from "../src/neo4j/localNeo4j.ts";
import { startOwnNeo4j } from "../tests/support/database.ts";
import type { TargetEnv } from "./targets/ready.ts";

export interface BenchDatabase extends TargetEnv {
  driver: Driver;
  /** The Neo4j process when it is ours: its CPU is accounted per request. */
  pid: number | undefined;
  stop(): Promise<void>;
}

/**
 * The databases of a run, by scale. With NEO4J_URI set, every scale shares that one database (it
 * must hold no graph: the bench loads and removes its own corpora), so scales are measured one
 * after another. Otherwise each scale gets a Neo4j of its own (startOwnNeo4j, same version and
 * settings), all loaded before timing starts, so the scales can be timed in interleaved rounds and
 * a change in the machine's load hits every scale alike.
 */
export interface DatabasePool {
  shared: boolean;
  byScale: Map<number, BenchDatabase>;
  close(): Promise<void>;
}

async function own(log: (line: string) => void, scale: number): Promise<BenchDatabase> {
  const db = await startOwnNeo4j();
  log(`Neo4j for ${scale}× ready at ${db.uri} (pid ${db.local.pid})`);
  const driver = createDriver({ uri: db.uri, user: db.user, password: db.password, connectionTimeoutMs: 10_000 });
  return { uri: db.uri, user: db.user, password: db.password, driver, pid: db.local.pid, stop: () => db.stop() };
}

export async function openDatabases(scales: readonly number[], log: (line: string) => void): Promise<DatabasePool> {
  const uri = process.env.NEO4J_URI;
  if (uri) {
    const user = process.env.NEO4J_USER ?? "neo4j";
    const password = process.env.NEO4J_PASSWORD ?? "";
    const driver = createDriver({ uri, user, password, connectionTimeoutMs: 10_000 });
    const { nodes } = await graphCounts(driver);
    if (nodes > 0) {
      await driver.close();
      throw new Error(
        `the database at NEO4J_URI holds ${nodes} nodes: the benchmark loads and removes corpora, so point it at an empty database`,
      );
    }
    const db: BenchDatabase = { uri, user, password, driver, pid: undefined, stop: async () => {} };
    return { shared: true, byScale: new Map(scales.map((s) => [s, db])), close: () => driver.close() };
  }
  if (!launcherIsBuilt()) buildLauncher(log);
  log(`starting ${scales.length} Neo4j of our own, one per scale (tests/support/database.ts startOwnNeo4j)`);
  const started = await Promise.allSettled(scales.map((s) => own(log, s)));
  const dbs = started.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
  const close = async () => {
    for (const db of dbs) {
      await db.driver.close();
      await db.stop();
    }
  };
  const failed = started.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) {
    await close();
    throw failed.reason;
  }
  return { shared: false, byScale: new Map(scales.map((s, i) => [s, dbs[i] as BenchDatabase])), close };
}
