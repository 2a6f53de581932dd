import { definedRoles, located, type RuleContext } from "../context.ts";

/** Mentions: a known role the article names in passing, with no section of its own and in no identity claim, at its first naming. */
export function draftMentions(ctx: RuleContext): void {
  const defined = definedRoles(ctx);
  const identified = new Set(ctx.claims.identities.flatMap((i) => [i.role, i.other]));
  const seen = new Set<string>();
  for (const at of located(ctx)) {
    for (const s of ctx.index.spot(ctx.text, at.sentence)) {
      if (defined.has(s.role) || identified.has(s.role) || ctx.index.outsiders.has(s.role) || seen.has(s.role)) continue;
      if (!ctx.catalog.roles.some((r) => r.id === s.role)) continue;
      // "junior PMs", "product managers": people in general, not a role named.
      if (/[a-z]s$|[A-Z]s$/.test(s.span.text) && !/\b(?:sales|operations|analytics|success)$/i.test(s.span.text)) continue;
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
