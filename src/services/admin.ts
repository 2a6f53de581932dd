import { resolve } from "node:path";
import type { Context } from "../context.ts";
import { isDatabaseUnavailable } from "../db/driver.ts";
import { addNewSource, SourceIdTaken, WriteOutcomeUnknown } from "../db/writes/sources.ts";
import { ConflictError, DatabaseUnavailableError, InvalidInputError, OutcomeUnknownError } from "../errors.ts";
import { formatProblem, readUploadedSource } from "../seed/corpus.ts";
import { removeSources } from "../seed/load.ts";
import { requestAborted } from "../server/deadline.ts";
import { requireSource } from "./lookup.ts";
import { checkSourceId } from "./sourceIds.ts";

const SEED_DIR = resolve(import.meta.dirname, "..", "..", "seed");
const MAX_TEXT = 1_000_000;

/** How a client learns whether a write whose answer was lost landed. */
function outcomeUnknown(id: string, what: "added" | "removed"): OutcomeUnknownError {
  const landed = what === "added" ? "it exists" : "it is NOT_FOUND";
  return new OutcomeUnknownError(
    `the database stopped answering after the write of source '${id}' was sent, so it may or may not have been ${what}: do not simply retry (a retry of a write that landed fails); once GET /ready answers 200, ask source(id: "${id}") — if ${landed}, the write landed`,
    { id, ask: `source(id: "${id}")` },
  );
}

/**
 * Runs a write, reporting how it ended: done, refused (nothing written: CONFLICT, or
 * DATABASE_UNAVAILABLE before anything was sent), or OUTCOME_UNKNOWN when the write was sent and no
 * answer came back.
 */
async function writing<T>(id: string, what: "added" | "removed", work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // The commit's own error goes along as the cause (a full disk's is recognised: src/neo4j/storage.ts).
    if (error instanceof WriteOutcomeUnknown) throw Object.assign(outcomeUnknown(id, what), { cause: error.cause });
    // removeSources runs its statements in one transaction and does not say how far it got.
    if (isDatabaseUnavailable(error)) throw what === "removed" ? outcomeUnknown(id, what) : new DatabaseUnavailableError();
    if (error instanceof SourceIdTaken) {
      throw new ConflictError(
        error.taken === error.id
          ? `source '${error.id}' already exists; nothing was written: remove it first (removeSource) to replace it`
          : `source '${error.id}' differs only in case from the existing source '${error.taken}'; nothing was written: use another id, or remove '${error.taken}' first`,
        { existing: error.taken },
      );
    }
    throw error;
  }
}

/**
 * Loads a new article and its claims, validated exactly as `npm run seed:check` validates files,
 * in one transaction that claims the id first (a concurrent add of the same id gets CONFLICT and
 * writes nothing) and checks every stored quote against the stored text before committing.
 */
export async function addSource(ctx: Context, upload: { id: string; text: string; claims: string }) {
  checkSourceId(upload.id);
  if (upload.text.length > MAX_TEXT || upload.claims.length > MAX_TEXT) {
    throw new InvalidInputError(`text and claims may be at most ${MAX_TEXT} characters each`);
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
  return writing(upload.id, "added", async () => {
    const counts = await addNewSource(ctx.scope.driver, ctx.scope.database, result.corpus, requestAborted(ctx));
    ctx.loaders.source.clear(upload.id);
    return {
      id: upload.id,
      nodesAdded: counts.nodesCreated - counts.nodesDeleted,
      relationshipsAdded: counts.relationshipsCreated - counts.relationshipsDeleted,
    };
  });
}

/** Removes a source and every claim it made, in one transaction. */
export async function removeSource(ctx: Context, id: string) {
  await requireSource(ctx, id, "id");
  return writing(id, "removed", async () => {
    await removeSources(ctx.scope.driver, [id], ctx.scope.database);
    ctx.loaders.source.clear(id);
    return { id };
  });
}
