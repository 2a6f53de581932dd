import type { ManagementScope } from "../../claims/management.ts";
import { located, named, type RuleContext, speakingFor } from "../context.ts";

/**
 * Management scope, from a sentence or bullet in a role's section (or naming the role): reports,
 * hiring, supervising (MANAGES_PEOPLE); mentoring, people development (MENTORS); leading or
 * overseeing teams (LEADS); "no reports", "rarely any people management" (NO_PEOPLE_MANAGEMENT).
 */

export const SCOPES: readonly [ManagementScope, RegExp][] = [
  [
    "NO_PEOPLE_MANAGEMENT",
    /\bno\s+(?:direct\s+)?reports\b|\brarely\s+any\s+people\s+management\b|\bless\s+on\s+team\s+oversight\b|\bthan\s+managing\s+people\b|\binvolvement\s+in\s+managing\s+people\b|\bwithout\s+(?:direct\s+)?reports\b|\bnot\s+manage\s+people\b/i,
  ],
  [
    "MANAGES_PEOPLE",
    /\bdirect\s+reports\b|\breporting\s+to\s+(?:them|him|her|you)\b|\bmanag(?:e|es|ing)\s+(?:a\s+|the\s+)?(?:team|teams|people|product\s+managers|members|staff)\b|\bpeople\s+management\s+(?:track|responsibilities|duties)\b|\bsupervis\w*|\bhires?\b|\bhiring\s+of\b|\bperformance\s+reviews\b|\bauthority\s+over\b|\bunder\s+you\b|\bmanagement\s+duties\b/i,
  ],
  ["MENTORS", /\bmentor\w*|\bcoach(?:es|ing)?\b|\bpeople\s+development\b/i],
  [
    "LEADS",
    /\blead(?:s|ing)?\s+(?:the\s+|a\s+|product\s+)?(?:\w+\s+)?(?:team|teams|people|product\s+managers)\b|\bteam\s+leaders?\b|\bin\s+charge\s+of\s+leading\b|\bguide\w*\s+(?:and\s+\w+\s+)?(?:product\s+)?(?:management\s+)?teams\b|\boversee\w*\s+(?:organizing\s+)?(?:a\s+|the\s+)?team/i,
  ],
];

export function scopesOf(text: string): ManagementScope[] {
  const out: ManagementScope[] = [];
  for (const [scope, re] of SCOPES) if (re.test(text)) out.push(scope);
  return out.includes("NO_PEOPLE_MANAGEMENT") ? ["NO_PEOPLE_MANAGEMENT"] : out;
}

export function draftManagement(ctx: RuleContext): void {
  for (const at of located(ctx)) {
    const { sentence } = at;
    const scopes = scopesOf(sentence.text);
    if (scopes.length === 0) continue;
    const own = speakingFor(at);
    const subject = named(ctx, sentence)
      .filter((s) => s.span.start - sentence.start < 12)
      .map((s) => s.role);
    const roles = subject.length > 0 ? subject.slice(0, 1) : own;
    for (const role of roles) {
      for (const scope of scopes) {
        if (ctx.claims.management.some((m) => m.role === role && m.scope === scope && m.quote.start === sentence.start)) continue;
        ctx.claims.management.push({
          role,
          scope,
          over: null,
          overRoles: [],
          count: null,
          condition: null,
          quote: at.line.kind === "bullet" ? at.line.content : sentence,
          confidence: 0.55,
          reason: `${scope.toLowerCase().replaceAll("_", " ")} wording in ${subject.length > 0 ? "a sentence naming the role" : "the role's section"}`,
        });
      }
    }
  }
}
