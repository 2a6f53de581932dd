import { located, type RuleContext, rungBelow } from "../context.ts";

/**
 * Readiness signs: each bullet under a readiness heading ("When is an X ready to advance to a Y
 * role?", "signs you're ready"), one claim per step the heading names; and "To reach this position
 * one needs to …" in a role's section (from the rung below). Experience before a step comes from
 * the years rule.
 */

export const NEEDS_TO_REACH =
  /\bto\s+(?:reach|get\s+to)\s+this\s+(?:position|level|role)\b.*\b(?:needs?|must|have\s+to|has\s+to|should)\b/i;

export function draftReadiness(ctx: RuleContext): void {
  for (const line of ctx.doc.lines) {
    const region = ctx.structure.lineRegion[line.index];
    if (line.kind !== "bullet" || region?.kind !== "readiness") continue;
    for (const from of region.from) {
      for (const to of region.to) {
        if (from !== to)
          ctx.claims.readiness.push({
            from,
            to,
            quote: line.content,
            confidence: 0.8,
            reason: `bullet under "${region.heading?.text ?? "a readiness heading"}"`,
          });
      }
    }
  }
  for (const at of located(ctx)) {
    if (!at.section || !NEEDS_TO_REACH.test(at.sentence.text)) continue;
    for (const from of rungBelow(ctx, at.section)) {
      for (const to of at.section.roles)
        ctx.claims.readiness.push({
          from,
          to,
          quote: at.sentence,
          confidence: 0.55,
          reason: "what one needs to reach this position (from the rung below)",
        });
    }
  }
}
