import type { IdentityKind } from "../../claims/identity.ts";
import { titleParts } from "../../domain/titles.ts";
import { located, named, part, type RuleContext } from "../context.ts";
import type { Span } from "../types.ts";

/**
 * Identities: "X, otherwise known as Y", "also known as", "also called", "a.k.a.", "Sometimes
 * labeled Y, this position …" (SAME_AS); "organizations may have one or both of these roles"
 * (MAY_COEXIST); "the X/Y position" used as one position; and, with low confidence, a heading naming
 * two titles the article says nothing more about.
 */

export const SAME_AS =
  /\b(?:otherwise\s+known\s+as|also\s+known\s+as|also\s+called|a\.k\.a\.?|aka|sometimes\s+(?:labell?ed|called|titled|known\s+as)|also\s+referred\s+to\s+as)\s+/i;
export const COEXIST =
  /\b(?:organi[sz]ations|companies|businesses)\s+(?:may|might|can)\s+have\s+(?:one\s+or\s+both|either\s+or\s+both)\s+of\s+these\s+roles\b/i;
const SLASH_POSITION = /\bthe\s+([a-z][a-z ]*\/[a-z][a-z ]*?)\s+(?:position|role)\b/i;

/** Two roles the article ranks on different rungs of its ladder: it cannot also say they are one role (the validator refuses it). */
export function rankedApart(ctx: RuleContext, a: string, b: string): boolean {
  const rank = (role: string) => ctx.structure.sections.find((s) => s.roles.includes(role))?.rank ?? null;
  const [x, y] = [rank(a), rank(b)];
  return x !== null && y !== null && x !== y;
}

function push(ctx: RuleContext, role: string, other: string, kind: IdentityKind, quote: Span, confidence: number, reason: string): void {
  if (role === other) return;
  if (kind === "SAME_AS" && rankedApart(ctx, role, other)) return;
  const key = [role, other].sort().join("|");
  if (ctx.claims.identities.some((x) => [x.role, x.other].sort().join("|") === key && x.kind === kind)) return;
  ctx.claims.identities.push({ role, other, kind, quote, confidence, reason });
}

/** A slash pair's parts as roles: "director/group product manager" gives the Director of Product and the Group PM. */
export function slashRoles(ctx: RuleContext, phrase: string): string[] {
  return slashTitles(ctx, phrase).map((t) => t.role);
}

/** A slash pair's parts with the words each is written in ("director", "group product manager"). */
export function slashTitles(ctx: RuleContext, phrase: string): { role: string; title: string }[] {
  const parts = titleParts(phrase);
  // The words the last part adds after its first: "product manager" of "group product manager".
  const rest = (parts.at(-1) ?? "").split(/\s+/).slice(1);
  const out: { role: string; title: string }[] = [];
  for (const p of parts) {
    const direct = ctx.index.resolve(p)?.role;
    const word = p.split(/\s+/)[0] ?? "";
    // "director" of "director/group product manager": the director of product, the product director.
    const shared = [`${word} ${rest.join(" ")}`, `${word} of ${rest[0] ?? ""}`, `${rest[0] ?? ""} ${word}`];
    const role = direct ?? shared.map((t) => ctx.index.resolve(t)?.role).find((r) => r !== undefined);
    // titleParts writes the shared words out ("director product manager"); the article wrote "director".
    if (role && !out.some((o) => o.role === role)) out.push({ role, title: phrase.includes(p) ? p : word });
  }
  return out;
}

export function draftIdentities(ctx: RuleContext): void {
  for (const at of located(ctx)) {
    const { sentence } = at;
    const same = SAME_AS.exec(sentence.text);
    if (same) {
      const afterStart = same.index + same[0].length;
      const rest = sentence.text.slice(afterStart);
      const clauseEnd = afterStart + (/[,;—]|\bthis\b/.exec(rest)?.index ?? rest.length);
      const others = named(ctx, part(ctx, sentence, afterStart, clauseEnd), true).map((s) => s.role);
      const before = named(ctx, part(ctx, sentence, Math.max(0, same.index - 80), same.index), true);
      const subject =
        /^(?:the\s+)?(?:position|role)\b|^\s*$/i.test(sentence.text.slice(0, same.index).replace(/^sometimes\s*/i, "")) ||
        /\b(?:this|the)\s+(?:position|role)\s+is\s*$/i.test(sentence.text.slice(0, same.index)) ||
        before.length === 0
          ? (at.section?.roles ?? [])
          : [(before.at(-1) as { role: string }).role];
      for (const role of subject)
        for (const other of others) push(ctx, role, other, "SAME_AS", sentence, 0.85, `sentence: "${same[0].trim()}"`);
    }
    if (COEXIST.test(sentence.text)) {
      const colon = sentence.text.indexOf(":");
      const listed = colon >= 0 ? named(ctx, part(ctx, sentence, colon, sentence.text.length), true).map((s) => s.role) : [];
      const roles = listed.length >= 2 ? listed : (at.section?.roles ?? []);
      for (const [i, a] of roles.entries())
        for (const b of roles.slice(i + 1))
          push(ctx, a, b, "MAY_COEXIST", sentence, 0.8, "sentence: organizations may have one or both of these roles");
    }
    const slash = SLASH_POSITION.exec(sentence.text);
    if (slash?.[1]) {
      const roles = slashRoles(ctx, slash[1]);
      const quote = part(ctx, sentence, slash.index, slash.index + slash[0].length);
      if (roles.length === 2)
        push(ctx, roles[0] as string, roles[1] as string, "SAME_AS", quote, 0.6, `"${slash[0]}" used as one position`);
    }
  }
}

/**
 * A heading naming two titles for one rung ("Director of Product/Product Leader") that the article
 * says nothing more about: one role, with low confidence. Runs after the relative ranks, since a
 * sentence putting the two side by side ("A Principal/Group Product Manager is …": EQUAL) says more.
 */
export function draftHeadingIdentities(ctx: RuleContext): void {
  for (const s of ctx.structure.sections) {
    if (s.roles.length !== 2) continue;
    const [a, b] = s.roles as [string, string];
    const pair = (x: { role: string; other: string }) => (x.role === a && x.other === b) || (x.role === b && x.other === a);
    const said = ctx.claims.identities.some(pair) || ctx.claims.relativeRanks.some(pair);
    const twoTracks = s.tracks.size === 2 && new Set([...s.tracks.values()].map((t) => t.value)).size === 2;
    if (!said && !twoTracks)
      push(ctx, a, b, "SAME_AS", s.heading, 0.35, `heading "${s.heading.text}" names two titles for one rung; the article says no more`);
  }
}
