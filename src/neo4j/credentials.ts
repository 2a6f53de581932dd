import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Env } from "../config/env.ts";

/** The file, inside the local Neo4j's data folder, that keeps its generated password. */
export const PASSWORD_FILE = "password";

export class CredentialsError extends Error {}

export interface Credentials {
  /** NEO4J_URI, or undefined when the local launcher is to be started. */
  uri: string | undefined;
  user: string;
  password: string;
}

/**
 * Makes the local Neo4j's data folder (mode 0700: nobody else on the machine can read the store,
 * its logs or its password) and returns its absolute path.
 */
export function privateDataFolder(home: string): string {
  const path = resolve(home);
  mkdirSync(path, { recursive: true, mode: 0o700 });
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o700);
  return path;
}

/**
 * The local Neo4j's password: read from `<home>/password`, or, on the first start, 32 random
 * bytes generated and stored there with mode 0600. Never a constant, never printed.
 */
export function localPassword(home: string): string {
  const folder = privateDataFolder(home);
  const file = join(folder, PASSWORD_FILE);
  if (!existsSync(file)) {
    try {
      // "wx": two processes starting at once cannot both write one; the loser reads the winner's.
      writeFileSync(file, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const password = readFileSync(file, "utf8").trim();
  if (password.length < 8) {
    throw new CredentialsError(`${file} holds no usable password (at least 8 characters): delete it to have a new one generated`);
  }
  return password;
}

/**
 * THE one place credentials are decided (npm start, the seed CLI and the tests all call it):
 * with NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD as given (the password required); without it,
 * the local launcher's password, NEO4J_PASSWORD if set, else the one kept in its data folder.
 */
export function resolveCredentials(env: Pick<Env, "NEO4J_URI" | "NEO4J_USER" | "NEO4J_PASSWORD" | "LADDERGRAPH_NEO4J_HOME">): Credentials {
  if (env.NEO4J_URI) {
    if (env.NEO4J_PASSWORD === undefined) throw new CredentialsError("NEO4J_URI is set but NEO4J_PASSWORD is not: set both");
    return { uri: env.NEO4J_URI, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD };
  }
  return { uri: undefined, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD ?? localPassword(env.LADDERGRAPH_NEO4J_HOME) };
}
