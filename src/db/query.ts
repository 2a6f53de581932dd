import { type Driver, routing } from "neo4j-driver";
import { DatabaseUnavailableError, QueryTimeoutError } from "../errors.ts";
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
 * Runs one named, parameterised read statement in a read transaction (routed to a reader on a
 * cluster) and returns its records as plain objects. Database outages become DATABASE_UNAVAILABLE;
 * a statement stopped by its transaction timeout (the query asked too much) LIMIT_EXCEEDED.
 */
export async function read<Row>(scope: QueryScope, name: StatementName, params: Record<string, unknown> = {}): Promise<Row[]> {
  scope.stats.cypherQueries += 1;
  try {
    const result = await scope.driver.executeQuery(statements()[name], params, {
      database: scope.database,
      routing: routing.READ,
      transactionConfig: { timeout: scope.txTimeoutMs },
    });
    return result.records.map((r) => r.toObject() as Row);
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw new DatabaseUnavailableError();
    if (isQueryTimeout(error)) throw new QueryTimeoutError(scope.txTimeoutMs);
    throw error;
  }
}

/** Aligns rows keyed by `key` to the order of `keys`, as DataLoader requires. */
export function alignTo<K, V>(keys: readonly K[], rows: { key: K; value: V }[], missing: V): V[] {
  const byKey = new Map(rows.map((r) => [r.key, r.value]));
  return keys.map((k) => (byKey.has(k) ? (byKey.get(k) as V) : missing));
}
