import type { Driver } from "neo4j-driver";
import { Gauge, type Registry } from "prom-client";

/**
 * neo4j-driver keeps its pool statistics private (no public API exposes them), so they are read
 * here, and only here, from the driver's pool: per server address, connections lent out
 * (active) and connections waiting in the pool (idle). If a driver upgrade moves them, the gauges
 * report nothing and `tests/integration/operations.test.ts` fails.
 */
interface PoolInternals {
  _activeResourceCounts?: Record<string, number>;
  _pools?: Record<string, { length: number }>;
  _maxSize?: number;
}

function poolOf(driver: Driver): PoolInternals | undefined {
  const provider = (driver as unknown as { _connectionProvider?: { _connectionPool?: PoolInternals } | null })._connectionProvider;
  return provider?._connectionPool;
}

export function registerPoolGauges(registry: Registry, driver: Driver): void {
  new Gauge({
    name: "laddergraph_neo4j_pool_connections",
    help: "Neo4j driver connections per server address: active (lent to a query) or idle (in the pool).",
    labelNames: ["address", "state"] as const,
    registers: [registry],
    collect() {
      this.reset();
      const pool = poolOf(driver);
      const active = pool?._activeResourceCounts ?? {};
      const idle = pool?._pools ?? {};
      // The driver drops an address's active count when it falls to 0.
      for (const address of new Set([...Object.keys(active), ...Object.keys(idle)])) {
        this.set({ address, state: "active" }, active[address] ?? 0);
        this.set({ address, state: "idle" }, idle[address]?.length ?? 0);
      }
    },
  });
  new Gauge({
    name: "laddergraph_neo4j_pool_max_size",
    help: "The most connections the Neo4j driver opens per server address.",
    registers: [registry],
    collect() {
      const max = poolOf(driver)?._maxSize;
      if (typeof max === "number") this.set(max);
    },
  });
}
