import { statfs } from "node:fs/promises";
import { GraphQLError, getOperationAST } from "graphql";
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

/**
 * Refuses mutations with `INSUFFICIENT_STORAGE` while `free()` says the database's disk is
 * (nearly) full; queries are never checked. `free` undefined (a Neo4j this process does not run,
 * whose disk it cannot see): no check.
 */
export function storageGuard(free: (() => Promise<number>) | undefined): Plugin {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      if (!free || getOperationAST(args.document, args.operationName)?.operation !== "mutation") return;
      let bytes: number;
      try {
        bytes = await free();
      } catch {
        return; // the check itself failing is no reason to refuse
      }
      if (bytes >= MIN_FREE_BYTES_FOR_WRITES) return;
      setResultAndStopExecution({
        data: null,
        errors: [
          new GraphQLError(
            `the database's disk has ${(bytes / 1024 / 1024).toFixed(1)} MB free; writes are refused below ${MIN_FREE_BYTES_FOR_WRITES / 1024 / 1024} MB so that reads keep working. Free some space and send the write again (nothing was written)`,
            { extensions: { code: "INSUFFICIENT_STORAGE", freeBytes: bytes } },
          ),
        ],
      });
    },
  };
}
