import { join } from "node:path";
import { RELATIONSHIP_TYPES } from "../claims/registry.ts";
import { CYPHER_FOLDER, readStatement } from "./cypher.ts";

/**
 * The statements that must name every claim relationship type, generated at start-up from the
 * registry's closed union (`RELATIONSHIP_TYPES`, each checked UPPER_SNAKE_CASE there) and the
 * templates in cypher/claims/: a kind's relationship type cannot be left out of them. A template
 * line holding `{{TYPE}}` is repeated once per type (`{{type}}`: its lower-case name). The filled
 * values come from the code, never from a request.
 */
export interface ClaimStatements {
  /** Deletes every claim of `$sourceIds`, of every relationship type. */
  deleteSourceClaims: string;
  /** One `CREATE INDEX … IF NOT EXISTS` per relationship type, on its `source` property. */
  sourceIndexes: string[];
}

/** Repeats each line of `template` holding `{{TYPE}}` for each of `types`. */
export function fillTypes(template: string, types: readonly string[]): string {
  return template
    .split("\n")
    .flatMap((line) =>
      line.includes("{{TYPE}}") || line.includes("{{type}}")
        ? types.map((t) => line.replaceAll("{{TYPE}}", t).replaceAll("{{type}}", t.toLowerCase()))
        : [line],
    )
    .join("\n");
}

export function loadClaimStatements(types: readonly string[] = RELATIONSHIP_TYPES, dir: string = CYPHER_FOLDER): ClaimStatements {
  const template = (name: string) => readStatement(join(dir, "claims", `${name}.cypher`));
  return {
    deleteSourceClaims: fillTypes(template("delete-source-claims"), types),
    sourceIndexes: fillTypes(template("index-source"), types).split("\n"),
  };
}

let cached: ClaimStatements | undefined;
export function claimStatements(): ClaimStatements {
  cached ??= loadClaimStatements();
  return cached;
}
