import { readFileSync } from "node:fs";
import { join } from "node:path";
import { statement } from "../src/db/cypher.ts";
import { BENCH_DIR } from "./paths.ts";

/** The hand-written statements of the raw floor and of the @neo4j/graphql @cypher fields (bench/cypher/). */
export type BenchStatement = "promotion-paths" | "lowest-rank" | "raw/roles-page" | "raw/source-ladder";

/** Reads one statement, without its `//` comment lines (as src/db/cypher.ts reads laddergraph's). */
export function benchCypher(name: BenchStatement): string {
  return readFileSync(join(BENCH_DIR, "cypher", `${name}.cypher`), "utf8")
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("//"))
    .join("\n")
    .trim();
}

/**
 * laddergraph's own audit statement (`cypher/read/audit-claims-by-role.cypher`, which binds each
 * role of `$ids` as `this`) as a @cypher field of the library's `Role`, where `this` is bound
 * already: its one `UNWIND $ids AS id` line becomes `WITH this.id AS id`, the rest is unchanged.
 * Its `value` column is what laddergraph's repository parses (`AuditClaimsSchema`).
 */
export function auditClaimsOfThisRole(): string {
  const text = statement("read/audit-claims-by-role");
  const unwind = "UNWIND $ids AS id";
  if (text.split("\n").filter((line) => line.trim() === unwind).length !== 1) {
    throw new Error(`cypher/read/audit-claims-by-role.cypher no longer starts from one '${unwind}' line: update bench/statements.ts`);
  }
  return text.replace(unwind, "WITH this.id AS id");
}
