import { session as accessMode, type Driver } from "neo4j-driver";
import { statement } from "../db/cypher.ts";

export interface DataVersionOptions {
  driver: Driver;
  database: string | undefined;
  /** How often the version is read from Neo4j, in milliseconds. */
  pollMs: number;
}

/**
 * Follows the graph's data version (`cypher/read/data-version.cypher`), which every write
 * transaction changes. It is read every `pollMs`; a version counts as current only while the read
 * that saw it *started* less than `boundMs` (= 2 × pollMs) ago and after the last local write.
 * A write committed at time T is therefore seen by every request served from a cache after
 * T + boundMs, in every process: that is the staleness bound. When Neo4j does not answer, the
 * version lapses and nothing is served from a cache.
 */
export class DataVersionWatch {
  readonly boundMs: number;
  private version: string | null = null;
  /** When the read that saw `version` started. */
  private seenAt = Number.NEGATIVE_INFINITY;
  /** When this process last wrote (or tried to): reads started before it no longer count. */
  private wroteAt = Number.NEGATIVE_INFINITY;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  private readonly options: DataVersionOptions;

  constructor(options: DataVersionOptions) {
    this.options = options;
    this.boundMs = 2 * options.pollMs;
  }

  /** Reads the version now and then every `pollMs` (the timer does not keep the process alive). */
  start(): void {
    void this.poll();
    this.timer = setInterval(() => void this.poll(), this.options.pollMs);
    this.timer.unref();
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  /** The version a cached answer may be served under, or null when none is known recently enough. */
  current(): string | null {
    if (this.version === null || this.seenAt < this.wroteAt || performance.now() - this.seenAt >= this.boundMs) return null;
    return this.version;
  }

  /** This process wrote (a mutation ran): forget the version until a read started after now sees one. */
  wrote(): void {
    this.wroteAt = performance.now();
    void this.poll();
  }

  private async poll(): Promise<void> {
    if (this.stopped) return;
    const started = performance.now();
    try {
      const version = await readDataVersion(this.options.driver, this.options.database);
      // An older read finishing late, or one that started before a local write, must not win.
      if (started < this.seenAt || started < this.wroteAt) return;
      this.version = version;
      this.seenAt = started;
    } catch {
      // Neo4j unreachable: the version lapses after boundMs, and nothing is served from a cache.
    }
  }
}

/** The graph's data version, read as an auto-commit READ statement (null when the graph has none). */
export async function readDataVersion(driver: Driver, database: string | undefined): Promise<string | null> {
  const session = driver.session({ database, defaultAccessMode: accessMode.READ });
  try {
    const result = await session.run(statement("read/data-version"), {}, { timeout: 2_000 });
    return (result.records[0]?.get("version") as string | null | undefined) ?? null;
  } finally {
    await session.close();
  }
}
