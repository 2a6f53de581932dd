import { located, named, part, type RuleContext, speakingFor } from "../context.ts";
import { findSalaries } from "../figures.ts";

/**
 * Salaries, attached to the definition of their role: a "Salary: $X / year" line in a role's
 * section, or a sentence naming the role in the same clause as the amount ("the average product
 * manager salary in the USA was $111,868"). Only yearly US-dollar amounts (figures.ts).
 */
export function draftSalaries(ctx: RuleContext): void {
  for (const at of located(ctx)) {
    const { sentence } = at;
    for (const f of findSalaries(sentence.text)) {
      const text = sentence.text;
      const clauseStart = Math.max(text.lastIndexOf(",", f.start - 2), text.lastIndexOf(";", f.start), 0);
      const inClause = named(ctx, part(ctx, sentence, clauseStart, f.start)).map((s) => s.role);
      const anyNamed = named(ctx, sentence).length > 0;
      const roles = inClause.length > 0 ? inClause.slice(-1) : anyNamed ? [] : speakingFor(at);
      for (const role of roles) {
        const d = ctx.claims.definitions.find((x) => x.role === role);
        if (!d || d.salaryUsd) continue;
        d.salaryUsd = {
          amount: f.amount,
          quote: sentence,
          confidence: inClause.length > 0 ? 0.75 : 0.85,
          reason: `salary "${f.text}": ${inClause.length > 0 ? "the role named in the same clause" : "a pay line in the role's section"}`,
        };
      }
    }
  }
}
