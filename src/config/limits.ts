/**
 * Bounds on what one request may ask for; the README explains each number. A plain table with no
 * imports, so that every layer may read it: the argument parsers (src/services/args.ts) and their
 * descriptions, and the statement loader (src/db/cypher.ts), which writes `maxSteps` into the path
 * statement's pattern for each integer of 1 … maxSteps.max.
 */
export const LIMITS = {
  maxSteps: { default: 6, max: 10 },
  pathsFirst: { default: 20, max: 100 },
  /** A path search stops after this many candidate paths (a dense ladder has millions within 10 steps). */
  pathsExplored: 10_000,
  pageSize: { default: 20, max: 100 },
  titleLength: 200,
  searchLength: 200,
  sourcesPerQuery: 100,
} as const;
