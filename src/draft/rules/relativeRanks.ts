import type { RankRelation } from "../../claims/relativeRank.ts";
import { located, named, part, type RuleContext } from "../context.ts";
import type { Spotted } from "../roles.ts";
import type { DraftRelativeRank, Span } from "../types.ts";
import { slashTitles } from "./identities.ts";

/**
 * Relative ranks: "this position is equal in rank to the X and in others to the Y" (with its
 * conditions); the two first rungs of a branch (EQUAL); a slash pair naming two roles of one
 * section as one subject ("A Principal/Group Product Manager is …", EQUAL); "X may act as the Y"
 * (EQUAL); and "X beneath / below / under these roles" (BELOW), "X above Y" (ABOVE).
 */

export const EQUAL_IN_RANK = /\b(?:is\s+)?equal\s+in\s+rank\s+to\b/i;
/** "may act as the head of product", "can serve as the VP". */
export const ACTS_AS =
  /\b(?:may|might|can|could|will|often|sometimes|usually)\s+(?:also\s+)?(?:act|serve|function)\s+as\s+(?:the\s+|an?\s+)?/i;
/** "employ directors of product beneath these roles", "sits below the VP", "ranks above the senior PM". */
export const PLACED =
  /\b(beneath|below|under(?:neath)?|above|over)\s+(these\s+(?:roles|positions|titles)|them|(?:the\s+|an?\s+)?(?=[A-Z]|[a-z]))/i;
const CONDITION =
  /^((?:In\s+(?:some|many|most|other)\s+(?:organi[sz]ations|companies))|Depending\s+on\s+the\s+(?:organi[sz]ation|company))\b/i;

function push(ctx: RuleContext, r: DraftRelativeRank): void {
  if (r.role === r.other || ctx.claims.relativeRanks.some((x) => x.role === r.role && x.other === r.other && x.relation === r.relation))
    return;
  ctx.claims.relativeRanks.push(r);
}

/** Whether the article already says two roles are one (or may coexist): no rank between them then. */
function identified(ctx: RuleContext, a: string, b: string): boolean {
  return ctx.claims.identities.some((x) => (x.role === a && x.other === b) || (x.role === b && x.other === a));
}

/** The roles named in a stretch, with slash pairs ("Principal/Group Product Manager") read as both their roles. */
function rolesIn(ctx: RuleContext, where: Span): string[] {
  const out = named(ctx, where, true).map((s: Spotted) => s.role);
  for (const pair of slashPairs(ctx, where.text)) for (const role of pair.roles) if (!out.includes(role)) out.push(role);
  return out;
}

/** Slash pairs of titles in a text ("Principal/Group Product Manager", "director/group product manager"), each with its roles. */
export function slashPairs(ctx: RuleContext, text: string): { text: string; roles: string[] }[] {
  const out: { text: string; roles: string[] }[] = [];
  for (const m of text.matchAll(/\b[A-Za-z]+\s*\/\s*[A-Za-z]+(?:\s+[A-Za-z]+){0,3}/g)) {
    const words = m[0].split(/\s+/);
    // The longest stretch that reads as two titles: "Principal/Group Product Manager" of "… Manager is".
    for (let n = words.length; n >= 1; n--) {
      const phrase = words.slice(0, n).join(" ");
      const roles = slashTitles(ctx, phrase).map((t) => t.role);
      if (roles.length === 2) {
        out.push({ text: phrase, roles });
        break;
      }
    }
  }
  return out;
}

