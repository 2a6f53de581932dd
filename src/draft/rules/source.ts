import type { RuleContext } from "../context.ts";
import { span } from "../document.ts";
import type { DraftSource } from "../types.ts";

/**
 * The source's title, author and publisher: the first heading that is no page furniture ("Skip to
 * main content"); a byline "By Name" (and "for Publisher"), or a name line above the author's job
 * title; the publisher where the text names it ("Our mission at X", "subscribe to X newsletter").
 */

export const BYLINE = /^By\s+([A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+){1,3})(?:\s+for\s+([A-Z][\w&'’-]*(?:\s+[A-Z&][\w&'’-]*){0,4}))?/;
export const PUBLISHER =
  /\b(?:Our\s+mission\s+at|subscribe\s+to|newsletter\s+of|published\s+(?:by|on|in))\s+((?:The\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})/;
const FURNITURE = /^(?:skip to|menu|home|search|sign in|log in|subscribe)\b/i;
const NAME_LINE = /^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}$/;

export function draftSource(ctx: RuleContext): DraftSource {
  const lines = ctx.doc.lines.filter((l) => l.kind !== "blank");
  const titleLine = lines
    .slice(0, 12)
    .find((l) => l.kind === "heading" && !FURNITURE.test(l.content.text) && !/\d{4}|mins? read/i.test(l.content.text));
  const out: DraftSource = {
    title: titleLine ? { ...titleLine.content, confidence: 0.7, reason: "the first heading of the text" } : null,
    author: null,
    publisher: null,
  };
  for (const [i, line] of lines.entries()) {
    const by = BYLINE.exec(line.content.text);
    if (by?.[1] && !out.author) {
      const start = line.content.start + by[0].indexOf(by[1]);
      out.author = { ...span(ctx.text, start, start + by[1].length), confidence: 0.85, reason: 'byline "By …"' };
      if (by[2]) {
        const p = line.content.start + by[0].lastIndexOf(by[2]);
        out.publisher = { ...span(ctx.text, p, p + by[2].length), confidence: 0.8, reason: 'byline "By … for …"' };
      }
    }
    const next = lines[i + 1];
    if (
      !out.author &&
      line.kind === "heading" &&
      NAME_LINE.test(line.content.text) &&
      next &&
      /\b(?:at|editor|writer|author|manager|marketer|founder|lead)\b/i.test(next.content.text) &&
      i > lines.length / 2
    ) {
      out.author = { ...line.content, confidence: 0.6, reason: "a name line above the author's job title" };
    }
    const pub = PUBLISHER.exec(line.content.text);
    if (pub?.[1] && !out.publisher) {
      const start = line.content.start + (pub.index ?? 0) + pub[0].length - pub[1].length;
      out.publisher = {
        ...span(ctx.text, start, start + pub[1].replace(/\s+(?:is|newsletter)$/i, "").length),
        confidence: 0.6,
        reason: `"${pub[0].slice(0, pub[0].length - pub[1].length).trim()}" names the publisher`,
      };
    }
  }
  return out;
}
