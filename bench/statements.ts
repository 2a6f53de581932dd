import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type StatementName, statement } from "../src/db/cypher.ts";
import { BENCH_DIR } from "./paths.ts";

/** The hand-written statements of the raw floor and of the @neo4j/graphql @cypher fields (bench/cypher/). */
export type BenchStatement = "lowest-rank" | "raw/roles-page" | "raw/source-ladder";

/** Reads one statement, without its `//` comment lines (as src/db/cypher.ts reads laddergraph's). */
export function benchCypher(name: BenchStatement): string {
  return readFileSync(join(BENCH_DIR, "cypher", `${name}.cypher`), "utf8")
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("//"))
    .join("\n")
    .trim();
}

/** Replaces the one line of `text` that reads `line` (trimmed), or says the statement changed shape. */
function replaceLine(name: StatementName, text: string, line: string, by: string): string {
  if (text.split("\n").filter((l) => l.trim() === line).length !== 1) {
    throw new Error(`cypher/${name}.cypher no longer has one '${line}' line: update bench/statements.ts`);
  }
  return text.replace(line, by);
}

/**
 * One of laddergraph's own statements keyed by role (`UNWIND $ids AS id`, then `this`) as a @cypher
 * field of the library's `Role`, where `this` is bound already: its `UNWIND $ids AS id` line becomes
 * `WITH this.id AS id`, the rest is unchanged, except `returning` (a line → its replacement) where
 * the field needs more than one of the statement's columns in its one column.
 */
function ofThisRole(name: StatementName, returning?: readonly [string, string]): string {
  const text = replaceLine(name, statement(name), "UNWIND $ids AS id", "WITH this.id AS id");
  return returning ? replaceLine(name, text, returning[0], returning[1]) : text;
}

/**
 * laddergraph's own audit statement (`cypher/read/audit-claims-by-role.cypher`) as the library's
 * `Role.auditClaims`. Its `value` column is what laddergraph's repository parses (`AuditClaimsSchema`).
 */
export function auditClaimsOfThisRole(): string {
  return ofThisRole("read/audit-claims-by-role");
}

/**
 * laddergraph's own statement of a role's steps up (`cypher/read/promotions-from-roles.cypher`: the
 * promotion claims out of every title a source joins to the role, the roles they reach and those
 * sources' identity claims) as the library's `Role.promotionClaims`: its three columns in one map,
 * `{claims, roles, sourceIdentities}` (`bench/targets/steps.ts` parses it as laddergraph's repository does).
 * In an OPTIONAL CALL: the statement has no row for a role with no step up, and a @cypher field
 * without a row drops its role from the library's answer; null stands for none.
 */
export function promotionClaimsOfThisRole(): string {
  const text = ofThisRole("read/promotions-from-roles", [
    "RETURN id AS key, value, roles, sources, sourceIdentities",
    "RETURN {claims: value, roles: roles, sourceIdentities: sourceIdentities} AS value",
  ]);
  return `OPTIONAL CALL (this) {\n${text}\n}\nRETURN value`;
}
