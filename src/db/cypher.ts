import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

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

/** One statement file without its comment lines; a missing or empty file stops start-up with its name. */
export function readStatement(path: string): string {
  if (!existsSync(path)) throw new Error(`missing Cypher statement ${path}`);
  const text = readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("//"))
    .join("\n")
    .trim();
  if (text.length === 0) throw new Error(`empty Cypher statement ${path}`);
  return text;
}

const NAMED = new RegExp(`^(${FOLDERS.join("|")})/`);

/** Reads every statement once; a name no file has is an error when asked for, never undefined. */
export function loadStatements(dir: string = CYPHER_DIR): CypherStatements {
  const entries = statementNames(dir).map((name) => [name, readStatement(join(dir, `${name}.cypher`))] as const);
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

let cached: CypherStatements | undefined;
export function statements(): CypherStatements {
  cached ??= loadStatements();
  return cached;
}

/** One statement's text by name; a name no file under cypher/ has stops with an error naming it. */
export function statement(name: StatementName): string {
  return statements()[name] as string;
}
