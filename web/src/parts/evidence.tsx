import { type FragmentOf, type ResultOf, readFragment } from "gql.tada";
import { EvidenceFields } from "../queries.ts";
import { readerHash } from "../route.ts";
import { SourceName } from "./sources.tsx";

type EvidenceRef = FragmentOf<typeof EvidenceFields>;
export type Evidence = ResultOf<typeof EvidenceFields>;

/**
 * Where the quote sits in its context: `context(chars:)` widens the quote to whole words and marks cuts
 * with "…", so the quote is the occurrence nearest to where `chars` characters of lead-in would put it.
 */
export function splitContext(e: Evidence, chars: number): [string, string, string] {
  const expected = Math.min(chars, e.start) + (e.context.startsWith("…") ? 1 : 0);
  let best = -1;
  for (let at = e.context.indexOf(e.quote); at !== -1; at = e.context.indexOf(e.quote, at + 1)) {
    if (best === -1 || Math.abs(at - expected) < Math.abs(best - expected)) best = at;
  }
  if (best === -1) return ["", e.quote, ""];
  return [e.context.slice(0, best), e.quote, e.context.slice(best + e.quote.length)];
}

export const CONTEXT_CHARS = 140;

/** "Read it in the article": opens the article reader with this quote highlighted. */
export function ReaderLink({ evidence, label, text = "read it in the article" }: { evidence: Evidence; label?: string; text?: string }) {
  return (
    <a class="reader-link" href={readerHash(evidence.source.id, evidence.start, evidence.end, label)} data-start={evidence.start}>
      {text}
    </a>
  );
}

/** A quote in its context, the quoted span highlighted, with its article and a link into the article. */
export function Quote({
  evidence,
  backs,
}: {
  evidence: EvidenceRef /** The fact the quote backs, shown in the reader. */;
  backs?: string;
}) {
  const e = readFragment(EvidenceFields, evidence);
  const [before, quote, after] = splitContext(e, CONTEXT_CHARS);
  return (
    <blockquote class="evidence" data-source={e.source.id} data-start={e.start} data-end={e.end}>
      <p>
        {before}
        <mark data-start={e.start} data-end={e.end}>
          {quote}
        </mark>
        {after}
      </p>
      <footer>
        <SourceName id={e.source.id} /> · <ReaderLink evidence={e} label={backs} />
        {e.note ? <span class="note"> · reader's note: {e.note}</span> : null}
      </footer>
    </blockquote>
  );
}
