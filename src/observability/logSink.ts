import pino from "pino";

/** Lines waiting for a writable disk are kept up to this many bytes; past it new lines are dropped. */
export const LOG_BUFFER_MAX_BYTES = 1024 * 1024;

export interface LogSinkOptions {
  /** A file descriptor (1: stdout) or a file path (appended to, created with `mode`). */
  dest: number | string;
  /** What the sink writes, for the report ("the server's log", "the local Neo4j's log …"). */
  what: string;
  /** Where a failure and the recovery are reported (once each): stderr unless given. */
  report?: (line: string) => void;
  mode?: number;
}

export type LogStream = ReturnType<typeof pino.destination>;

/**
 * A log destination that cannot end the process: a write that fails (ENOSPC on a full disk, EIO,
 * EFBIG …) is reported once, and the lines wait in memory (at most 1 MB, newer ones are dropped
 * past that) and are written as soon as a later write succeeds — when space returns, the log
 * resumes by itself and says how long it was failing. Synchronous writes (sonic-boom), so no line
 * is lost when the process exits.
 *
 * pino's own destination re-emits such an error with no listener (an uncaught exception), and a
 * plain `fs.WriteStream` without an 'error' listener does the same: that is how a full disk used
 * to kill the server.
 */
export function logSink(options: LogSinkOptions): LogStream {
  const report = options.report ?? ((line: string) => console.error(line));
  const stream = pino.destination({ dest: options.dest, sync: true, append: true, mode: options.mode, maxLength: LOG_BUFFER_MAX_BYTES });
  let failingSince: number | undefined;
  let dropped = 0;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (failingSince !== undefined) return;
    failingSince = Date.now();
    if (error.code === "EPIPE") {
      report(`laddergraph: ${options.what} has no reader any more (EPIPE); its lines are dropped; the server keeps running`);
      return;
    }
    report(
      `laddergraph: cannot write ${options.what} (${error.code ?? error.message}${error.code === "ENOSPC" ? ": no space left on the device" : ""}); ` +
        `lines wait in memory (up to ${LOG_BUFFER_MAX_BYTES / 1024 / 1024} MB, newer ones are dropped past that) and are written when it can; the server keeps running`,
    );
  });
  stream.on("drop", () => {
    dropped += 1;
  });
  stream.on("write", () => {
    if (failingSince === undefined) return;
    report(
      `laddergraph: writing ${options.what} again after ${((Date.now() - failingSince) / 1000).toFixed(1)} s` +
        (dropped > 0 ? ` (${dropped} line(s) dropped meanwhile)` : ""),
    );
    failingSince = undefined;
    dropped = 0;
  });
  return stream;
}
