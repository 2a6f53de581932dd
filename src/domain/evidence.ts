import type { DefinitionRow, EvidenceRow } from "./types.ts";

export function titleEvidence(d: DefinitionRow): EvidenceRow {
  return { source: d.source, quote: d.quote, start: d.start, end: d.end, note: d.note ?? null };
}

export function summaryEvidence(d: DefinitionRow): EvidenceRow {
  return { source: d.source, quote: d.summaryQuote, start: d.summaryStart, end: d.summaryEnd };
}

export function yearsEvidence(d: DefinitionRow): EvidenceRow | null {
  if (d.yearsQuote === null || d.yearsQuote === undefined || d.yearsStart == null || d.yearsEnd == null) return null;
  return { source: d.source, quote: d.yearsQuote, start: d.yearsStart, end: d.yearsEnd };
}

export function salaryEvidence(d: DefinitionRow): EvidenceRow | null {
  if (d.salaryQuote === null || d.salaryQuote === undefined || d.salaryStart == null || d.salaryEnd == null) return null;
  return { source: d.source, quote: d.salaryQuote, start: d.salaryStart, end: d.salaryEnd };
}

export function trackEvidence(d: DefinitionRow): EvidenceRow | null {
  if (d.trackQuote === null || d.trackQuote === undefined || d.trackStart == null || d.trackEnd == null) return null;
  return { source: d.source, quote: d.trackQuote, start: d.trackStart, end: d.trackEnd };
}

/** Every quote a definition rests on: title, summary, then track, years and salary where given. */
export function allEvidence(d: DefinitionRow): EvidenceRow[] {
  return [titleEvidence(d), summaryEvidence(d), trackEvidence(d), yearsEvidence(d), salaryEvidence(d)].filter(
    (e): e is EvidenceRow => e !== null,
  );
}

/** The text around a quote, widened to `chars` on each side and to whole words. */
export function contextAround(text: string, start: number, end: number, chars: number): string {
  let from = Math.max(0, start - chars);
  let to = Math.min(text.length, end + chars);
  while (from > 0 && from < start && !/\s/.test(text[from - 1] ?? "")) from++;
  while (to < text.length && to > end && !/\s/.test(text[to] ?? "")) to--;
  return `${from > 0 ? "…" : ""}${text.slice(from, to).trim()}${to < text.length ? "…" : ""}`;
}
