import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { resolveCredentials } from "../../src/neo4j/credentials.ts";
import { type LocalNeo4j, startLocalNeo4j } from "../../src/neo4j/localNeo4j.ts";
import { NEO4J_IMAGE } from "../../src/neo4j/version.ts";

export interface TestDatabase {
  uri: string;
  user: string;
  password: string;
  /** How it was provided: the user's NEO4J_URI, a testcontainer, or the local launcher. */
  kind: "env" | "testcontainers" | "launcher";
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A real Neo4j of our own on a free port with a fresh data folder (deleted on stop). */
export async function startOwnNeo4j(): Promise<TestDatabase & { local: LocalNeo4j; home: string; port: number }> {
  const home = mkdtempSync(join(tmpdir(), "laddergraph-neo4j-"));
  const port = await freePort();
  // The same resolution as npm start: a random password kept in the data folder.
  const { password } = resolveCredentials({ NEO4J_USER: "neo4j", LADDERGRAPH_NEO4J_HOME: home });
  const local = await startLocalNeo4j({ home, port, password, timeoutMs: 180_000 });
  return {
    uri: local.uri,
    user: "neo4j",
    password,
    kind: "launcher",
    local,
    home,
    port,
    async stop() {
      await local.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

async function containerRuntimeAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import("testcontainers");
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

/**
 * The database the test suite runs on: NEO4J_URI if set; else a Neo4j testcontainer if a
 * container runtime answers; else the local launcher on a free port. Always a real Neo4j.
 */
export async function provideTestDatabase(): Promise<TestDatabase> {
  if (process.env.NEO4J_URI) {
    return {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? "neo4j",
      password: process.env.NEO4J_PASSWORD ?? "",
      kind: "env",
      stop: async () => {},
    };
  }
  if (await containerRuntimeAnswers()) {
    const { Neo4jContainer } = await import("@testcontainers/neo4j");
    const container = await new Neo4jContainer(NEO4J_IMAGE).withPassword("laddergraph-test").start();
    return {
      uri: container.getBoltUri(),
      user: container.getUsername(),
      password: container.getPassword(),
      kind: "testcontainers",
      stop: async () => {
        await container.stop();
      },
    };
  }
  return startOwnNeo4j();
}
