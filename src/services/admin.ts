import type { Context } from "../context.ts";
import { addNewSource, removeSource as removeStoredSource, SourceIdTaken } from "../db/writes/sources.ts";
import { ConflictError, InvalidInputError } from "../errors.ts";
import { formatProblem, readUploadedSource } from "../seed/corpus.ts";
import { requireSource } from "./lookup.ts";
import { checkSourceId } from "./sourceIds.ts";

const MAX_TEXT = 1_000_000;

/** A lost race for an id: CONFLICT, nothing written. (Outages are mapped once, by the write itself: src/db/writes/write.ts.) */
function conflict(error: SourceIdTaken): ConflictError {
  return new ConflictError(
    error.taken === error.id
      ? `source '${error.id}' already exists; nothing was written: remove it first (removeSource) to replace it`
      : `source '${error.id}' differs only in case from the existing source '${error.taken}'; nothing was written: use another id, or remove '${error.taken}' first`,
    { existing: error.taken },
  );
}

/**
 * Loads a new article and its claims, validated exactly as `npm run seed:check` validates files
 * (against the catalogue of the configured seed folder, LADDERGRAPH_SEED_DIR), in one transaction
 * that claims the id first (a concurrent add of the same id gets CONFLICT and writes nothing) and
 * checks every stored quote against the stored text before committing.
 */
export async function addSource(ctx: Context, upload: { id: string; text: string; claims: string }) {
  checkSourceId(upload.id);
  if (upload.text.length > MAX_TEXT || upload.claims.length > MAX_TEXT) {
    throw new InvalidInputError(`text and claims may be at most ${MAX_TEXT} characters each`);
  }
  const result = readUploadedSource(ctx.seedDir, { id: upload.id, text: upload.text, claimsYaml: upload.claims });
  if (!result.ok) {
    throw new InvalidInputError(
      `the claims have ${result.problems.length} problem(s); nothing was loaded: ${result.problems.map(formatProblem).join("; ")}`,
      {
        problems: result.problems,
      },
    );
  }
  try {
    const counts = await addNewSource(ctx.scope, result.corpus, ctx.deadline);
    ctx.loaders.source.clear(upload.id);
    return {
      id: upload.id,
      nodesAdded: counts.nodesCreated - counts.nodesDeleted,
      relationshipsAdded: counts.relationshipsCreated - counts.relationshipsDeleted,
    };
  } catch (error) {
    throw error instanceof SourceIdTaken ? conflict(error) : error;
  }
}

/** Removes a source and every claim it made, in one transaction. */
export async function removeSource(ctx: Context, id: string) {
  await requireSource(ctx, id, "id");
  await removeStoredSource(ctx.scope, id);
  ctx.loaders.source.clear(id);
  return { id };
}
