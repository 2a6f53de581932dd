import type { Quote } from "../claims/vocabulary.ts";

/** Where a verbatim quote sits in its article: JavaScript string indices, end exclusive. */
export interface Evidence {
  quote: string;
  start: number;
  end: number;
}

export type Located = { ok: true; evidence: Evidence } | { ok: false; message: string };

export function quoteText(quote: Quote): string {
  return typeof quote === "string" ? quote : quote.text;
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Folds the look-alike characters that copy-paste changes, to suggest a fix when an exact match fails. */
function fold(s: string): string {
  return s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .toLowerCase();
}

/** Finds a quote in the article and returns its offsets, or says precisely why it cannot. */
export function locateQuote(text: string, quote: Quote): Located {
  const needle = quoteText(quote);
  const hits = occurrences(text, needle);
  const wanted = typeof quote === "string" ? undefined : quote.occurrence;
  if (hits.length === 0) {
    const hint = fold(text).includes(fold(needle))
      ? " (a match exists that differs only in quotes, dashes, spacing or case: copy it from the article byte for byte)"
      : "";
    return { ok: false, message: `quote not found in the article${hint}` };
  }
  if (wanted === undefined) {
    if (hits.length > 1) {
      return {
        ok: false,
        message: `quote occurs ${hits.length} times in the article; write it as { text, occurrence: 1..${hits.length} }`,
      };
    }
    const start = hits[0] as number;
    return { ok: true, evidence: { quote: needle, start, end: start + needle.length } };
  }
  const start = hits[wanted - 1];
  if (start === undefined) {
    return { ok: false, message: `occurrence ${wanted} asked for, but the quote occurs only ${hits.length} time(s)` };
  }
  return { ok: true, evidence: { quote: needle, start, end: start + needle.length } };
}
