import { type ManagedTransaction, Neo4jError } from "neo4j-driver";
import type { Corpus } from "../../claims/corpus.ts";
import { OutcomeUnknownError } from "../../errors.ts";
import { statement } from "../cypher.ts";
import { deleteSources, replan, type WriteCounts, writeCorpus } from "./corpus.ts";
import { WriteRefused, type WriteScope, write } from "./write.ts";

/** Why a new source could not be claimed: its id, or a case variant of it, is taken. */
export class SourceIdTaken extends Error {
  readonly id: string;
  readonly taken: string;
  constructor(id: string, taken: string) {
    super(`source id '${id}' is taken${taken === id ? "" : ` (as '${taken}')`}`);
    this.id = id;
    this.taken = taken;
  }
}

/** The request gave up before the commit: the transaction was rolled back, nothing was written. */
export class WriteAbandoned extends WriteRefused {
  constructor(id: string) {
    super(`the write of source '${id}' was abandoned before its commit`);
  }
}

/** The stored text and a quote's offsets disagree after a load: an invariant broke; the transaction is rolled back. */
export class EvidenceMismatch extends WriteRefused {}

type Claim = Record<string, unknown>;

/** Every (quote, start, end) triple a claim carries: its own evidence, and summaryQuote/summaryStart/… per figure. */
function evidenceOf(claim: Claim): { key: string; quote: unknown; start: unknown; end: unknown }[] {
  return Object.keys(claim)
    .filter((key) => key === "quote" || key.endsWith("Quote"))
    .map((key) => {
      const prefix = key.slice(0, -"quote".length);
      const name = (k: string) => (prefix ? `${prefix}${k[0]?.toUpperCase()}${k.slice(1)}` : k);
      return { key, quote: claim[key], start: claim[name("start")], end: claim[name("end")] };
    });
}

/** Checks, inside the writing transaction, that the stored text is the uploaded one and every quote sits at its offsets. */
async function checkStoredEvidence(tx: ManagedTransaction, id: string, text: string): Promise<void> {
  const { records } = await tx.run(statement("admin/source-evidence"), { id });
  const stored = records[0];
  if (!stored || stored.get("text") !== text) throw new EvidenceMismatch(`source '${id}': the stored text is not the uploaded text`);
  const claims = stored.get("claims") as Claim[];
  for (const claim of claims) {
    for (const e of evidenceOf(claim)) {
      const start = Number(e.start);
      const end = Number(e.end);
      if (typeof e.quote !== "string" || text.slice(start, end) !== e.quote) {
        throw new EvidenceMismatch(`source '${id}': ${e.key} ${JSON.stringify(e.quote)} is not at ${start}-${end} of the stored text`);
      }
    }
  }
}

/**
 * A source's write runs without the request's transaction timeout (as before write() existed): it
 * may wait for the lock of another writer of the same id, or of a write a frozen database left
 * open, and must then fail as CONFLICT or land, not as LIMIT_EXCEEDED. The request's deadline
 * abandons it before its commit; the database's own transaction timeout bounds it.
 */
function unbounded(scope: WriteScope): WriteScope {
  return { driver: scope.driver, database: scope.database };
}

/** How a client learns whether a write whose answer was lost landed: by reading the source, not by retrying. */
function outcomeUnknown(id: string, what: "added" | "removed"): OutcomeUnknownError {
  const landed = what === "added" ? "it exists" : "it is NOT_FOUND";
  return new OutcomeUnknownError(
    `the database stopped answering after the write of source '${id}' was sent, so it may or may not have been ${what}: do not simply retry (a retry of a write that landed fails); once GET /ready answers 200, ask source(id: "${id}") — if ${landed}, the write landed`,
    { id, ask: `source(id: "${id}")` },
  );
}

/**
 * Adds ONE new source in one write transaction: claims its id under the unique constraint (a
 * concurrent writer of the same id waits, then fails), writes its claims, and checks the stored
 * text against every quote's offsets before committing. Counts are the transaction's own. Fails
 * with SourceIdTaken (nothing written), or as `write()` says (OUTCOME_UNKNOWN once the commit was
 * sent: a retry that finds the id taken after an earlier attempt's commit is one of those).
 */
export async function addNewSource(
  scope: WriteScope,
  corpus: Corpus,
  /** The request gave up (its deadline): the transaction is rolled back instead of committed, unless its commit was already sent. */
  abandoned?: AbortSignal,
): Promise<WriteCounts> {
  const [source] = corpus.sources;
  if (!source || corpus.sources.length !== 1) throw new Error("addNewSource takes a corpus of exactly one source");
  const { id } = source.source;
  const counts = await write(
    unbounded(scope),
    "add-source",
    async (tx) => {
      const taken = (await tx.run(statement("admin/source-ids-like"), { id })).records.map((r) => String(r.get("id")));
      if (taken[0] !== undefined) throw new SourceIdTaken(id, taken[0]);
      let claimed: number;
      try {
        claimed = (await tx.run(statement("admin/claim-source"), { id })).summary.counters.updates().nodesCreated;
      } catch (error) {
        if (error instanceof Neo4jError && error.code === "Neo.ClientError.Schema.ConstraintValidationFailed")
          throw new SourceIdTaken(id, id);
        throw error;
      }
      const written = await writeCorpus(tx, corpus);
      await checkStoredEvidence(tx, id, source.source.text);
      // Nobody waits for the answer any more: never commit a write its client was told may not land.
      if (abandoned?.aborted) throw new WriteAbandoned(id);
      // The claim's CREATE made the source node; merge-sources then matched it.
      return { ...written, nodesCreated: written.nodesCreated + claimed };
    },
    { outcomeUnknown: () => outcomeUnknown(id, "added") },
  );
  // Committed. Replanning only helps later reads: it runs after the answer (it can wait seconds for
  // index statistics), and its failure must not report the committed write as failed.
  void replan(scope.driver, scope.database).catch(() => {});
  return counts;
}

/** Removes ONE source and every claim it made, in one write transaction (OUTCOME_UNKNOWN once its commit was sent and not answered). */
export async function removeSource(scope: WriteScope, id: string): Promise<void> {
  await write(unbounded(scope), "remove-source", (tx) => deleteSources(tx, [id]), { outcomeUnknown: () => outcomeUnknown(id, "removed") });
}
