import type { OutsideRelation } from "../../claims/outsideRole.ts";
import { initials } from "../../domain/titles.ts";
import { located, named, type RuleContext, speakingFor } from "../context.ts";

/**
 * Outside roles: a ladder role beside someone off the product ladder (a catalogue role marked
 * `outsideLadder`, by name or initials: "CEO", "Chief Technology Officer"): advising ("CTO’s
 * advisor"), held by ("the company's chief executive officer is the chief product officer"), or
 * working with ("in touch with … the CEO", "support one another").
 */

export function relationOf(sentence: string): OutsideRelation {
  if (/\badvis/i.test(sentence)) return "ADVISES";
  if (/\bofficer\b[^,.]*\bis\s+(?:also\s+)?the\s+chief\b|\bheld\s+by\b|\bdoubles\s+as\b/i.test(sentence)) return "HELD_BY";
  return "WORKS_WITH";
}

export function draftOutsideRoles(ctx: RuleContext): void {
  const outsiders = ctx.catalog.roles.filter((r) => r.outsideLadder);
  const patterns = outsiders.map((r) => {
    const abbr = initials(r.name)?.toUpperCase();
    return { id: r.id, re: new RegExp(`\\b(?:${r.name.replace(/\s+/g, "\\s+")}${abbr ? `|${abbr}` : ""})\\b`, "i") };
  });
  for (const at of located(ctx)) {
    const { sentence } = at;
    for (const p of patterns) {
      const m = p.re.exec(sentence.text);
      if (!m) continue;
      if (m[0] === m[0].toLowerCase() && m[0].length <= 4) continue;
      // The ladder role is the sentence's subject when it opens with one, or one named after the outsider
      // ("the company's chief executive officer is the chief product officer"); else the section's
      // ("You are in touch with the VP and CPO along with the CEO": the VP and CPO are not the subject).
      const outsiderAt = sentence.start + (m.index ?? 0);
      const ladder = named(ctx, sentence)
        .filter((s) => s.role !== p.id && (s.span.start - sentence.start < 15 || s.span.start > outsiderAt))
        .map((s) => s.role);
      const roles = ladder.length > 0 ? ladder.slice(0, 1) : speakingFor(at);
      const condition =
        /^(Typically|Usually|Often|Sometimes)\b/.exec(sentence.text)?.[1] ?? /\bat times\b/.exec(sentence.text)?.[0] ?? null;
      for (const role of roles) {
        const relation = relationOf(sentence.text);
        if (ctx.claims.outsideRoles.some((o) => o.role === role && o.relation === relation && o.outsider === p.id)) continue;
        ctx.claims.outsideRoles.push({
          role,
          relation,
          outsider: p.id,
          title: m[0],
          condition,
          quote: sentence,
          confidence: 0.55,
          reason: `"${m[0]}" (off the ladder) in ${ladder.length > 0 ? "a sentence naming the role" : "the role's section"}`,
        });
      }
    }
  }
}
