import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { logSink } from "../observability/logSink.ts";
import { privateDataFolder } from "./credentials.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const LAUNCHER_DIR = join(ROOT, "tools", "neo4j");
const CLASSES = join(LAUNCHER_DIR, "target", "classes");
const LIB = join(LAUNCHER_DIR, "target", "lib");
const READY = "LADDERGRAPH_NEO4J_READY ";

export class LauncherError extends Error {}

/**
 * The launcher's maximum heap: 512m (a dev database) unless LADDERGRAPH_NEO4J_HEAP says otherwise
 * (a JVM size such as 4g: the benchmark's 1,000× corpus is loaded in one transaction).
 */
export function launcherHeap(env: NodeJS.ProcessEnv = process.env): string {
  const heap = env.LADDERGRAPH_NEO4J_HEAP?.trim() || "512m";
  if (!/^\d+[mMgG]$/.test(heap)) throw new LauncherError(`LADDERGRAPH_NEO4J_HEAP must be a JVM size such as 512m or 4g (got '${heap}')`);
  return heap;
}

/** The flags Neo4j's own server passes to its JVM, and the heap above. */
const jvmFlags = (heap: string) => [
  "-Xms128m",
  `-Xmx${heap}`,
  "-XX:+UseG1GC",
  "-XX:+ExitOnOutOfMemoryError",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
];

function has(command: string): boolean {
  return spawnSync(command, ["-version"], { stdio: "ignore" }).error === undefined;
}

/** Built, and not older than its sources (an edited launcher or pom is rebuilt on the next start). */
export function launcherIsBuilt(): boolean {
  const built = join(CLASSES, "dev", "laddergraph", "neo4j", "Launcher.class");
  if (!existsSync(built) || !existsSync(LIB)) return false;
  const source = join(LAUNCHER_DIR, "src", "main", "java", "dev", "laddergraph", "neo4j", "Launcher.java");
  const newest = Math.max(statSync(source).mtimeMs, statSync(join(LAUNCHER_DIR, "pom.xml")).mtimeMs);
  return statSync(built).mtimeMs >= newest;
}

/** Builds the launcher with Maven (first run downloads Neo4j from Maven Central). */
export function buildLauncher(log: (line: string) => void = console.error): void {
  if (!has("java")) throw new LauncherError("java was not found on PATH: install a JDK 17+ (or set NEO4J_URI to use your own Neo4j)");
  if (!has("mvn")) throw new LauncherError("mvn was not found on PATH: install Apache Maven (or set NEO4J_URI to use your own Neo4j)");
  log("laddergraph: building the local Neo4j launcher with Maven (the first time downloads Neo4j, about 120 MB)");
  const logFile = join(LAUNCHER_DIR, "target", "build.log");
  mkdirSync(dirname(logFile), { recursive: true });
  const r = spawnSync("mvn", ["-q", "-B", "package", "-DskipTests"], { cwd: LAUNCHER_DIR, encoding: "utf8" });
  if (r.status !== 0) {
    try {
      writeFileSync(logFile, `${r.stdout ?? ""}${r.stderr ?? ""}`);
    } catch (error) {
      throw new LauncherError(
        `the Maven build of tools/neo4j failed (exit ${r.status}), and its log could not be written to ${logFile}: ${(error as Error).message}`,
      );
    }
    throw new LauncherError(`the Maven build of tools/neo4j failed (exit ${r.status}); see ${logFile}`);
  }
}

export interface LocalNeo4jOptions {
  home: string;
  port: number;
  password: string;
  /** How long to wait for the ready line (default 5 minutes: a cold JVM on a busy 2-core machine took over 2). */
  timeoutMs?: number;
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** Resolves when the process has exited, for whatever reason (its exit code, or null after a signal). */
  exited: Promise<number | null>;
  /** Stops Neo4j cleanly (SIGTERM; SIGKILL after `killAfterMs`, 30 s by default) and resolves when its process has exited. */
  stop(killAfterMs?: number): Promise<void>;
}

/**
 * Starts the embedded Neo4j as a child process on loopback and resolves once Bolt accepts
 * connections. The child watches its stdin: if this process dies, the pipe closes and Neo4j stops.
 *
 * Its output goes to `<home>/launcher.log` through a sink that survives a full disk
 * (src/observability/logSink.ts: reported once, resumed when space returns). Its stdout and stderr
 * are always read, whatever becomes of the log file (a pipe nobody reads would freeze Neo4j once
 * its buffer fills), and every stream of the child has an 'error' listener: nothing the disk or
 * the child does to them can end this process.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  if (!launcherIsBuilt()) buildLauncher(options.log);
  const home = privateDataFolder(options.home);
  const logPath = join(home, "launcher.log");
  const report = options.log ?? ((line: string) => console.error(line));
  const logStream = logSink({ dest: logPath, mode: 0o600, what: `the local Neo4j's log (${logPath})`, report });
  const child: ChildProcess = spawn("java", [...jvmFlags(launcherHeap()), "-cp", `${CLASSES}:${LIB}/*`, "dev.laddergraph.neo4j.Launcher"], {
    env: {
      ...process.env,
      LADDERGRAPH_NEO4J_HOME: home,
      LADDERGRAPH_NEO4J_PORT: String(options.port),
      NEO4J_PASSWORD: options.password,
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  for (const stream of [child.stdin, child.stdout, child.stderr]) {
    stream?.on("error", (error: Error) =>
      report(`laddergraph: the local Neo4j's ${stream === child.stdin ? "stdin" : "output"} pipe failed: ${error.message}`),
    );
  }
  child.stderr?.on("data", (chunk: Buffer) => logStream.write(chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));

  const uri = await new Promise<string>((ready, fail) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      fail(new LauncherError(`Neo4j did not become ready within ${(options.timeoutMs ?? 300_000) / 1000}s; see ${logPath}`));
    }, options.timeoutMs ?? 300_000);
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on("line", (line) => {
      logStream.write(`${line}\n`);
      if (line.startsWith(READY)) {
        clearTimeout(timer);
        options.log?.(`laddergraph: local Neo4j ready (${line.slice(READY.length)})`);
        ready(line.slice(READY.length).split(" ")[0] as string);
      }
    });
    child.once("error", (error) => {
      clearTimeout(timer);
      fail(new LauncherError(`could not start java: ${error.message}`));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      const tail = existsSync(logPath) ? readFileSync(logPath, "utf8").trim().split("\n").slice(-3).join(" | ") : "";
      fail(new LauncherError(`Neo4j exited before it was ready (exit ${code}): ${tail} — full log: ${logPath}`));
    });
  });

  let stopping: Promise<void> | undefined;
  return {
    uri,
    pid: child.pid as number,
    exited,
    stop(killAfterMs = 30_000) {
      stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill("SIGTERM");
          // A frozen JVM (SIGSTOP, swapping) never acts on SIGTERM; SIGKILL works on it all the same.
          const killer = setTimeout(() => child.kill("SIGKILL"), Math.max(0, killAfterMs));
          await exited;
          clearTimeout(killer);
        }
        logStream.end();
      })();
      return stopping;
    },
  };
}
