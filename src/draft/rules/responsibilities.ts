import { responsibilityId } from "../../claims/responsibility.ts";
import { located, type RuleContext } from "../context.ts";
import { span, trimSpan } from "../document.ts";
import type { Span } from "../types.ts";

/**
 * Responsibilities: the bullets of a role's section (not readiness signs, steps to get the job or
 * skills), the items of a prose list ("Their duties often include A, B, and C", "A, B and C are all
 * duties of an X"), and sentences that state a duty outright ("is responsible for", "in charge of",
 * "You will …").
 */

const LIST_LEAD = /\b(?:duties|responsibilities|tasks)\b[^.:]{0,60}?\b(?:include|includes|including|involve|involves)\b[:,]?\s+/i;
const LIST_TAIL = /^(.*?)\s+(?:are|is)\s+(?:all\s+)?(?:the\s+)?(?:main\s+)?(?:duties|responsibilities)\s+of\b/i;
export const DUTY_SENTENCE =
  /\b(?:is|are)\s+(?:responsible\s+for|in\s+charge\s+of)\b|\bresponsibilit(?:y|ies)\s+(?:is|are)\b|\b(?:main|primary)\s+(?:focus|concern|aim|responsibility)\b|\btasked\s+with\b|\byou\s+will\s+(?:be\s+)?(?!not\b)\w+|\byou\s+are\s+(?:expected|going|answerable)\b|\b(?:are|is)\s+expected\s+to\b/i;

/** The items of a prose list, each a span without "and", "etc." or the final stop. */
export function listItems(text: string, list: Span): Span[] {
  const out: Span[] = [];
  const re = /,\s*(?:and\s+|or\s+)?|\s+and\s+(?=[a-z]+ing\b)/g;
  let at = 0;
  const cut = (from: number, to: number) => {
    let s = trimSpan(text, list.start + from, list.start + to);
    s = span(text, s.start, s.start + s.text.replace(/[\s,]*(?:etc\.?|and so on)?[.\s]*$/i, "").length);
    if (s.text.length >= 3 && s.text.split(/\s+/).length <= 25 && !/^etc\.?$/i.test(s.text)) out.push(s);
  };
  for (const m of list.text.matchAll(re)) {
    cut(at, m.index ?? 0);
    at = (m.index ?? 0) + m[0].length;
  }
  cut(at, list.text.length);
  return out;
}

function push(ctx: RuleContext, role: string, quote: Span, confidence: number, reason: string): void {
  const id = responsibilityId(quote.text);
  if (ctx.claims.responsibilities.some((r) => r.role === role && responsibilityId(r.quote.text) === id)) return;
  ctx.claims.responsibilities.push({ role, quote, confidence, reason });
}

export function draftResponsibilities(ctx: RuleContext): void {
  for (const line of ctx.doc.lines) {
    const section = ctx.structure.lineSection[line.index];
    const region = ctx.structure.lineRegion[line.index];
    if (!section || !region || region.section !== section || !["body", "responsibilities"].includes(region.kind)) continue;
    if (line.kind === "bullet") {
      for (const role of section.roles) push(ctx, role, line.content, 0.8, `bullet in the section of ${section.heading.text}`);
    }
  }
  for (const at of located(ctx)) {
    const { section, region, sentence, line } = at;
    if (!section || region.section !== section || !["body", "responsibilities"].includes(region.kind) || line.kind === "bullet") continue;
    if (sentence.start < section.bodyStart) continue;
    const lead = LIST_LEAD.exec(sentence.text);
    const tail = LIST_TAIL.exec(sentence.text);
    if (lead) {
      const list = span(ctx.text, sentence.start + lead.index + lead[0].length, sentence.end);
      for (const item of listItems(ctx.text, list))
        for (const role of section.roles) push(ctx, role, item, 0.65, "item of a prose list of duties");
    } else if (tail?.[1]?.includes(",")) {
      const list = span(ctx.text, sentence.start, sentence.start + tail[1].length);
      for (const item of listItems(ctx.text, list))
        for (const role of section.roles) push(ctx, role, item, 0.6, "item of a prose list of duties");
    } else if (DUTY_SENTENCE.test(sentence.text) && !sentence.text.endsWith("?")) {
      for (const role of section.roles) push(ctx, role, sentence, 0.5, "sentence states a duty");
    }
  }
}
