import { session as accessMode, type Driver, isRetryableError } from "neo4j-driver";
import { DatabaseUnavailableError, QueryTimeoutError } from "../errors.ts";
import { inSpan } from "../observability/tracing.ts";
import { type StatementName, statements } from "./cypher.ts";
import { isDatabaseUnavailable, isQueryTimeout } from "./driver.ts";

export interface QueryScope {
  driver: Driver;
  database: string | undefined;
  txTimeoutMs: number;
  /** Counts Cypher round trips for this request (tests and benchmarks read it). */
  stats: { cypherQueries: number };
}

/**
 * How long and how often a read is tried again after a transient error (a cluster leader switch,
 * an expired session, a lock timeout): what a managed transaction would have retried, bounded.
 */
export const READ_RETRY = { attempts: 3, budgetMs: 1_500, delaysMs: [100, 400] } as const;

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/**
 * One named read statement as an auto-commit transaction (RUN + PULL only, no BEGIN and COMMIT
 * messages) in a READ-mode session, so a cluster still routes it to a reader; the transaction
 * timeout applies. Returns the records as plain objects.
 */
async function runOnce<Row>(scope: QueryScope, text: string, params: Record<string, unknown>): Promise<Row[]> {
  const session = scope.driver.session({ database: scope.database, defaultAccessMode: accessMode.READ });
  try {
    const result = await session.run(text, params, { timeout: scope.txTimeoutMs });
    return result.records.map((r) => r.toObject() as Row);
  } finally {
    await session.close();
  }
}

/**
 * Runs one named, parameterised read statement (see `runOnce`), retrying transient failures up to
 * `READ_RETRY.attempts` times within `READ_RETRY.budgetMs`. Database outages that outlast the retries
 * become DATABASE_UNAVAILABLE; a statement stopped by its transaction timeout (the query asked too
 * much) LIMIT_EXCEEDED; every other error is passed on as it is.
 */
export async function read<Row>(scope: QueryScope, name: StatementName, params: Record<string, unknown> = {}): Promise<Row[]> {
  scope.stats.cypherQueries += 1;
  return inSpan(`cypher ${name}`, { "db.system": "neo4j", "db.operation.name": name }, async () => {
    const text = statements()[name];
    const began = performance.now();
    for (let attempt = 1; ; attempt++) {
      try {
        return await runOnce<Row>(scope, text, params);
      } catch (error) {
        const delay = READ_RETRY.delaysMs[attempt - 1] ?? 0;
        const again = attempt < READ_RETRY.attempts && isRetryableError(error) && performance.now() - began + delay < READ_RETRY.budgetMs;
        if (again) {
          await sleep(delay);
          continue;
        }
        if (isDatabaseUnavailable(error)) throw new DatabaseUnavailableError();
        if (isQueryTimeout(error)) throw new QueryTimeoutError(scope.txTimeoutMs);
        throw error;
      }
    }
  });
}

/** Aligns rows keyed by `key` to the order of `keys`, as DataLoader requires. */
export function alignTo<K, V>(keys: readonly K[], rows: { key: K; value: V }[], missing: V): V[] {
  const byKey = new Map(rows.map((r) => [r.key, r.value]));
  return keys.map((k) => (byKey.has(k) ? (byKey.get(k) as V) : missing));
}
