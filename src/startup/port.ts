import { createServer } from "node:net";

export class PortInUseError extends Error {}

/**
 * Fails fast, before Neo4j is started, when the HTTP port is taken (otherwise the user waits for
 * Neo4j and the seed only to be told at the end).
 */
export async function assertPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((free, taken) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      taken(
        error.code === "EADDRINUSE"
          ? new PortInUseError(`port ${port} is already in use: stop what holds it, or set PORT to another port`)
          : error,
      ),
    );
    probe.listen(port, host, () => probe.close(() => free()));
  });
}
