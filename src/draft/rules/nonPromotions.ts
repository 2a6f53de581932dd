import { located, part, type RuleContext } from "../context.ts";

/** Steps an article says do not happen: "you can’t directly reach this position", "extremely difficult to transition into X roles from outside". */

export const CANNOT_REACH =
  /\b(?:can(?:'|’)?t|cannot|can\s+not)\s+(?:\w+\s+){0,2}(?:reach|enter|get)\s+(?:in)?(?:to\s+)?this\s+(?:position|role|level)\b/i;
export const HARD_TO_ENTER =
  /\b(?:extremely\s+|very\s+|quite\s+)?(?:difficult|hard|impossible)\s+to\s+(?:transition|move|switch|break)\s+(?:in)?to\s+(.+?)\s+(?:roles?|positions?)\s+from\b/i;

export function draftNonPromotions(ctx: RuleContext): void {
  const seen = new Set<string>();
  for (const at of located(ctx)) {
    const { sentence } = at;
    let to: string[] = [];
    let how = "";
    if (CANNOT_REACH.test(sentence.text) && at.section) {
      to = at.section.roles;
      how = "no direct way into this position";
    } else {
      const m = HARD_TO_ENTER.exec(sentence.text);
      if (m?.[1]) {
        const phrase = m[1].replace(/\bmanagement\b/i, "manager");
        const role =
          ctx.index.resolve(phrase)?.role ?? ctx.index.spot(ctx.text, part(ctx, sentence, m.index, m.index + m[0].length))[0]?.role;
        if (role) to = [role];
        how = "hard to move into this role from outside";
      }
    }
    for (const role of to) {
      const key = `${role}@${sentence.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ctx.claims.nonPromotions.push({ from: null, to: role, quote: sentence, confidence: 0.65, reason: how });
    }
  }
}
