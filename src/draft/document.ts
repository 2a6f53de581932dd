import type { Span } from "./types.ts";

/**
 * An article as the rules read it: lines (blank, heading, bullet or prose) and the sentences of
 * each, every one a span with its offsets. Sentences come from `Intl.Segmenter` (ICU's sentence
 * rules, built into Node), run line by line so that a sentence never runs across a heading.
 */

export type LineKind = "blank" | "heading" | "bullet" | "prose";

export interface Line {
  index: number;
  kind: LineKind;
  /** The line without its bullet marker and surrounding spaces (empty span for a blank line). */
  content: Span;
  /** Sentences of the content, trimmed, in order. */
  sentences: Span[];
}

const SPACE = /[\s\u00a0\u202f\ufeff]/;
const BULLET = /^[\s\u00a0]*(?:[•\-*–·▪◦○]|\d{1,2}[.)])[\s\u00a0]+/;
const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

export function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** The span with spaces (any Unicode space) cut from both ends. */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && SPACE.test(text.charAt(s))) s++;
  while (e > s && SPACE.test(text.charAt(e - 1))) e--;
  return span(text, s, e);
}

/** A short line that does not end like a sentence and holds no "label: value": a heading. */
export function looksLikeHeading(content: string): boolean {
  if (content.length === 0 || content.length > 120) return false;
  if (content.split(/\s+/).length > (content.endsWith("?") ? 20 : 14)) return false;
  if (/[.,;:!]$/.test(content)) return false;
  if (/:\s/.test(content)) return false;
  return /^[A-Z0-9“"']/.test(content);
}

/** The sentences of a span of text, trimmed, each with its offsets. */
export function sentencesOf(text: string, at: Span): Span[] {
  const out: Span[] = [];
  for (const seg of segmenter.segment(at.text)) {
    const s = trimSpan(text, at.start + seg.index, at.start + seg.index + seg.segment.length);
    if (s.text.length > 0) out.push(s);
  }
  return out;
}

export class ArticleDocument {
  readonly text: string;
  readonly lines: Line[];

  constructor(text: string) {
    this.text = text;
    this.lines = [];
    let at = 0;
    for (const raw of text.split("\n")) {
      const end = at + raw.length;
      const index = this.lines.length;
      const bullet = BULLET.exec(raw);
      const content = trimSpan(text, bullet ? at + bullet[0].length : at, end);
      const kind: LineKind = content.text.length === 0 ? "blank" : bullet ? "bullet" : looksLikeHeading(content.text) ? "heading" : "prose";
      this.lines.push({ index, kind, content, sentences: kind === "blank" ? [] : sentencesOf(text, content) });
      at = end + 1;
    }
  }

  /** Every sentence of the article in reading order, with the line it sits on. */
  *sentences(): Generator<{ line: Line; sentence: Span }> {
    for (const line of this.lines) for (const sentence of line.sentences) yield { line, sentence };
  }

  /** The sentence (of its line) that holds the offset. */
  sentenceAt(offset: number): Span | undefined {
    for (const line of this.lines) {
      if (offset < line.content.start || offset > line.content.end) continue;
      return line.sentences.find((s) => offset >= s.start && offset < s.end);
    }
    return undefined;
  }
}
