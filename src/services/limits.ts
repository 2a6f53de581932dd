import { InvalidInputError, LimitExceededError } from "../errors.ts";

/** Bounds on what one request may ask for; the README explains each number. */
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

/** Validates an optional integer argument against [1, max], naming the argument in the error. */
export function boundedInt(value: number | null | undefined, name: string, bound: { default: number; max: number }): number {
  if (value === null || value === undefined) return bound.default;
  if (value < 1) throw new InvalidInputError(`${name} must be at least 1 (got ${value})`);
  if (value > bound.max)
    throw new LimitExceededError(`${name} may be at most ${bound.max} (got ${value}); ask for fewer`, { limit: bound.max });
  return value;
}

export function minSupportArg(value: number | null | undefined): number {
  if (value === null || value === undefined) return 1;
  if (value < 1) throw new InvalidInputError(`minSupport must be at least 1 (got ${value}): it counts the sources that must assert a step`);
  return value;
}

export function sourcesArg(value: readonly string[] | null | undefined): readonly string[] | null {
  if (value && value.length > LIMITS.sourcesPerQuery) {
    throw new LimitExceededError(`sources may name at most ${LIMITS.sourcesPerQuery} sources (got ${value.length})`);
  }
  return value ?? null;
}
