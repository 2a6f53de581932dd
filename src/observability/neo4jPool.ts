import type { Driver } from "neo4j-driver";
import { Gauge, type Registry } from "prom-client";

/**
 * neo4j-driver keeps its pool statistics private (no public API exposes them), so they are read
 * here, and only here, from the driver's pool: connections lent out (active) and connections
 * waiting in the pool (idle), summed over the pool's server addresses (the address itself is not
 * exported: a scrape should not tell where the database is). If a driver upgrade moves them, the gauges
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
    help: "Neo4j driver connections: active (lent to a query) or idle (in the pool), over every server address.",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      const pool = poolOf(driver);
      // The driver drops an address's active count when it falls to 0.
      const active = Object.values(pool?._activeResourceCounts ?? {}).reduce((sum, n) => sum + n, 0);
      const idle = Object.values(pool?._pools ?? {}).reduce((sum, p) => sum + p.length, 0);
      this.set({ state: "active" }, active);
      this.set({ state: "idle" }, idle);
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