export function draftRelativeRanks(ctx: RuleContext): void {
  for (const at of located(ctx)) {
    const { sentence, section } = at;
    const condition = CONDITION.exec(sentence.text)?.[1] ?? null;
    const m = EQUAL_IN_RANK.exec(sentence.text);
    if (m && section) {
      const after = m.index + m[0].length;
      for (const s of named(ctx, part(ctx, sentence, after, sentence.text.length), true)) {
        const offset = s.span.start - sentence.start;
        const between = sentence.text.slice(after, offset);
        const cond = /\bin\s+others\b/i.exec(between)?.[0] ?? condition;
        for (const role of section.roles) {
          push(ctx, {
            role,
            relation: "EQUAL",
            other: s.role,
            condition: cond,
            quote: sentence,
            confidence: 0.65,
            reason: "sentence: equal in rank to",
          });
        }
      }
    }
    slashPair(ctx, sentence, section?.roles ?? []);
    const acts = ACTS_AS.exec(sentence.text);
    if (acts) {
      const subject = rolesIn(ctx, part(ctx, sentence, 0, acts.index));
      const other = named(ctx, part(ctx, sentence, acts.index + acts[0].length, sentence.text.length), true)[0];
      if (other && other.span.start - sentence.start - (acts.index + acts[0].length) <= 1) {
        for (const role of subject.length > 0 ? subject : (section?.roles ?? []))
          push(ctx, {
            role,
            relation: "EQUAL",
            other: other.role,
            condition,
            quote: sentence,
            confidence: 0.55,
            reason: `sentence: "${acts[0].trim()}" another role`,
          });
      }
    }
    placed(ctx, sentence);
  }
  const branch = ctx.structure.branch;
  if (branch) {
    // A title the branch sentence joins to a branch role ("the director/group product manager position") is on that branch too.
    const partners = (roles: string[]) => [
      ...roles,
      ...ctx.claims.identities
        .filter((x) => x.kind === "SAME_AS" && x.quote.start >= branch.sentence.start && x.quote.end <= branch.sentence.end)
        .flatMap((x) => (roles.includes(x.role) ? [x.other] : roles.includes(x.other) ? [x.role] : [])),
    ];
    for (const a of partners(branch.ic))
      for (const b of partners(branch.management)) {
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

/** "A Principal/Group Product Manager is the highest level": two roles of one section written as one subject. */
function slashPair(ctx: RuleContext, sentence: Span, sectionRoles: readonly string[]): void {
  for (const pair of slashPairs(ctx, sentence.text)) {
    const [a, b] = pair.roles as [string, string];
    if (!sectionRoles.includes(a) || !sectionRoles.includes(b) || identified(ctx, a, b)) continue;
    push(ctx, {
      role: a,
      relation: "EQUAL",
      other: b,
      condition: null,
      quote: sentence,
      confidence: 0.6,
      reason: `"${pair.text}" writes two roles of one rung as one subject`,
    });
  }
}

/**
 * "might still employ directors of product beneath these roles": the roles before "these roles" are
 * above; "the director of product sits below the VP of Product and above senior product managers":
 * each placement word with the role right after it, the subject the role right before the first.
 */
function placed(ctx: RuleContext, sentence: Span): void {
  const matches = [...sentence.text.matchAll(new RegExp(PLACED.source, "gi"))];
  const first = matches[0];
  if (!first?.[1]) return;
  const before = named(ctx, part(ctx, sentence, 0, first.index ?? 0), true);
  const subject = before.at(-1);
  // The subject, then at most a verb ("sits", "ranks", "is") before the placement word.
  const gap = sentence.text.slice(subject ? subject.span.end - sentence.start : 0, first.index ?? 0);
  if (!subject || !/^\s*(?:(?:sits?|ranks?|is|are|falls?|comes?|reports?|usually|often|just|directly)\s+){0,2}$/i.test(gap)) return;
  const condition = /^(.+?\b(?:team|teams|organi[sz]ations?|companies|businesses))\s+(?:might|may|can|could|will|often|usually)\b/i.exec(
    sentence.text.slice(0, subject.span.start - sentence.start),
  );
  for (const m of matches) {
    const word = (m[1] as string).toLowerCase();
    const relation: RankRelation = /^(?:above|over)$/.test(word) ? "ABOVE" : "BELOW";
    const at = (m.index ?? 0) + m[0].length;
    const refers = m[2] && /^(?:these|them)\b/i.test(m[2]);
    const others = refers
      ? before.slice(0, -1).map((s) => s.role)
      : named(ctx, part(ctx, sentence, at, sentence.text.length), true)
          .filter((s) => s.span.start - sentence.start - at <= 1)
          .slice(0, 1)
          .map((s) => s.role);
    for (const other of new Set(others))
      push(ctx, {
        role: subject.role,
        relation,
        other,
        condition: condition?.[1] ?? null,
        quote: sentence,
        confidence: 0.55,
        reason: `sentence: "${m[1]}" ${refers ? "the roles named before" : "the next role"}`,
      });
  }
}
