import { definedRoles, located, type RuleContext } from "../context.ts";
import type { Span } from "../types.ts";
import { slashTitles } from "./identities.ts";

/**
 * Mentions: a known role the article names in passing, with no section of its own, at its first
 * naming; and a role without a section that an identity claim names ("Sometimes labeled Chief
 * Product Officer", "the director/group product manager position"), where that claim's quote is
 * the title the article gives it (the validator wants every role of a SAME_AS titled in the file).
 */
export function draftMentions(ctx: RuleContext): void {
  const defined = definedRoles(ctx);
  const seen = new Set<string>();
  const known = (role: string) => ctx.catalog.roles.some((r) => r.id === role) && !ctx.index.outsiders.has(role);
  for (const i of ctx.claims.identities) {
    for (const role of [i.role, i.other]) {
      if (defined.has(role) || seen.has(role) || !known(role)) continue;
      const title = titleIn(ctx, i.quote, role);
      if (!title) continue;
      seen.add(role);
      ctx.claims.mentions.push({
        role,
        title,
        quote: i.quote,
        confidence: Math.min(i.confidence, 0.7),
        reason: `"${title}" names a role with no section here, in an identity claim ("${i.reason}")`,
      });
    }
  }
  for (const at of located(ctx)) {
    for (const s of ctx.index.spot(ctx.text, at.sentence)) {
      if (defined.has(s.role) || seen.has(s.role) || !known(s.role)) continue;
      // "junior PMs", "product managers", "junior product managers": people in general, not a role named;
      // a plural of three title words or more ("technical product managers") is specific enough to name it.
      const plural = /[a-z]s$|[A-Z]s$/.test(s.span.text) && !/\b(?:sales|operations|analytics|success)$/i.test(s.span.text);
      const words = s.span.text.split(/\s+/).filter((w) => !/^(?:of|the|and)$/i.test(w));
      if (plural && (words.length < 3 || /^(?:junior|senior|other|more|fellow)$/i.test(words[0] ?? ""))) continue;
      seen.add(s.role);
      ctx.claims.mentions.push({
        role: s.role,
        title: s.span.text,
        quote: at.sentence,
        confidence: 0.55,
        reason: `"${s.span.text}" names a known role that has no section here`,
      });
    }
  }
}

/** The words a quote names a role in: a title spotted in it, or a part of a slash pair ("director" of "director/group product manager"). */
function titleIn(ctx: RuleContext, quote: Span, role: string): string | null {
  const spotted = ctx.index.spot(ctx.text, quote).find((s) => s.role === role);
  if (spotted) return spotted.span.text;
  for (const m of quote.text.matchAll(/\b[a-z]+\s*\/\s*[a-z]+(?:\s+(?!position\b|role\b)[a-z]+)*/gi)) {
    const hit = slashTitles(ctx, m[0]).find((t) => t.role === role);
    if (hit && quote.text.includes(hit.title)) return hit.title;
  }
  return null;
}
