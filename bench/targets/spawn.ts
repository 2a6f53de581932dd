import { type ChildProcess, spawn } from "node:child_process";
import { join, relative } from "node:path";
import { createInterface } from "node:readline";
import type { TargetName } from "../operations.ts";
import { BENCH_DIR, REPO_DIR } from "../paths.ts";
import { READY_PREFIX, type TargetEnv } from "./ready.ts";

export interface RunningTarget {
  name: TargetName;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Each target's entry point: every target runs in a process of its own, the load generator in the bench's. */
export const TARGET_ENTRIES: Record<TargetName, string> = {
  laddergraph: join(BENCH_DIR, "targets", "laddergraph.ts"),
  laddergraphCached: join(BENCH_DIR, "targets", "laddergraph.ts"),
  neo4jGraphql: join(BENCH_DIR, "neo4j-graphql", "server.ts"),
  raw: join(BENCH_DIR, "targets", "raw.ts"),
};

function waitForReady(name: TargetName, child: ChildProcess, stderr: () => string, timeoutMs: number): Promise<number> {
  return new Promise((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`${name} did not start within ${timeoutMs / 1000}s: ${stderr()}`)), timeoutMs);
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on("line", (line) => {
      if (!line.startsWith(READY_PREFIX)) return;
      clearTimeout(timer);
      ready(Number(line.slice(READY_PREFIX.length)));
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`${name} exited (code ${code}) before it was ready: ${stderr()}`));
    });
  });
}

/**
 * Starts one target on the same Node as the bench (which strips the TypeScript types itself, as
 * `npm start` runs laddergraph), with NODE_ENV=production, and resolves with its URL once it
 * listens. Its stdin is a pipe: if the bench dies, the target exits. `nodeArgs` go to Node before
 * the entry (`bench/profile.ts` passes `--cpu-prof`). `tree`: the checkout whose target runs (`--baseline`:
 * another commit's, with its own node_modules), this one by default.
 */
export async function startTarget(
  name: TargetName,
  db: TargetEnv,
  timeoutMs = 60_000,
  nodeArgs: readonly string[] = [],
  tree: string = REPO_DIR,
): Promise<RunningTarget> {
  const child = spawn(process.execPath, [...nodeArgs, join(tree, relative(REPO_DIR, TARGET_ENTRIES[name]))], {
    cwd: tree,
    env: {
      ...process.env,
      NODE_ENV: "production",
      BENCH_NEO4J_URI: db.uri,
      BENCH_NEO4J_USER: db.user,
      BENCH_NEO4J_PASSWORD: db.password,
      BENCH_RESPONSE_CACHE: name === "laddergraphCached" ? "on" : "off",
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    errors = `${errors}${chunk.toString("utf8")}`.slice(-4000);
  });
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const port = await waitForReady(name, child, () => errors.trim(), timeoutMs);
  return {
    name,
    url: `http://127.0.0.1:${port}/graphql`,
    pid: child.pid as number,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(killer);
      }
    },
  };
}
