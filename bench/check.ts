import { isDeepStrictEqual } from "node:util";
import { type GraphQLRequest, type Operation, TARGET_LABELS, TARGETS, type TargetName } from "./operations.ts";

export interface GraphQLBody {
  data?: unknown;
  errors?: { message: string }[];
  extensions?: { cypherQueries?: number };
}

/** One POST of an operation; fails loudly on an HTTP or GraphQL error. */
export async function ask(
  url: string,
  request: GraphQLRequest,
  headers: Record<string, string> = {},
): Promise<{ body: GraphQLBody; bytes: number }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...headers },
    body: JSON.stringify(request),
  });
  const text = await response.text();
  const body = JSON.parse(text) as GraphQLBody;
  if (response.status !== 200 || body.errors?.length || body.data === undefined || body.data === null) {
    throw new Error(`${request.operationName} at ${url} failed (HTTP ${response.status}): ${text.slice(0, 600)}`);
  }
  return { body, bytes: Buffer.byteLength(text) };
}

/** The first place two JSON values differ, as a path, for a message a person can act on. */
export function firstDifference(a: unknown, b: unknown, path = "$"): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return `${path}: lengths ${a.length} and ${b.length}`;
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 300)} ≠ ${JSON.stringify(b)?.slice(0, 300)}`;
}

export interface CheckedOperation {
  /** Response size in bytes, per target. */
  bytes: Record<TargetName, number>;
  /** Cypher round trips of laddergraph's answer (x-laddergraph-debug: cypher). */
  cypherQueries: number;
  /** Items in the canonical answer (roles, paths, rungs; 1 for a role). */
  items: number;
}

/** Asks each target each operation once and throws unless all of them answer the same data. */
export async function checkSameData(
  urls: Record<TargetName, string>,
  operations: readonly Operation[],
): Promise<Record<string, CheckedOperation>> {
  const checked: Record<string, CheckedOperation> = {};
  for (const op of operations) {
    const bytes = {} as Record<TargetName, number>;
    const canonical = {} as Record<TargetName, unknown>;
    for (const target of TARGETS) {
      const { body, bytes: size } = await ask(urls[target], target === "neo4jGraphql" ? op.neo4jGraphql : op.laddergraph);
      bytes[target] = size;
      canonical[target] = op.canonical[target === "laddergraphCached" ? "laddergraph" : target](body.data);
    }
    for (const other of ["neo4jGraphql", "raw", "laddergraphCached"] as const) {
      const diff = firstDifference(canonical.laddergraph, canonical[other]);
      if (diff) throw new Error(`${op.name}: ${TARGET_LABELS.laddergraph} and ${TARGET_LABELS[other]} answer different data at ${diff}`);
    }
    const items = Array.isArray(canonical.laddergraph) ? canonical.laddergraph.length : canonical.laddergraph ? 1 : 0;
    if (items === 0) throw new Error(`${op.name}: the answer is empty; the benchmark would time nothing`);
    checked[op.name] = { bytes, cypherQueries: await cypherRoundTrips(urls.laddergraph, op), items };
  }
  return checked;
}

/** laddergraph's Cypher round trips for one operation, read from its debug extension. */
export async function cypherRoundTrips(url: string, op: Operation): Promise<number> {
  const { body } = await ask(url, op.laddergraph, { "x-laddergraph-debug": "cypher" });
  return body.extensions?.cypherQueries ?? Number.NaN;
}
