import type { Driver, ManagedTransaction } from "neo4j-driver";
import { DatabaseUnavailableError, LimitExceededError, OutcomeUnknownError } from "../../errors.ts";
import { inSpan } from "../../observability/tracing.ts";
import { isDatabaseUnavailable, isQueryOutOfMemory, isQueryTimeout } from "../driver.ts";

/**
 * Where a write goes. `txTimeoutMs` bounds the transaction as it bounds a read; absent, the
 * database's own limit applies (a seed load of a large corpus; a source's writes, which may wait
 * for another writer's lock: src/db/writes/sources.ts).
 */
export interface WriteScope {
  driver: Driver;
  database: string | undefined;
  txTimeoutMs?: number | undefined;
}

/** Thrown by a write's work to refuse its commit: the transaction is rolled back and the error passed on as it is. */
export class WriteRefused extends Error {}

export interface WriteOptions {
  /** What the caller is told when the commit was sent and no answer came back (default: a general OUTCOME_UNKNOWN). */
  outcomeUnknown?: () => OutcomeUnknownError;
}

/**
 * The one way a write reaches Neo4j, as `read()` (src/db/query.ts) is for reads: `work` runs as ONE
 * managed write transaction, which the driver tries again after transient failures for as long as
 * reads do (maxTransactionRetryTime, 1.5 s; see READ_RETRY), under the scope's transaction timeout,
 * in a span `cypher write <name>`. Its failures are mapped once, here:
 * - after a commit was sent (by this attempt or an earlier one), anything but a WriteRefused is
 *   OUTCOME_UNKNOWN: the write may have landed;
 * - before that, nothing was written: an outage is DATABASE_UNAVAILABLE, a transaction stopped by
 *   its timeout or its memory LIMIT_EXCEEDED, and every other error is passed on as it is.
 */
export async function write<T>(
  scope: WriteScope,
  name: string,
  work: (tx: ManagedTransaction) => Promise<T>,
  options: WriteOptions = {},
): Promise<T> {
  return inSpan(`cypher write ${name}`, { "db.system": "neo4j", "db.operation.name": name }, async () => {
    const session = scope.driver.session({ database: scope.database });
    // Set once an attempt's work is done and its commit is about to be sent: from then on, a
    // failure says nothing about whether the write landed.
    let committing = false;
    try {
      return await session.executeWrite(
        async (tx) => {
          const result = await work(tx);
          committing = true;
          return result;
        },
        scope.txTimeoutMs === undefined ? undefined : { timeout: scope.txTimeoutMs },
      );
    } catch (error) {
      if (error instanceof WriteRefused) throw error;
      // The commit's own error goes along as the cause (a full disk's is recognised: src/neo4j/storage.ts).
      if (committing) throw Object.assign(options.outcomeUnknown?.() ?? new OutcomeUnknownError(OUTCOME_UNKNOWN), { cause: error });
      if (isDatabaseUnavailable(error)) throw new DatabaseUnavailableError();
      if (isQueryTimeout(error) || isQueryOutOfMemory(error)) throw tooLarge(scope.txTimeoutMs);
      throw error;
    } finally {
      await session.close().catch(() => {});
    }
  });
}

const OUTCOME_UNKNOWN =
  "the database stopped answering after the write was sent, so it may or may not have landed: read the graph before writing again";

function tooLarge(timeoutMs: number | undefined): LimitExceededError {
  const limit = timeoutMs === undefined ? "the time or memory" : `the ${timeoutMs / 1000} s or the memory`;
  return new LimitExceededError(
    `the write needed more than ${limit} one database transaction may take and was rolled back; nothing was written`,
    {
      ...(timeoutMs === undefined ? {} : { limit: timeoutMs }),
    },
  );
}
