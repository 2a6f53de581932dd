import { type Driver, type ManagedTransaction, Neo4jError } from "neo4j-driver";
import type { Corpus } from "../../seed/corpus.ts";
import { replan, type WriteCounts, writeCorpus } from "../../seed/load.ts";
import { statement } from "../cypher.ts";

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

/**
 * The transaction of a write reached its commit (or a retry found the id taken after an earlier
 * attempt reached its commit), and then no answer came back: the write may have landed.
 */
export class WriteOutcomeUnknown extends Error {
  readonly id: string;
  constructor(id: string, cause: unknown) {
    super(`the commit of source '${id}' was sent and not answered`, { cause });
    this.id = id;
  }
}

/** The request gave up before the commit: the transaction was rolled back, nothing was written. */
export class WriteAbandoned extends Error {
  constructor(id: string) {
    super(`the write of source '${id}' was abandoned before its commit`);
  }
}

/** The stored text and a quote's offsets disagree after a load: an invariant broke; the transaction is rolled back. */
export class EvidenceMismatch extends Error {}

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
 * Adds ONE new source in one write transaction: claims its id under the unique constraint (a
 * concurrent writer of the same id waits, then fails), writes its claims, and checks the stored
 * text against every quote's offsets before committing. Counts are the transaction's own.
 */
export async function addNewSource(
  driver: Driver,
  database: string | undefined,
  corpus: Corpus,
  /** The request gave up (its deadline): the transaction is rolled back instead of committed, unless its commit was already sent. */
  abandoned?: AbortSignal,
): Promise<WriteCounts> {
  const [source] = corpus.sources;
  if (!source || corpus.sources.length !== 1) throw new Error("addNewSource takes a corpus of exactly one source");
  const { id } = source.source;
  const session = driver.session({ database });
  let counts: WriteCounts;
  // Set once an attempt's work is done and its commit is about to be sent: from then on, a failure
  // says nothing about whether the source landed.
  let committing = false;
  try {
    counts = await session.executeWrite(async (tx) => {
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
      committing = true;
      // The claim's CREATE made the source node; merge-sources then matched it.
      return { ...written, nodesCreated: written.nodesCreated + claimed };
    });
  } catch (error) {
    if (committing && !(error instanceof EvidenceMismatch || error instanceof WriteAbandoned)) throw new WriteOutcomeUnknown(id, error);
    throw error;
  } finally {
    await session.close().catch(() => {});
  }
  // Committed. Replanning only helps later reads: it runs after the answer (it can wait seconds for
  // index statistics), and its failure must not report the committed write as failed.
  void replan(driver, database).catch(() => {});
  return counts;
}

/** Whether the database holds sources, and whether the seed was ever loaded into it. */
export async function seedState(driver: Driver, database?: string): Promise<{ sources: number; seeded: boolean }> {
  const { records } = await driver.executeQuery(statement("admin/seed-state"), {}, { database });
  return { sources: Number(records[0]?.get("sources") ?? 0), seeded: records[0]?.get("seeded") === true };
}

/** Remembers that the seed was loaded: a later start never re-seeds, even when every source was removed. */
export async function markSeeded(driver: Driver, database?: string): Promise<void> {
  await driver.executeQuery(statement("admin/mark-seeded"), {}, { database });
}
