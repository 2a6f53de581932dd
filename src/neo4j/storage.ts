import { statfs } from "node:fs/promises";
import { type ExecutionResult, GraphQLError, getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";

/**
 * Writes are refused while the local Neo4j's file system has less than this free. Neo4j stops
 * the whole database ("needs to be restarted") when a commit cannot be appended to its
 * transaction log; refusing the write before it reaches Neo4j keeps reads working on a full disk.
 * An article with its claims is at most 2 MB of JSON; its log entries and store growth a few times that.
 */
export const MIN_FREE_BYTES_FOR_WRITES = 64 * 1024 * 1024;

/** Free bytes (for an unprivileged user) on the file system holding `path`. */
export async function freeBytes(path: string): Promise<number> {
  const s = await statfs(path);
  return Number(s.bavail) * Number(s.bsize);
}

/** Neo4j's codes and words for a commit its disk could not take, and for a database stopped since. */
const COMMIT_FAILED = "Neo.DatabaseError.Transaction.TransactionLogError";
const NEEDS_RESTART = /needs to be restarted/;

/** The Neo4j error behind a resolver's error, if any (GraphQLError.originalError, Error.cause …). */
function neo4jErrorIn(error: unknown): { code?: string; message: string } | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const candidate = e as { code?: unknown; message?: unknown; originalError?: unknown; cause?: unknown };
    if (typeof candidate.code === "string" && candidate.code.startsWith("Neo."))
      return { code: candidate.code, message: String(candidate.message) };
    if (typeof candidate.message === "string" && NEEDS_RESTART.test(candidate.message)) return { message: candidate.message };
    e = candidate.originalError ?? candidate.cause;
  }
  return undefined;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * Refuses mutations with `INSUFFICIENT_STORAGE` while `free()` says the database's disk has less
 * than `minFreeBytes` (LADDERGRAPH_MIN_FREE_MB); queries are never checked. `free` undefined (a
 * Neo4j this process does not run, whose disk it cannot see): no check.
 *
 * A disk that fills during a write (another program, or a write larger than the margin) makes
 * Neo4j fail the commit and then stop its database until it is restarted: that write's answer
 * becomes `INSUFFICIENT_STORAGE` too (the commit never reached the log: nothing was written), any
 * request meeting the stopped database gets `DATABASE_UNAVAILABLE` (never a masked error), and
 * `failed` is told, so that the supervisor restarts Neo4j once `minFreeBytes` are free again.
 */
export function storageGuard(
  free: (() => Promise<number>) | undefined,
  minFreeBytes: number = MIN_FREE_BYTES_FOR_WRITES,
  failed?: (restartWhenFreeBytes: number) => void,
): Plugin {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const mutation = getOperationAST(args.document, args.operationName)?.operation === "mutation";
      const watch = {
        onExecuteDone({ result, setResult }: { result: unknown; setResult: (r: ExecutionResult) => void }) {
          if (!failed || Symbol.asyncIterator in (result as object)) return;
          const errors = (result as ExecutionResult).errors ?? [];
          const causes = errors.map(neo4jErrorIn);
          const commitFailed = causes.some((c) => c?.code === COMMIT_FAILED);
          if (!commitFailed && !causes.some((c) => c && NEEDS_RESTART.test(c.message))) return;
          failed(minFreeBytes);
          const error = commitFailed
            ? new GraphQLError(
                `the database's disk filled up while this write was being committed, so nothing was written; the database is restarted as soon as its disk has ${Number(mb(minFreeBytes))} MB free (GET /ready answers 200 again then): free some space, then send the write again`,
                { extensions: { code: "INSUFFICIENT_STORAGE", during: "commit" } },
              )
            : new GraphQLError(
                `the database stopped after a write failed on its full disk; it is restarted as soon as its disk has ${Number(mb(minFreeBytes))} MB free: retry once GET /ready answers 200`,
                { extensions: { code: "DATABASE_UNAVAILABLE" } },
              );
          setResult({ data: null, errors: [error] });
        },
      };
      if (!free || !mutation) return watch;
      let bytes: number;
      try {
        bytes = await free();
      } catch {
        return watch; // the check itself failing is no reason to refuse
      }
      if (bytes >= minFreeBytes) return watch;
      setResultAndStopExecution({
        data: null,
        errors: [
          new GraphQLError(
            `the database's disk has ${mb(bytes)} MB free; writes are refused below ${Number(mb(minFreeBytes))} MB so that reads keep working. Free some space and send the write again (nothing was written)`,
            { extensions: { code: "INSUFFICIENT_STORAGE", freeBytes: bytes } },
          ),
        ],
      });
      return undefined;
    },
  };
}
