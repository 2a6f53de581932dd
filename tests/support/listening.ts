import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { buildServer } from "../../src/server/serve.ts";
import { operationsOver, type TestServer, type TestServerOptions, testDriver, testEnv, testServerOver } from "./server.ts";

export interface ListeningServer extends TestServer {
  /** `http://127.0.0.1:<port>`: the real HTTP listener, for tests that must reach the socket. */
  origin: string;
  server: Server;
}

/**
 * The server as `npm start` runs it (`buildServer`: the same settings, plugins, warm-up and HTTP
 * listener) on a free loopback port, on the test Neo4j.
 */
export async function startListeningServer(options: TestServerOptions = {}): Promise<ListeningServer> {
  const driver = testDriver(options);
  const { app, server } = await buildServer(testEnv(options), {
    driver,
    database: options.database,
    log: options.log ?? pino({ level: "silent" }),
    databaseState: options.databaseState,
  });
  const test = testServerOver(app, driver);
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    ...test,
    // Operations go over the socket too, not through yoga.fetch.
    ...operationsOver(fetch, `${origin}/graphql`),
    origin,
    server,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await test.close();
    },
  };
}
