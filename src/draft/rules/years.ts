import { located, named, part, type RuleContext, rungBelow, sectionOf, speakingFor } from "../context.ts";
import { findYears } from "../figures.ts";
import type { Span } from "../types.ts";
import { levelWordRoles, MOVE } from "./promotions.ts";

/**
 * Years of experience, attached to the definition of the role they are for: the role a sentence
 * moves into ("before moving into a director of product role", "To become a GPM", "To get to this
 * level"), else the role named just before the figure ("Principal PMs usually have 8-10 years"),
 * else the role whose section it is. A figure about moving up also gives a readiness sign.
 */

/** Words that make a figure someone's experience rather than any span of time. */
export const EXPERIENCE_CONTEXT =
  /\bexperience\b|\bmov(?:e|es|ing)\b|\badvanc|\bbecome\b|\bhired\s+as\b|\bget\s+to\s+this\s+level\b|\breach\s+this\b|\bhold\s+this\s+title\b|\bpromot|\bascend|\btraining\b|\bfor\s+this\s+position\b/i;
const BECOME = /\b(?:to\s+become|hired\s+as|to\s+be\s+hired\s+as|to\s+reach|to\s+get\s+to)\s+(?:an?\s+|the\s+)?/i;
const THIS_LEVEL = /\b(?:this|that)\s+(?:level|position|role|title)\b/i;

interface Target {
  roles: string[];
  from: string[];
  how: string;
}

function target(ctx: RuleContext, sentence: Span, figureStart: number, own: string[], readinessTo: string[]): Target | null {
  const text = sentence.text;
  const move = MOVE.exec(text);
  if (move && !/\b(?:can(?:'|’)?t|difficult)\b/i.test(text)) {
    const after = part(ctx, sentence, move.index + move[0].length, text.length);
    let roles = named(ctx, after).map((s) => s.role);
    // "a director of product role, otherwise known as a product leader": both titles.
    if (!/otherwise known as|also known as/i.test(after.text)) roles = roles.slice(0, 1);
    if (roles.length === 0) roles = levelWordRoles(ctx, after.text);
    if (roles.length > 0) {
      const before = named(ctx, part(ctx, sentence, 0, move.index)).map((s) => s.role);
      return {
        roles,
        from: before.length > 0 ? before.slice(-1) : own.filter((r) => !roles.includes(r)),
        how: `moving into: "${move[0].trim()}"`,
      };
    }
  }
  const become = BECOME.exec(text);
  if (become) {
    const roles = named(ctx, part(ctx, sentence, become.index + become[0].length, text.length))
      .map((s) => s.role)
      .slice(0, 1);
    if (roles.length > 0) return { roles, from: [], how: `"${become[0].trim()}" names the role` };
    if (THIS_LEVEL.test(text)) {
      const roles2 = readinessTo.length > 0 ? readinessTo : own;
      if (roles2.length > 0) return { roles: roles2, from: [], how: `"${become[0].trim()} this level" in its context` };
    }
  }
  const clauseStart = Math.max(text.lastIndexOf(",", figureStart), text.lastIndexOf(";", figureStart), 0);
  const near = named(ctx, part(ctx, sentence, clauseStart, figureStart)).map((s) => s.role);
  if (near.length > 0) return { roles: near.slice(-1), from: [], how: "the role named just before the figure" };
  if (own.length > 0) return { roles: own, from: [], how: "the role whose section it is" };
  return null;
}

export function draftYears(ctx: RuleContext): void {
  for (const at of located(ctx)) {
    const { sentence } = at;
    const figures = findYears(sentence.text);
    if (figures.length === 0 || !EXPERIENCE_CONTEXT.test(sentence.text)) continue;
    const readinessTo = at.region.kind === "readiness" ? at.region.to : [];
    const own = at.region.kind === "readiness" ? at.region.to : speakingFor(at);
    for (const f of figures) {
      const t = target(ctx, sentence, f.start, own, readinessTo);
      if (!t) continue;
      const direct = /of experience/i.test(f.text) || /experience/i.test(sentence.text.slice(f.end, f.end + 30));
      const confidence = direct ? 0.8 : 0.6;
      for (const role of t.roles) {
        const d = ctx.claims.definitions.find((x) => x.role === role);
        if (!d || d.years) continue;
        d.years = { min: f.min, max: f.max, text: f.text, quote: sentence, confidence, reason: `years figure "${f.text}": ${t.how}` };
      }
      const from = t.from.length > 0 ? t.from : readinessTo.length > 0 ? at.region.from : [];
      for (const to of t.roles) {
        const into = sectionOf(ctx, to) ?? at.section;
        const fromRoles = from.length > 0 ? from : t.how.startsWith("moving") && into ? rungBelow(ctx, into) : [];
        for (const a of fromRoles) {
          if (a === to) continue;
          ctx.claims.readiness.push({ from: a, to, quote: sentence, confidence: 0.6, reason: `experience before the step: "${f.text}"` });
        }
      }
    }
  }
}
