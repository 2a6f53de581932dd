import type { Server } from "node:http";

/** The line a target prints once it listens; the bench reads the port from it. */
export const READY_PREFIX = "LADDERGRAPH_BENCH_TARGET_READY ";

export interface TargetEnv {
  uri: string;
  user: string;
  password: string;
}

/** Neo4j coordinates passed by the bench to its target processes. */
export function targetEnv(env: NodeJS.ProcessEnv = process.env): TargetEnv {
  const uri = env.BENCH_NEO4J_URI;
  const password = env.BENCH_NEO4J_PASSWORD;
  if (!uri || password === undefined) throw new Error("a bench target needs BENCH_NEO4J_URI and BENCH_NEO4J_PASSWORD");
  return { uri, user: env.BENCH_NEO4J_USER ?? "neo4j", password };
}

/**
 * Listens on a free loopback port, prints the ready line, and exits when the bench goes away
 * (its stdin closes) or asks it to (SIGTERM), after `close` has run.
 */
export function serve(server: Server, close: () => Promise<void>): void {
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    server.close();
    server.closeAllConnections();
    void close().finally(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.stdin.on("end", stop);
  process.stdin.resume();
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    if (address === null || typeof address === "string") throw new Error("the target did not get a TCP port");
    console.log(`${READY_PREFIX}${address.port}`);
  });
}
