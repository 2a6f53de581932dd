import { session as accessMode, type Driver, isRetryableError } from "neo4j-driver";
import { DatabaseUnavailableError, QueryTimeoutError, QueryTooLargeError } from "../errors.ts";
import { inSpan } from "../observability/tracing.ts";
import { type BoundedStatementName, boundedStatement, type StatementName, statement as statementText } from "./cypher.ts";
import { isDatabaseUnavailable, isQueryOutOfMemory, isQueryTimeout } from "./driver.ts";

export interface QueryScope {
  driver: Driver;
  database: string | undefined;
  txTimeoutMs: number;
  /** Counts Cypher round trips for this request (tests and benchmarks read it). */
  stats: { cypherQueries: number };
}

/**
 * How reads ride out transient errors (a cluster leader switch, an expired session, a database
 * still starting): as a managed transaction of this driver would (maxTransactionRetryTime 1.5 s),
 * another attempt while less than `budgetMs` has passed since the first, after 200, 400, 800 …
 * ms — at most five attempts, the last starting about 3 s after the first.
 */
export const READ_RETRY = { budgetMs: 1_500, firstDelayMs: 200, factor: 2 } as const;

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
 * Runs one named, parameterised read statement (see `runOnce`; a bounded one with its bound, which
 * the loader writes into its text: src/db/cypher.ts), trying again after transient
 * failures as `READ_RETRY` says. Database outages that outlast the retries become
 * DATABASE_UNAVAILABLE; a statement stopped by its transaction timeout (the query asked too much)
 * LIMIT_EXCEEDED; every other error is passed on as it is.
 */
export async function read<Row>(
  scope: QueryScope,
  statement: StatementName | { name: BoundedStatementName; bound: number },
  params: Record<string, unknown> = {},
): Promise<Row[]> {
  scope.stats.cypherQueries += 1;
  const name = typeof statement === "string" ? statement : statement.name;
  return inSpan(`cypher ${name}`, { "db.system": "neo4j", "db.operation.name": name }, async () => {
    const text = typeof statement === "string" ? statementText(statement) : boundedStatement(statement.name, statement.bound);
    const began = performance.now();
    for (let delay: number = READ_RETRY.firstDelayMs; ; delay *= READ_RETRY.factor) {
      try {
        return await runOnce<Row>(scope, text, params);
      } catch (error) {
        if (isQueryOutOfMemory(error)) throw new QueryTooLargeError();
        if (isRetryableError(error) && performance.now() - began < READ_RETRY.budgetMs) {
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
