import { z } from "zod";

/** A verbatim quote from a source, where it sits in the source's text, and the reader's note on it. */
export interface Evidence {
  /** The source's id (file stem). */
  source: string;
  quote: string;
  /** JavaScript string offsets into the source's text, end exclusive. */
  start: number;
  end: number;
  note: string | null;
}

type Stored = string | number | boolean | null;

/**
 * How evidence is stored on a claim's relationship: flat properties, since Neo4j properties cannot
 * be maps. The claim's own evidence is `quote`/`start`/`end`/`note`; a figure with its own quote
 * (a definition's years, salary…) uses the figure's name as a prefix: `yearsQuote`, `yearsStart`…
 */
export function evidenceProps(e: Evidence, prefix?: string): Record<string, Stored> {
  if (!prefix) return { source: e.source, quote: e.quote, start: e.start, end: e.end, note: e.note };
  return { [`${prefix}Quote`]: e.quote, [`${prefix}Start`]: e.start, [`${prefix}End`]: e.end, [`${prefix}Note`]: e.note };
}

/** The stored properties of a claim's own evidence, as a read statement returns them (`e {.*}`). */
export const storedEvidence = {
  source: z.string(),
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  note: z.string().nullish(),
};

/** A claim's own evidence from its stored properties. */
export function evidenceOf(row: { source: string; quote: string; start: number; end: number; note?: string | null | undefined }): Evidence {
  return { source: row.source, quote: row.quote, start: row.start, end: row.end, note: row.note ?? null };
}

/** A figure's evidence from its prefixed properties; null when the figure has no quote stored. */
export function figureEvidence(
  source: string,
  quote: string | null | undefined,
  start: number | null | undefined,
  end: number | null | undefined,
  note: string | null | undefined,
): Evidence | null {
  if (quote == null || start == null || end == null) return null;
  return { source, quote, start, end, note: note ?? null };
}
