import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/**
 * While `npm start` runs on the local launcher, it records in the data folder which Bolt endpoint
 * its Neo4j listens on, so `npm run seed` loads into that database instead of starting a second
 * Neo4j on the same folder and port. No secret is kept here: the password is resolved as usual.
 */
export const ENDPOINT_FILE = "running.json";

export interface RunningEndpoint {
  /** The Bolt URI of the server's Neo4j. */
  uri: string;
  /** The server process; the record is ignored once it has exited. */
  pid: number;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function recordEndpoint(home: string, uri: string): void {
  const record: RunningEndpoint = { uri, pid: process.pid };
  writeFileSync(join(resolve(home), ENDPOINT_FILE), `${JSON.stringify(record)}\n`, { mode: 0o600 });
}

/** Removes the record if this process wrote it. */
export function forgetEndpoint(home: string): void {
  const path = join(resolve(home), ENDPOINT_FILE);
  if (runningEndpoint(home)?.pid === process.pid) rmSync(path, { force: true });
}

/** The endpoint of a server running on this data folder, or undefined (none, or it has exited). */
export function runningEndpoint(home: string): RunningEndpoint | undefined {
  const path = join(resolve(home), ENDPOINT_FILE);
  if (!existsSync(path)) return undefined;
  try {
    const record = JSON.parse(readFileSync(path, "utf8")) as Partial<RunningEndpoint>;
    if (typeof record.uri !== "string" || typeof record.pid !== "number") return undefined;
    return isAlive(record.pid) ? { uri: record.uri, pid: record.pid } : undefined;
  } catch {
    return undefined;
  }
}
