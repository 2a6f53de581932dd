import type { ManagementScope } from "../../claims/management.ts";
import { located, named, part, type RuleContext, speakingFor } from "../context.ts";
import type { Span } from "../types.ts";
import { slashPairs } from "./relativeRanks.ts";

/**
 * Management scope, from a sentence or bullet in a role's section (or naming the role): reports,
 * hiring, supervising (MANAGES_PEOPLE); mentoring, people development (MENTORS); leading or
 * overseeing teams (LEADS); "no reports", "rarely any people management" (NO_PEOPLE_MANAGEMENT).
 */

export const SCOPES: readonly [ManagementScope, RegExp][] = [
  [
    "NO_PEOPLE_MANAGEMENT",
    /\bno\s+(?:direct\s+)?reports\b|\brarely\s+any\s+people\s+management\b|\bless\s+on\s+team\s+oversight\b|\bthan\s+managing\s+people\b|\binvolvement\s+in\s+managing\s+people\b|\bwithout\s+(?:direct\s+)?reports\b|\bwithout\s+managing\s+(?:people|anyone|a\s+team)\b|\bnot\s+manage\s+people\b/i,
  ],
  [
    "MANAGES_PEOPLE",
    /\bdirect\s+reports\b|\breporting\s+to\s+(?:them|him|her|you)\b|\bmanag(?:e|es|ing)\s+(?:a\s+|the\s+)?(?:team|teams|people|product\s+managers|members|staff)\b|\bpeople\s+management\s+(?:track|responsibilities|duties)\b|\bsupervis(?:e|es|ing|or|ors)\b|\bsupervision\s+of\b|(?<!\b(?:relevant|new|other|the|of|recent|key|good|first|external|internal|senior|junior)\s)(?<!\b(?:firms|companies|businesses|organi[sz]ations|teams|employers|recruiters|managers)\s+(?:\w+\s+)?)\bhir(?:e|es|ing)\b(?!\s+(?:manager|process|committee))|\bhiring\s+of\b|\bperformance\s+reviews\b|\bauthority\s+over\b|\bunder\s+you\b|\bmanagement\s+duties\b/i,
  ],
  // "player/coach" names a track, not coaching anyone; mentors the reader has ("Mentors help", "find a mentor",
  // "your mentor") are not the role mentoring.
  [
    "MENTORS",
    /(?<!\b(?:a|your|their|find|seek|get|with|from|have|good)\s+)\bmentor(?:s|ing|ed)?\b(?!\s+(?:help|can|will|are|is|may|might|should|say|often|who|and\s+peers)\b)|(?<!player\s*\/\s*)\bcoach(?:es|ing)?\b|\bpeople\s+development\b/i,
  ],
  [
    "LEADS",
    /\blead(?:s|ing)?\s+(?:the\s+|a\s+|product\s+)?(?:\w+\s+)?(?:team|teams|people|product\s+managers)\b|\b(?:as|is|are|be|an?)\s+(?:the\s+)?team\s+leaders?\b|\bin\s+charge\s+of\s+leading\b|\bguide\w*\s+(?:and\s+\w+\s+)?(?:product\s+)?(?:management\s+)?teams\b|\boversee\w*\s+(?:organizing\s+)?(?:a\s+|the\s+)?team/i,
  ],
];

export function scopesOf(text: string): ManagementScope[] {
  const out: ManagementScope[] = [];
  for (const [scope, re] of SCOPES) if (re.test(text)) out.push(scope);
  return out.includes("NO_PEOPLE_MANAGEMENT") ? ["NO_PEOPLE_MANAGEMENT"] : out;
}

/** Sentences that teach or sell ("Discover how to lead product teams"), not say what a role does. */
const INSTRUCTIONAL = /^(?:discover|learn|find\s+out|sign\s+up|subscribe|join|read)\b|\bhow\s+to\s+(?:lead|manage|mentor|hire)\b/i;

export function draftManagement(ctx: RuleContext): void {
  for (const at of located(ctx)) {
    const { sentence } = at;
    // A readiness list names what a candidate shows before a step, not the scope of a role.
    if (at.region.kind === "readiness" || INSTRUCTIONAL.test(sentence.text)) continue;
    if (scopesOf(sentence.text).length === 0) continue;
    // "…: the X position, which is an individual contributor track; and the Y position, which is a people management
    // track": a clause that names its own roles speaks for them.
    const clauses = clausesOf(ctx, sentence);
    if (clauses.length > 1) {
      for (const c of clauses) {
        const scopes = scopesOf(c.span.text);
        for (const role of c.roles)
          for (const scope of scopes)
            push(ctx, role, scope, sentence, `${scope.toLowerCase().replaceAll("_", " ")} wording in a clause naming the role`);
      }
      continue;
    }
    const scopes = scopesOf(sentence.text);
    const own = speakingFor(at);
    // "Leading product managers … is the senior product managers' job": a role right after the verb is whom, not who.
    const subject = named(ctx, sentence)
      .filter((s) => s.span.start - sentence.start < 12)
      .filter(
        (s) =>
          !/\b(?:lead|leads|leading|manag(?:e|es|ing)|mentor(?:s|ing)?|supervis(?:e|es|ing)|hir(?:e|es|ing))\s+(?:the\s+|a\s+|other\s+|junior\s+)?$/i.test(
            ctx.text.slice(sentence.start, s.span.start),
          ),
      )
      .map((s) => s.role);
    const roles = subject.length > 0 ? subject.slice(0, 1) : own;
    for (const role of roles)
      for (const scope of scopes)
        push(
          ctx,
          role,
          scope,
          at.line.kind === "bullet" ? at.line.content : sentence,
          `${scope.toLowerCase().replaceAll("_", " ")} wording in ${subject.length > 0 ? "a sentence naming the role" : "the role's section"}`,
        );
  }
}

function push(ctx: RuleContext, role: string, scope: ManagementScope, quote: Span, reason: string): void {
  if (ctx.claims.management.some((m) => m.role === role && m.scope === scope && m.quote.start === quote.start)) return;
  ctx.claims.management.push({ role, scope, over: null, overRoles: [], count: null, condition: null, quote, confidence: 0.55, reason });
}

/** The clauses of a sentence split at semicolons, each with the roles it names (slash pairs as both roles). */
function clausesOf(ctx: RuleContext, sentence: Span): { span: Span; roles: string[] }[] {
  const out: { span: Span; roles: string[] }[] = [];
  let at = 0;
  for (const piece of sentence.text.split(";")) {
    const span = part(ctx, sentence, at, at + piece.length);
    at += piece.length + 1;
    const roles = named(ctx, span, true).map((s) => s.role);
    for (const pair of slashPairs(ctx, span.text)) for (const r of pair.roles) if (!roles.includes(r)) roles.push(r);
    out.push({ span, roles });
  }
  return out.length > 1 && out.every((c) => c.roles.length > 0) ? out : [];
}
