import { useReadinessCheck } from "graphql-yoga";
import type { Driver } from "neo4j-driver";
import { statement } from "../db/cypher.ts";
import { withinMs } from "../timeLimit.ts";

export const READY_TIMEOUT_MS = 2_000;

export interface ReadinessDeps {
  driver: Driver;
  database: string | undefined;
  /** What the local Neo4j's supervisor knows (restarting after a crash, …); undefined when all is well or not supervised. */
  databaseState?: (() => string | undefined) | undefined;
}

function answer(status: number, body: Record<string, unknown>): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

/**
 * GET /ready: 200 only when Neo4j executes a trivial read within 2 s; otherwise 503 with why
 * (frozen, refusing, gone, being restarted), so a load balancer stops sending traffic meanwhile.
 */
export function readiness(deps: ReadinessDeps) {
  return useReadinessCheck({
    endpoint: "/ready",
    check: async () => {
      const supervisor = deps.databaseState?.();
      if (supervisor) return answer(503, { ready: false, database: supervisor });
      const read = deps.driver
        .executeQuery(
          statement("admin/ready"),
          {},
          { database: deps.database, routing: "READ", transactionConfig: { timeout: READY_TIMEOUT_MS } },
        )
        .then(
          () => undefined,
          (error: unknown) =>
            `a trivial read failed: ${error instanceof Error ? error.message.split("\n")[0]?.slice(0, 200) : String(error)}`,
        );
      const problem = await withinMs(
        read,
        READY_TIMEOUT_MS,
        () => `no answer to a trivial read within ${READY_TIMEOUT_MS / 1000} s (frozen or overloaded)`,
      );
      return problem ? answer(503, { ready: false, database: problem }) : answer(200, { ready: true });
    },
  });
}
