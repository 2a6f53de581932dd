import { type Driver, routing } from "neo4j-driver";
import { DatabaseUnavailableError } from "../errors.ts";
import { inSpan } from "../observability/tracing.ts";
import { type StatementName, statements } from "./cypher.ts";
import { isDatabaseUnavailable } from "./driver.ts";

export interface QueryScope {
  driver: Driver;
  database: string | undefined;
  txTimeoutMs: number;
  /** Counts Cypher round trips for this request (tests and benchmarks read it). */
  stats: { cypherQueries: number };
}

/**
 * Runs one named, parameterised read statement in a read transaction (routed to a reader on a
 * cluster) and returns its records as plain objects. Database outages become DATABASE_UNAVAILABLE.
 */
export async function read<Row>(scope: QueryScope, name: StatementName, params: Record<string, unknown> = {}): Promise<Row[]> {
  scope.stats.cypherQueries += 1;
  return inSpan(`cypher ${name}`, { "db.system": "neo4j", "db.operation.name": name }, async () => {
    try {
      const result = await scope.driver.executeQuery(statements()[name], params, {
        database: scope.database,
        routing: routing.READ,
        transactionConfig: { timeout: scope.txTimeoutMs },
      });
      return result.records.map((r) => r.toObject() as Row);
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw new DatabaseUnavailableError();
      throw error;
    }
  });
}

/** Aligns rows keyed by `key` to the order of `keys`, as DataLoader requires. */
export function alignTo<K, V>(keys: readonly K[], rows: { key: K; value: V }[], missing: V): V[] {
  const byKey = new Map(rows.map((r) => [r.key, r.value]));
  return keys.map((k) => (byKey.has(k) ? (byKey.get(k) as V) : missing));
}
