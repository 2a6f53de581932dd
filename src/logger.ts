import { Writable } from "node:stream";
import pino from "pino";
import pretty from "pino-pretty";
import { logSink } from "./observability/logSink.ts";

export type LogFormat = "auto" | "pretty" | "json";

/**
 * JSON lines (one object a line, for log collectors) unless stdout is a terminal, where a person
 * reads them: then pino-pretty, in-process and synchronous (no line is lost when the process exits).
 * LOG_FORMAT=json|pretty overrides the guess. Lines go to `fd` (stdout) through a sink that
 * survives a full disk or a closed pipe (src/observability/logSink.ts): a log that cannot be
 * written is reported on stderr, never fatal.
 */
export function createLogger(level: string, format: LogFormat = "auto", isTTY = Boolean(process.stdout.isTTY), fd = 1) {
  const options = { level, base: { service: "laddergraph" }, timestamp: pino.stdTimeFunctions.isoTime };
  const sink = logSink({ dest: fd, what: "the server's log (stdout)" });
  if (format === "pretty" || (format === "auto" && isTTY)) {
    // pino-pretty pipes into its destination and gives up on the first error: hand it one that never errs.
    const destination = new Writable({
      write(chunk, _encoding, done) {
        sink.write(String(chunk));
        done();
      },
    });
    return pino(
      options,
      pretty({ colorize: isTTY, sync: true, translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname,service", destination }),
    );
  }
  return pino(options, sink);
}
