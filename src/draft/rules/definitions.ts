import { located, type RuleContext } from "../context.ts";
import type { Section } from "../structure.ts";
import type { Span } from "../types.ts";

/**
 * Definitions: one per role a section describes, in reading order; the heading is the title, the
 * rank comes from the section's place on the ladder (structure.ts), the summary is the section's
 * first plain sentence.
 */

/** A sentence that can sum a role up: a statement, not a question, a "Label: value" line or an aside opening "Well". */
export function summaryCandidate(sentence: string): boolean {
  if (sentence.endsWith("?") || sentence.split(/\s+/).length < 5) return false;
  if (/^[A-Z][\w ()/]{0,30}:\s/.test(sentence)) return false;
  return !/^(?:well|so|now|also|however|but|and)\b/i.test(sentence);
}

export function summaryOf(ctx: RuleContext, s: Section): Span {
  let fallback: Span | null = null;
  for (const at of located(ctx)) {
    if (at.section !== s || at.region.section !== s || at.region.kind !== "body") continue;
    if (at.line.kind !== "prose" || at.sentence.start < s.bodyStart) continue;
    fallback ??= at.sentence;
    if (summaryCandidate(at.sentence.text)) return at.sentence;
  }
  return fallback ?? s.heading;
}

const FOUND: Record<string, string> = {
  TITLE: "a title the sources already write",
  CANONICAL_NAME: "the catalogue's name",
  ABBREVIATION: "a known abbreviation",
  FUZZY: "a known title, by spelling",
  ARTICLE: "a title of this article",
  PROPOSED: "no catalogue role: proposed as a new one",
};

export function draftDefinitions(ctx: RuleContext): void {
  for (const s of ctx.structure.sections) {
    const summary = summaryOf(ctx, s);
    for (const role of s.roles) {
      const found = s.found.get(role) ?? "TITLE";
      const confidence = found === "PROPOSED" ? 0.45 : found === "FUZZY" ? 0.7 : s.roles.length > 1 ? 0.8 : 0.9;
      const where =
        s.rank === null
          ? "kept off the ladder (no rank)"
          : `rung ${s.rank} in reading order${s.branch ? ` on the ${s.branch} branch` : ""}`;
      ctx.claims.definitions.push({
        role,
        title: s.heading,
        rank: s.rank,
        track: s.tracks.get(role) ?? null,
        summary,
        years: null,
        salaryUsd: null,
        confidence,
        reason: `role section "${s.heading.text}" (${FOUND[found] ?? found}), ${where}; summary: the section's first plain sentence`,
      });
    }
  }
}
