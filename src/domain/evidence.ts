import type { Evidence } from "../claims/evidence.ts";

/** Each piece of evidence once (same source, offsets and quote), in first-seen order. */
export function distinctEvidence(rows: readonly Evidence[]): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const row of rows) {
    const key = JSON.stringify([row.source, row.start, row.end, row.quote]);
    if (!seen.has(key)) seen.set(key, row);
  }
  return [...seen.values()];
}

/** The text around a quote, widened to `chars` on each side and to whole words. */
export function contextAround(text: string, start: number, end: number, chars: number): string {
  let from = Math.max(0, start - chars);
  let to = Math.min(text.length, end + chars);
  while (from > 0 && from < start && !/\s/.test(text[from - 1] ?? "")) from++;
  while (to < text.length && to > end && !/\s/.test(text[to] ?? "")) to--;
  return `${from > 0 ? "…" : ""}${text.slice(from, to).trim()}${to < text.length ? "…" : ""}`;
}
