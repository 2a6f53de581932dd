import { located, named, part, type RuleContext } from "../context.ts";
import type { DraftRelativeRank } from "../types.ts";

/** Relative ranks: "this position is equal in rank to the X and in others to the Y" (with its conditions), and the two first rungs of a branch (EQUAL). */

export const EQUAL_IN_RANK = /\b(?:is\s+)?equal\s+in\s+rank\s+to\b/i;

function push(ctx: RuleContext, r: DraftRelativeRank): void {
  if (r.role === r.other || ctx.claims.relativeRanks.some((x) => x.role === r.role && x.other === r.other && x.relation === r.relation))
    return;
  ctx.claims.relativeRanks.push(r);
}

export function draftRelativeRanks(ctx: RuleContext): void {
  for (const at of located(ctx)) {
    const { sentence, section } = at;
    const m = EQUAL_IN_RANK.exec(sentence.text);
    if (!m || !section) continue;
    const after = m.index + m[0].length;
    const first = /^(In\s+(?:some|many|most)\s+(?:organi[sz]ations|companies))\b/i.exec(sentence.text)?.[1] ?? null;
    for (const s of named(ctx, part(ctx, sentence, after, sentence.text.length), true)) {
      const offset = s.span.start - sentence.start;
      const between = sentence.text.slice(after, offset);
      const condition = /\bin\s+others\b/i.exec(between)?.[0] ?? first;
      for (const role of section.roles) {
        push(ctx, {
          role,
          relation: "EQUAL",
          other: s.role,
          condition,
          quote: sentence,
          confidence: 0.65,
          reason: "sentence: equal in rank to",
        });
      }
    }
  }
  const branch = ctx.structure.branch;
  if (branch) {
    for (const a of branch.ic)
      for (const b of branch.management) {
        push(ctx, {
          role: a,
          relation: "EQUAL",
          other: b,
          condition: null,
          quote: branch.sentence,
          confidence: 0.6,
          reason: "the two first rungs of a branch: two positions to choose from at the next level",
        });
      }
  }
}
