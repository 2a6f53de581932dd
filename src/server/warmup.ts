import type { App } from "./app.ts";
import { EXAMPLES } from "./examples.ts";

/**
 * Beyond the examples: the heaviest statement the explorer page sends on load (every role's
 * conflicts, role-less), which cold can come near the transaction timeout.
 */
const PAGE_QUERIES = [{ name: "ExplorerConflicts", query: "{ conflicts { aspect role { id } } }", variables: undefined }];

export interface WarmUpReport {
  queries: number;
  /** Total time, in milliseconds. */
  durationMs: number;
  /** Example names that answered with errors (a warm-up never fails start-up). */
  failed: string[];
}

/**
 * Runs every worked example (and the explorer's heaviest query) once through the app before the server listens, so the first user
 * query finds Neo4j's plans cached, its pages in memory and the JavaScript compiled. Nothing is
 * written. `/ready` cannot say yes before this ends: the listener is not open yet.
 */
export async function warmUp(app: App): Promise<WarmUpReport> {
  const started = Date.now();
  const failed: string[] = [];
  const queries = [...EXAMPLES, ...PAGE_QUERIES];
  for (const example of queries) {
    const response = await app.fetch("http://laddergraph.warmup/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query: example.query, variables: example.variables }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: unknown } }[] };
    if (response.status !== 200 || body.errors?.length) failed.push(example.name);
    // The database does not answer: the rest would wait for it in turn, and warm nothing.
    if (body.errors?.some((e) => e.extensions?.code === "DATABASE_UNAVAILABLE")) {
      failed.push(...queries.slice(queries.indexOf(example) + 1).map((q) => q.name));
      break;
    }
  }
  return { queries: queries.length, durationMs: Date.now() - started, failed };
}
