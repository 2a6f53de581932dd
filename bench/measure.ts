import autocannon from "autocannon";
import { cpuMs } from "./cpu.ts";
import type { GraphQLRequest } from "./operations.ts";

export interface LoadOptions {
  connections: number;
  /** Seconds. */
  duration: number;
}

/** One timed run of one operation against one target. */
export interface RoundResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  failures: number;
  /** CPU milliseconds per request spent in the server process under test (null where /proc is missing). */
  serverCpuMs: number | null;
  /** CPU milliseconds per request spent in Neo4j (null when it is not a process of ours). */
  neo4jCpuMs: number | null;
}

/** The processes whose CPU a round accounts for. */
export interface Pids {
  server: number;
  neo4j: number | undefined;
}

function perRequest(before: number | null, after: number | null, requests: number): number | null {
  return before === null || after === null || requests === 0 ? null : (after - before) / requests;
}

export function requestBody(request: GraphQLRequest): string {
  return JSON.stringify({ operationName: request.operationName, query: request.query, variables: request.variables });
}

/** Fires the same POST at `url` from `connections` connections for `duration` seconds (autocannon). */
export async function hammer(url: string, body: string, options: LoadOptions, pids: Pids): Promise<RoundResult> {
  const serverBefore = cpuMs(pids.server);
  const neo4jBefore = cpuMs(pids.neo4j);
  const result = await autocannon({
    url,
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body,
    connections: options.connections,
    duration: options.duration,
    timeout: 30,
  });
  return {
    requestsPerSecond: result["2xx"] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result["2xx"],
    failures: result.errors + result.timeouts + result.non2xx,
    serverCpuMs: perRequest(serverBefore, cpuMs(pids.server), result["2xx"]),
    neo4jCpuMs: perRequest(neo4jBefore, cpuMs(pids.neo4j), result["2xx"]),
  };
}

export interface Summary {
  median: number;
  min: number;
  max: number;
  /** (max − min) / median. */
  spread: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function summarise(values: readonly number[]): Summary {
  const m = median(values);
  const min = Math.min(...values);
  const max = Math.max(...values);
  return { median: m, min, max, spread: m === 0 ? 0 : (max - min) / m };
}

export interface Measured {
  rounds: RoundResult[];
  requestsPerSecond: Summary;
  p50: Summary;
  p99: Summary;
  /** Median CPU ms per request in the server and in Neo4j (null when not measurable). */
  serverCpuMs: number | null;
  neo4jCpuMs: number | null;
}

function medianOrNull(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : median(known);
}

export function summariseRounds(rounds: RoundResult[]): Measured {
  return {
    rounds,
    requestsPerSecond: summarise(rounds.map((r) => r.requestsPerSecond)),
    p50: summarise(rounds.map((r) => r.p50)),
    p99: summarise(rounds.map((r) => r.p99)),
    serverCpuMs: medianOrNull(rounds.map((r) => r.serverCpuMs)),
    neo4jCpuMs: medianOrNull(rounds.map((r) => r.neo4jCpuMs)),
  };
}
