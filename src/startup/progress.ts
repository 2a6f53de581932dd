import type { Logger } from "pino";

/**
 * Logs a step's start, a "still …" line every `everyMs` while it runs, and its end with its
 * duration, so a long start-up step is never a silent wait. Returns the step's result.
 */
export async function step<T>(log: Logger, label: string, work: () => Promise<T>, everyMs = 10_000): Promise<T> {
  const started = Date.now();
  log.info(`${label}…`);
  const ticker = setInterval(() => log.info(`still ${label} (${Math.round((Date.now() - started) / 1000)} s)`), everyMs);
  try {
    const result = await work();
    log.info({ durationMs: Date.now() - started }, `${label}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return result;
  } finally {
    clearInterval(ticker);
  }
}
