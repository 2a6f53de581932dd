import { resolve } from "node:path";
import type { Context } from "../context.ts";
import { isDatabaseUnavailable } from "../db/driver.ts";
import { DatabaseUnavailableError, InvalidInputError } from "../errors.ts";
import { formatProblem, readUploadedSource } from "../seed/corpus.ts";
import { graphCounts, loadCorpus, removeSources } from "../seed/load.ts";
import { requireSource } from "./lookup.ts";

const SEED_DIR = resolve(import.meta.dirname, "..", "..", "seed");
const MAX_TEXT = 1_000_000;

async function writing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw new DatabaseUnavailableError();
    throw error;
  }
}

/**
 * Loads a new article and its claims, validated exactly as `npm run seed:check` validates files,
 * in one transaction: anything wrong and nothing is written.
 */
export async function addSource(ctx: Context, upload: { id: string; text: string; claims: string }) {
  if (!/^[A-Za-z0-9_.-]{1,100}$/.test(upload.id)) throw new InvalidInputError("id must be a file stem: 1 to 100 letters, digits, _ . -");
  if (upload.text.length > MAX_TEXT || upload.claims.length > MAX_TEXT) {
    throw new InvalidInputError(`text and claims may be at most ${MAX_TEXT} characters each`);
  }
  if (await ctx.loaders.source.load(upload.id)) {
    throw new InvalidInputError(`source '${upload.id}' already exists; remove it first (removeSource) to replace it`);
  }
  const result = readUploadedSource(SEED_DIR, { id: upload.id, text: upload.text, claimsYaml: upload.claims });
  if (!result.ok) {
    throw new InvalidInputError(
      `the claims have ${result.problems.length} problem(s); nothing was loaded: ${result.problems.map(formatProblem).join("; ")}`,
      {
        problems: result.problems,
      },
    );
  }
  return writing(async () => {
    const before = await graphCounts(ctx.scope.driver, ctx.scope.database);
    const after = await loadCorpus(ctx.scope.driver, result.corpus, ctx.scope.database);
    ctx.loaders.source.clear(upload.id);
    return { id: upload.id, nodesAdded: after.nodes - before.nodes, relationshipsAdded: after.relationships - before.relationships };
  });
}

/** Removes a source and every claim it made, in one transaction. */
export async function removeSource(ctx: Context, id: string) {
  await requireSource(ctx, id, "id");
  return writing(async () => {
    await removeSources(ctx.scope.driver, [id], ctx.scope.database);
    ctx.loaders.source.clear(id);
    return { id };
  });
}
