import pino from "pino";
import pretty from "pino-pretty";

export type LogFormat = "auto" | "pretty" | "json";

/**
 * JSON lines (one object a line, for log collectors) unless stdout is a terminal, where a person
 * reads them: then pino-pretty, in-process and synchronous (no line is lost when the process exits).
 * LOG_FORMAT=json|pretty overrides the guess.
 */
export function createLogger(level: string, format: LogFormat = "auto", isTTY = Boolean(process.stdout.isTTY)) {
  const options = { level, base: { service: "laddergraph" }, timestamp: pino.stdTimeFunctions.isoTime };
  if (format === "pretty" || (format === "auto" && isTTY)) {
    return pino(options, pretty({ colorize: isTTY, sync: true, translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname,service" }));
  }
  return pino(options);
}
