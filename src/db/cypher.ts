import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { LIMITS } from "../config/limits.ts";

const CYPHER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "cypher");

/** The folders of cypher/ whose files are statements run as they are (cypher/claims/ holds templates: src/db/claimStatements.ts). */
const FOLDERS = ["schema", "load", "admin", "seed", "read"] as const;

/** A statement's name: its path under cypher/ without `.cypher` (a test checks every name the code uses has its file). */
export type StatementName = `${(typeof FOLDERS)[number]}/${string}`;

/**
 * Every statement the application runs: one file under cypher/ each, and nothing else; the list is
 * the folder itself, read at start-up (sorted, folder by folder in `FOLDERS` order).
 */
export function statementNames(dir: string = CYPHER_DIR): StatementName[] {
  return FOLDERS.flatMap((folder) =>
    readdirSync(join(dir, folder))
      .filter((file) => file.endsWith(".cypher"))
      .sort()
      .map((file): StatementName => `${folder}/${file.slice(0, -".cypher".length)}`),
  );
}

export const STATEMENTS: readonly StatementName[] = statementNames();

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

/** One statement file without its comment lines, shared text filled in; a missing or empty file stops start-up with its name. */
export function readStatement(path: string): string {
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
  return text;
}

const NAMED = new RegExp(`^(${FOLDERS.join("|")})/`);

/**
 * Reads every statement once; a missing or empty file, or a bound's placeholder not written exactly
 * once, stops start-up with its name; a name no file has is an error when asked for, never undefined.
 */
export function loadStatements(dir: string = CYPHER_DIR): CypherStatements {
  const entries = statementNames(dir).map((name) => {
    const path = join(dir, `${name}.cypher`);
    const text = readStatement(path);
    if (isBounded(name) && text.split(BOUNDS[name].placeholder).length !== 2) {
      throw new Error(`Cypher statement ${path} must write ${BOUNDS[name].placeholder} exactly once (outside comments)`);
    }
    return [name, text] as const;
  });
  const texts = Object.freeze(Object.fromEntries(entries)) as CypherStatements;
  return new Proxy(texts, {
    get(target, name) {
      if (typeof name === "string" && NAMED.test(name) && !Object.hasOwn(target, name))
        throw new Error(`no Cypher statement ${name} under ${dir}`);
      return Reflect.get(target, name);
    },
  });
}

/** The cypher/ folder the statements are read from. */
export const CYPHER_FOLDER = CYPHER_DIR;

/** Every text of a bounded statement, by bound: one per integer of its closed range. */
export function boundedTexts(name: BoundedStatementName, cypher: CypherStatements = statements()): ReadonlyMap<number, string> {
  const { placeholder, min, max } = BOUNDS[name];
  const texts = new Map<number, string>();
  for (let n = min; n <= max; n++) texts.set(n, (cypher[name] as string).replace(placeholder, String(n)));
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

/** One statement's text by name; a name no file under cypher/ has stops with an error naming it. */
export function statement(name: StatementName): string {
  return statements()[name] as string;
}
