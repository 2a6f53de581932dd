import { withinMs } from "../timeLimit.ts";
import { type LocalNeo4j, type LocalNeo4jOptions, startLocalNeo4j } from "./localNeo4j.ts";
import { freeBytes } from "./storage.ts";

/** Waits before each restart attempt: 1 s, 2 s, 4 s … up to 30 s between attempts. */
export const RESTART_BACKOFF_MS = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000];

export interface SupervisedNeo4j {
  uri: string;
  /** The Neo4j process running now (a new one after each restart). */
  current(): LocalNeo4j;
  /** Undefined while Neo4j runs; otherwise what the supervisor is doing about it (for /ready and logs). */
  state(): string | undefined;
  /** Free bytes on the file system holding Neo4j's data folder. */
  freeBytes(): Promise<number>;
  /**
   * Neo4j stopped its database after a failed write (its disk filled during a commit: "needs to be
   * restarted"): once `bytes` are free on its disk, Neo4j is stopped and started again (the
   * restart above). Calls while one is pending are ignored.
   */
  restartWhenFree(bytes: number): void;
  /** Stops supervising, then stops Neo4j (SIGKILL after `killAfterMs`, 30 s by default). */
  stop(killAfterMs?: number): Promise<void>;
}

/**
 * Starts the local Neo4j and keeps it running: when its process dies (crash, OOM, kill -9) it is
 * started again on the same data folder and port, after a growing back-off, until stop() is called.
 * The driver reconnects by itself once Bolt answers again.
 */
export async function startSupervisedNeo4j(options: LocalNeo4jOptions & { backoffMs?: readonly number[] }): Promise<SupervisedNeo4j> {
  const log = options.log ?? console.error;
  const backoff = options.backoffMs ?? RESTART_BACKOFF_MS;
  let running = await startLocalNeo4j(options);
  let state: string | undefined;
  let stopping = false;
  let restarting: Promise<void> | undefined;
  let waitingForSpace = false;

  const watch = (neo4j: LocalNeo4j) => {
    void neo4j.exited.then((code) => {
      if (stopping || neo4j !== running) return;
      restarting = restart(code);
    });
  };

  const restart = async (code: number | null) => {
    for (let attempt = 1; !stopping; attempt++) {
      const wait = backoff[Math.min(attempt - 1, backoff.length - 1)] ?? 30_000;
      state = `the local Neo4j exited (${code === null ? "killed by a signal" : `exit code ${code}`}); restart attempt ${attempt} in ${wait / 1000} s`;
      log(`laddergraph: ${state}`);
      await new Promise((r) => setTimeout(r, wait));
      if (stopping) return;
      state = `the local Neo4j exited; restart attempt ${attempt} under way`;
      try {
        running = await startLocalNeo4j(options);
        state = undefined;
        log(`laddergraph: the local Neo4j is running again (pid ${running.pid}, after ${attempt} attempt(s))`);
        watch(running);
        return;
      } catch (error) {
        log(`laddergraph: restart attempt ${attempt} of the local Neo4j failed: ${error instanceof Error ? error.message : error}`);
      }
    }
  };

  /** How often the free space is looked at while a restart waits for it. */
  const SPACE_POLL_MS = 1_000;
  const restartWhenFree = async (bytes: number) => {
    const stopped = running;
    const mb = Number((bytes / 1024 / 1024).toFixed(1));
    state = `the local Neo4j stopped its database after a write failed on a full disk; it is restarted once its disk has ${mb} MB free`;
    log(`laddergraph: ${state}`);
    try {
      while (!stopping && stopped === running) {
        const free = await freeBytes(options.home).catch(() => 0);
        if (free >= bytes) break;
        await new Promise((r) => setTimeout(r, SPACE_POLL_MS));
      }
      if (stopping || stopped !== running) return;
      log(`laddergraph: the local Neo4j's disk has ${mb} MB free again; restarting Neo4j (pid ${stopped.pid})`);
      // Its exit starts the restart above. The launcher halts a panicked Neo4j at once (a graceful
      // shutdown would write a stale log buffer after the torn entry: tools/neo4j's Launcher.panicked).
      await stopped.stop(5_000);
    } finally {
      waitingForSpace = false;
    }
  };

  watch(running);
  return {
    uri: running.uri,
    current: () => running,
    state: () => state,
    freeBytes: () => freeBytes(options.home),
    restartWhenFree(bytes) {
      if (waitingForSpace || stopping) return;
      waitingForSpace = true;
      void restartWhenFree(bytes);
    },
    async stop(killAfterMs = 30_000) {
      stopping = true;
      const started = Date.now();
      // A restart under way finishes (or gives up) first; it is not waited for past the kill time.
      await withinMs(restarting ?? Promise.resolve(), killAfterMs, () => undefined);
      await running.stop(killAfterMs - (Date.now() - started));
    },
  };
}
