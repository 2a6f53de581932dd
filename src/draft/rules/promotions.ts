import { located, named, part, type RuleContext, rungBelow, sectionOf } from "../context.ts";
import type { Section } from "../structure.ts";
import type { DraftPromotion, Span } from "../types.ts";

/**
 * Promotions: the ladder's order (each rung to the next, LADDER_ORDER, quoting the higher role's
 * heading) and sentences that state a step (EXPLICIT): "An X can ascend to this position", "Taking
 * this path leads to the Y position", "they can move up to the role of a Y", a readiness heading
 * "When is an X ready to advance to a Y role?", and a branch sentence ("two positions to choose from").
 */

/** "An Associate Product Manager can ascend to this position": the step into the section's role. */
export const INTO_THIS =
  /\b(?:can|could|may|will|often|usually)\s+(?:ascend|move\s+up|be\s+promoted|progress|advance|step\s+up|grow|move\s+straight)\s+(?:in)?to\s+this\s+(?:position|role|level)\b|\bskip\s+a\s+rung\s+and\s+move\s+straight\s+into\s+this\s+position\b|\b(?:once|after)\b.*\byou\s+reach\s+this\s+(?:role|position|level)\b/i;
/** "Taking this path leads to the Principal Product Manager position": the step out of the section's role. */
export const OUT_OF_THIS = /\b(?:taking\s+)?this\s+(?:path|track|role|position)\s+(?:leads|can\s+lead|usually\s+leads)\s+to\b/i;
/** "they can move up to the role of a senior product manager", "move straight to mid-level". */
export const MOVE =
  /\b(?:move|moves|moving|moved)\s+(?:up\s+|straight\s+|on\s+)?(?:in)?to\b|\b(?:advance|advances|advancing)\s+to\b|\bpromoted\s+to\b|\bstep\s+up\s+to\b|\bprogress(?:es)?\s+to\b|\bnext\s+step\s+(?:is|would\s+be)\b/i;
const NEGATED = /\b(?:can(?:'|’)?t|cannot|not|difficult|never|rarely)\b/i;

/** A phrase naming a level of this article's ladder by a word of its headings ("mid-level"). */
export function levelWordRoles(ctx: RuleContext, after: string): string[] {
  const m = /^\s*(?:the\s+|an?\s+)?([a-z]+(?:-[a-z]+)?)\b/i.exec(after);
  if (!m?.[1]) return [];
  const word = m[1].toLowerCase();
  const hits = ctx.structure.sections.filter((s) => s.heading.text.toLowerCase().includes(word) && s.rank !== null);
  return hits.length === 1 ? (hits[0] as Section).roles : [];
}

function push(ctx: RuleContext, p: DraftPromotion): void {
  if (p.from === p.to) return;
  const same = ctx.claims.promotions.findIndex((x) => x.from === p.from && x.to === p.to);
  const existing = ctx.claims.promotions[same];
  if (!existing) ctx.claims.promotions.push(p);
  else if (existing.kind === "LADDER_ORDER" && p.kind === "EXPLICIT")
    ctx.claims.promotions[same] = { ...p, track: p.track ?? existing.track };
}

export function draftPromotions(ctx: RuleContext): void {
  const sections = ctx.structure.sections.filter((s) => s.rank !== null);
  for (const to of sections) {
    const below = sections.filter(
      (s) => s.rank === (to.rank as number) - 1 && (s.branch === null || to.branch === null || s.branch === to.branch),
    );
    for (const from of below) {
      for (const a of from.roles) {
        for (const b of to.roles) {
          push(ctx, {
            from: a,
            to: b,
            kind: "LADDER_ORDER",
            track: to.branch,
            quote: to.heading,
            confidence: 0.75,
            reason: `ladder order: "${to.heading.text}" is the next rung after "${from.heading.text}"`,
          });
        }
      }
    }
  }
  const branch = ctx.structure.branch;
  if (branch) {
    const top = sections.filter((s) => s.rank === branch.base).flatMap((s) => s.roles);
    for (const from of top) {
      for (const [roles, track] of [
        [branch.ic, "INDIVIDUAL_CONTRIBUTOR"],
        [branch.management, "MANAGEMENT"],
      ] as const) {
        for (const to of roles) {
          push(ctx, {
            from,
            to,
            kind: "EXPLICIT",
            track,
            quote: branch.sentence,
            confidence: 0.8,
            reason: "branch sentence: two positions to choose from, one per track",
          });
        }
      }
    }
  }
  for (const r of new Set(ctx.structure.lineRegion)) {
    if (r.kind !== "readiness" || !r.heading) continue;
    for (const from of r.from)
      for (const to of r.to) {
        push(ctx, {
          from,
          to,
          kind: "EXPLICIT",
          track: sectionOf(ctx, to)?.branch ?? null,
          quote: r.heading,
          confidence: 0.8,
          reason: "readiness heading: when is an X ready to advance to a Y",
        });
      }
  }
  for (const at of located(ctx)) explicitSentence(ctx, at.sentence, at.section);
}

function explicitSentence(ctx: RuleContext, sentence: Span, section: Section | null): void {
  const text = sentence.text;
  const add = (from: string[], to: string[], reason: string, confidence: number) => {
    for (const a of from)
      for (const b of to)
        push(ctx, { from: a, to: b, kind: "EXPLICIT", track: sectionOf(ctx, b)?.branch ?? null, quote: sentence, confidence, reason });
  };
  const into = INTO_THIS.exec(text);
  if (into && section && section.rank !== null) {
    const before = named(ctx, part(ctx, sentence, 0, into.index)).map((s) => s.role);
    const from = before.length > 0 ? before : /above stages|previous|below/i.test(text) ? rungBelow(ctx, section) : [];
    add(from, section.roles, `sentence: "${into[0]}" in the section of ${section.heading.text}`, 0.85);
    return;
  }
  const out = OUT_OF_THIS.exec(text);
  if (out && section) {
    const to = named(ctx, part(ctx, sentence, out.index + out[0].length, text.length)).map((s) => s.role);
    add(section.roles, to, `sentence: "${out[0]}" in the section of ${section.heading.text}`, 0.85);
    return;
  }
  const move = MOVE.exec(text);
  if (!move || NEGATED.test(text.slice(0, move.index))) return;
  const afterText = text.slice(move.index + move[0].length);
  let to = named(ctx, part(ctx, sentence, move.index + move[0].length, text.length)).map((s) => s.role);
  if (to.length === 0) to = levelWordRoles(ctx, afterText);
  to = to.slice(0, 1);
  const before = named(ctx, part(ctx, sentence, 0, move.index)).map((s) => s.role);
  const from =
    before.length > 0 ? before.slice(-1) : section && /^(?:they|you|he|she|[A-Z]{2,5}s)\b/i.test(text.trim()) ? section.roles : [];
  add(from, to, `sentence: "${move[0].trim()}" names the next role`, 0.7);
}
