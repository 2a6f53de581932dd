import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { LIMITS } from "../config/limits.ts";

const CYPHER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "cypher");

/** Every statement the application runs: one file under cypher/ each, and nothing else. */
export const STATEMENTS = [
  "schema/constraint-source-id",
  "schema/constraint-role-id",
  "schema/constraint-skill-id",
  "schema/constraint-responsibility-id",
  "schema/constraint-data-version-id",
  "schema/index-described-by-source",
  "schema/index-promotes-to-source",
  "schema/index-requires-source",
  "schema/index-responsible-for-source",
  "schema/index-same-as-source",
  "schema/index-coexists-with-source",
  "schema/index-mentioned-in-source",
  "schema/index-named-in-source",
  "schema/index-readiness-signal-source",
  "schema/index-denies-step-source",
  "schema/index-in-band-source",
  "schema/index-management-scope-source",
  "schema/index-ranks-against-source",
  "schema/index-tied-to-outside-role-source",
  "schema/index-role-ladder-rank",
  "load/delete-source-claims",
  "load/merge-sources",
  "load/merge-roles",
  "load/merge-skills",
  "load/merge-definitions",
  "load/merge-mentions",
  "load/merge-responsibilities",
  "load/merge-requirements",
  "load/merge-skill-mentions",
  "load/merge-promotions",
  "load/merge-identities",
  "load/merge-coexistence",
  "load/merge-readiness",
  "load/merge-denied-steps",
  "load/merge-bands",
  "load/merge-management",
  "load/merge-relative-ranks",
  "load/merge-outside-roles",
  "load/delete-orphans",
  "load/delete-sources",
  "load/prepare-for-replanning",
  "admin/source-ids-like",
  "admin/claim-source",
  "admin/source-evidence",
  "admin/seed-state",
  "admin/mark-seeded",
  "admin/ready",
  "load/rank-roles",
  "load/bump-data-version",
  "load/ensure-data-version",
  "seed/fingerprint-read",
  "seed/fingerprint-write",
  "read/count-sources",
  "read/data-version",
  "read/audit-claims-by-role",
  "read/bands-by-role",
  "read/bands-by-source",
  "read/management-by-role",
  "read/management-by-source",
  "read/relative-ranks-by-role",
  "read/relative-ranks-by-source",
  "read/outside-roles-by-role",
  "read/outside-roles-by-source",
  "read/readiness-from-roles",
  "read/readiness-by-source",
  "read/skills-by-source",
  "read/role-flags",
  "read/definitions-by-role",
  "read/definitions-by-source",
  "read/graph-counts",
  "read/identities-by-role",
  "read/identities-by-source",
  "read/mentions-by-role",
  "read/promotion-paths",
  "read/promotions-by-source",
  "read/promotions-from-roles",
  "read/promotions-to-roles",
  "read/requirements-by-role",
  "read/responsibilities-by-role",
  "read/role-ids",
  "read/role-titles",
  "read/roles-by-id",
  "read/roles-page",
  "read/roles-page-with-claims",
  "read/ladder-of-source",
  "read/shortest-promotion-path",
  "read/skills-by-id",
  "read/skills-by-source",
  "read/skills-page",
  "read/source-texts-by-id",
  "read/sources",
  "read/sources-by-id",
] as const;

export type StatementName = (typeof STATEMENTS)[number];
export type CypherStatements = Readonly<Record<StatementName, string>>;

/**
 * A number Cypher cannot take as a parameter (the bound of a variable-length pattern, `{1,n}`): the
 * statement's file writes a placeholder where it goes, and the loader makes one text per integer of
 * a closed range taken from the limits, never from a request. `boundedStatement` hands out those
 * texts and refuses any other bound.
 */
export const BOUNDS = {
  "read/promotion-paths": { placeholder: "{{maxSteps}}", min: 1, max: LIMITS.maxSteps.max },
} as const satisfies Partial<Record<StatementName, { placeholder: string; min: number; max: number }>>;
export type BoundedStatementName = keyof typeof BOUNDS;

/**
 * Text every statement may share, written in its file as the placeholder and filled in by the
 * loader: the projection of a Source a read returns (every property but the article's text, which
 * only `Source.text` reads), as `s {{sourceProjection}}`. The repositories parse it with one schema
 * (`SourceRowSchema`, src/db/repositories/rows.ts).
 */
export const SHARED = { "{{sourceProjection}}": "{.id, .title, .author, .publisher, .sha256}" } as const;

function isBounded(name: StatementName): name is BoundedStatementName {
  return Object.hasOwn(BOUNDS, name);
}

/** Reads every statement once; a missing or empty file, or a placeholder not written exactly once, stops start-up with its name. */
export function loadStatements(dir: string = CYPHER_DIR): CypherStatements {
  const entries = STATEMENTS.map((name) => {
    const path = join(dir, `${name}.cypher`);
    if (!existsSync(path)) throw new Error(`missing Cypher statement ${path}`);
    const text = Object.entries(SHARED).reduce(
      (t, [placeholder, shared]) => t.replaceAll(placeholder, shared),
      readFileSync(path, "utf8")
        .split("\n")
        .filter((line) => !line.trimStart().startsWith("//"))
        .join("\n")
        .trim(),
    );
    if (text.length === 0) throw new Error(`empty Cypher statement ${path}`);
    if (isBounded(name) && text.split(BOUNDS[name].placeholder).length !== 2) {
      throw new Error(`Cypher statement ${path} must write ${BOUNDS[name].placeholder} exactly once (outside comments)`);
    }
    return [name, text] as const;
  });
  return Object.freeze(Object.fromEntries(entries)) as CypherStatements;
}

/** Every text of a bounded statement, by bound: one per integer of its closed range. */
export function boundedTexts(name: BoundedStatementName, cypher: CypherStatements = statements()): ReadonlyMap<number, string> {
  const { placeholder, min, max } = BOUNDS[name];
  const texts = new Map<number, string>();
  for (let n = min; n <= max; n++) texts.set(n, cypher[name].replace(placeholder, String(n)));
  return texts;
}

const boundedCache = new Map<BoundedStatementName, ReadonlyMap<number, string>>();

/** The text of a bounded statement for one bound of its closed range; any other value (out of range, not an integer) is refused. */
export function boundedStatement(name: BoundedStatementName, bound: number): string {
  let texts = boundedCache.get(name);
  if (!texts) {
    texts = boundedTexts(name);
    boundedCache.set(name, texts);
  }
  const text = typeof bound === "number" ? texts.get(bound) : undefined;
  if (text === undefined) {
    const { min, max } = BOUNDS[name];
    throw new RangeError(`${name} takes a bound of ${min} to ${max} (an integer); got ${JSON.stringify(bound)}`);
  }
  return text;
}

let cached: CypherStatements | undefined;
export function statements(): CypherStatements {
  cached ??= loadStatements();
  return cached;
}
