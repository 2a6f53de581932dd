import type { Evidence } from "./evidence.ts";
import type { ClaimCheck } from "./kind.ts";

/** Words a claim says are the article's own (a band's name, a condition, a title) must lie inside its quote. */
export function wordsInQuote(c: ClaimCheck, evidence: Evidence, words: string | null | undefined, field: string): void {
  if (words == null || evidence.start < 0 || evidence.quote.includes(words)) return;
  c.problem(`${field} '${words}' is not inside the quote`, `.${field}`, evidence.quote);
}

/** An optional phrase as written: absent or a non-empty string. */
export function asWritten(words: string | undefined): string | null {
  return words ?? null;
}
