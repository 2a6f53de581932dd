import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BENCH_DIR } from "./paths.ts";

/** The hand-written statements of the raw floor and of the @neo4j/graphql @cypher fields (bench/cypher/). */
export type BenchStatement =
  | "audit-claims"
  | "promotion-paths"
  | "lowest-rank"
  | "source-ids"
  | "prepare-for-replanning"
  | "raw/roles-page"
  | "raw/source-ladder"
  | "raw/role-audit";

/** Reads one statement, without its `//` comment lines (as src/db/cypher.ts reads laddergraph's). */
export function benchCypher(name: BenchStatement): string {
  return readFileSync(join(BENCH_DIR, "cypher", `${name}.cypher`), "utf8")
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("//"))
    .join("\n")
    .trim();
}

/** The raw floor's role audit: bind the role, then gather its claims as the @cypher field does. */
export function rawRoleAuditCypher(): string {
  return `${benchCypher("raw/role-audit")}\n${benchCypher("audit-claims")}`;
}
