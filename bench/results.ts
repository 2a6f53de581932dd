import type { Measured } from "./measure.ts";
import type { OperationName, TargetName } from "./operations.ts";

export interface MachineInfo {
  nproc: number;
  cpuModel: string;
  memoryGb: number;
  os: string;
  node: string;
  neo4j: string;
  /** 1-minute load average when the run started and ended: the machine is shared. */
  loadAverage: { start: number; end: number };
}

export interface CorpusSummary {
  scale: number;
  sources: number;
  roles: number;
  nodes: number;
  relationships: number;
  generateMs: number;
  readMs: number;
  loadMs: number;
  replanMs: number;
}

export interface ComparedOperation {
  name: OperationName;
  title: string;
  nestingLevels: number;
  pathQuery: boolean;
  bytes: Record<TargetName, number>;
  cypherQueries: Record<TargetName, number>;
  measured: Record<TargetName, Measured>;
  /** Median requests per second, laddergraph (uncached, or cached) over another target. */
  ratios: { vsNeo4jGraphql: number; vsRaw: number; cachedVsNeo4jGraphql: number };
}

export interface ScaledOperation {
  name: OperationName;
  title: string;
  scope: "role" | "source" | "global";
  nestingLevels: number;
  pathQuery: boolean;
  cypherQueries: number;
  bytes: number;
  measured: Measured;
}

export interface TargetStatus {
  target: string;
  status: "met" | "missed" | "not measured";
  figure: string;
}

/** The flags of `npm run bench`, as parsed. */
export interface BenchOptions {
  scales: number[];
  compareScale: number;
  duration: number;
  warmup: number;
  rounds: number;
  connections: number;
  skipCompare: boolean;
  /** The file in bench/ the run is written to (results.json unless --out says otherwise). */
  out: string;
  /** --baseline: another checkout of laddergraph (an earlier commit, its own node_modules) timed beside this one. */
  baseline: string | null;
}

/** The same uncached laddergraph target from an earlier commit, timed in the same interleaved rounds on the same data. */
export interface BaselineComparison {
  tree: string;
  commit: string;
  operations: {
    name: OperationName;
    measured: Measured;
    /** Median requests per second, this tree's laddergraph over the baseline's. */
    ratio: number;
  }[];
}

export interface BenchResults {
  date: string;
  command: string;
  options: BenchOptions;
  database: "own" | "NEO4J_URI";
  machine: MachineInfo;
  comparison: { corpus: CorpusSummary; operations: ComparedOperation[]; baseline: BaselineComparison | null } | null;
  scaling: { corpus: CorpusSummary; operations: ScaledOperation[] }[];
  targets: TargetStatus[];
  durationSeconds: number;
}
