import type { EmphasisLevel, SkillClass } from "../../claims/skill.ts";
import { located, named, type RuleContext, speakingFor } from "../context.ts";
import type { Line } from "../document.ts";
import { slugify, titleCase } from "../roles.ts";
import type { DraftSkill, Span } from "../types.ts";

/**
 * Skills: catalogue skills named where a sentence speaks of skills ("skills", "knowledge of",
 * "ability to", "necessary to succeed", "is key"…), and the items of a bullet list of skills (new
 * ones proposed for the catalogue). A skill in a role's section, or in a sentence naming one role,
 * is that role's; the article's classification ("soft skills", "hard and soft skills") and emphasis
 * ("the top skill", "is key") come along.
 */

export const SKILL_CONTEXT =
  /\bskills?\b|\bknowledge\s+of\b|\bable\s+to\b|\bability\s+to\b|\bcompetenc|\bexpertise\b|\bnecessary\s+to\s+succeed\b|\bgood\s+at\b|\bis\s+key\b|\bessential\b|\bcritical\s+(?:for|to)\b|\bcrucial\b|\bmost\s+important\b|\bproficien|\brequire[sd]?\b/i;
const CLASSIFICATION =
  /\b(hard and soft skills|soft and hard skills|soft skills|hard skills|transferable skills|in-depth knowledge|technical skills)\b/i;
const EMPHASIS =
  /\b(the top skill|the most important(?: skill)?|necessary to succeed(?: in this position)?|is key|are key|essential|crucial)\b/i;

/** A pattern for a catalogue skill's name and its word forms ("prioritizing" for Prioritization). */
export function skillPattern(name: string): RegExp {
  const stem = (w: string) => {
    if (w.length <= 4) return w;
    if (w.endsWith("ation")) return `${w.slice(0, -5)}\\w*`;
    if (w.endsWith("ing")) return `${w.slice(0, -3).replace(/(.)\1$/, "$1")}\\w*`;
    if (w.endsWith("ship")) return `${w}s?`;
    if (w.endsWith("y") || w.endsWith("s") || w.endsWith("e")) return `${w.slice(0, -1)}\\w*`;
    return `${w}\\w*`;
  };
  const words = name
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  return new RegExp(`\\b${words.map(stem).join("[\\s-]+")}\\b`, "gi");
}

export function classificationOf(text: string): { text: string; kind: SkillClass } | null {
  const m = CLASSIFICATION.exec(text);
  if (!m?.[1]) return null;
  const t = m[1].toLowerCase();
  const kind: SkillClass = /hard and soft|soft and hard/.test(t)
    ? "MIXED"
    : t.startsWith("soft")
      ? "SOFT"
      : /hard|technical/.test(t)
        ? "HARD"
        : "OTHER";
  return { text: m[1], kind };
}

export function emphasisOf(text: string): { text: string; level: EmphasisLevel } | null {
  const m = EMPHASIS.exec(text);
  if (!m?.[1]) return null;
  return { text: m[1], level: /top|most important/i.test(m[1]) ? "TOP" : "KEY" };
}

/** The prose line a bullet list hangs from ("…include the following:"). */
function listIntro(ctx: RuleContext, line: Line): Line | null {
  for (let i = line.index - 1; i >= 0; i--) {
    const l = ctx.doc.lines[i];
    if (!l || l.kind === "blank" || l.kind === "bullet") continue;
    return l.kind === "prose" ? l : null;
  }
  return null;
}

function push(ctx: RuleContext, k: DraftSkill): void {
  if (ctx.claims.skills.some((x) => x.skill === k.skill && x.role === k.role)) return;
  ctx.claims.skills.push(k);
}

export function draftSkills(ctx: RuleContext): void {
  const patterns = ctx.catalog.skills.map((s) => ({ id: s.id, re: skillPattern(s.name) }));
  for (const at of located(ctx)) {
    const { sentence, line } = at;
    const intro = line.kind === "bullet" ? listIntro(ctx, line) : null;
    const introSkills = intro ? /\bskills?\b|competenc/i.test(intro.content.text) : false;
    const inList = line.kind === "bullet" && (at.region.kind === "skills" || introSkills);
    if (!inList && !SKILL_CONTEXT.test(sentence.text)) continue;
    const quote: Span = inList ? line.content : sentence;
    if (inList && sentence.start !== line.content.start && line.sentences[0] !== sentence) continue;
    const own = speakingFor(at);
    const roles = named(ctx, sentence).map((s) => s.role);
    const role = own.length > 0 ? own : roles.length === 1 ? roles : [null];
    const classified = classificationOf(sentence.text) ?? (intro ? classificationOf(intro.content.text) : null);
    const classificationQuote = classificationOf(sentence.text)
      ? sentence
      : (intro?.sentences.find((s) => classificationOf(s.text)) ?? null);
    const emphasis = emphasisOf(sentence.text);
    // Longest names first, so "Data Science Budgeting" is not also "Budgeting".
    const taken: [number, number][] = [];
    const firstAt = new Map<string, number>();
    // "A, B and C skills are …": the list before "skills" is what names them.
    const listEnd = /\bskills\b/i.exec(quote.text)?.index ?? quote.text.length;
    for (const p of [...patterns].sort((a, b) => b.re.source.length - a.re.source.length)) {
      for (const m of quote.text.matchAll(p.re)) {
        const s = m.index ?? 0;
        const e = s + m[0].length;
        if (listEnd < quote.text.length && s > listEnd && taken.length > 0) continue;
        if (taken.some(([a, b]) => s < b && e > a)) continue;
        taken.push([s, e]);
        if (!firstAt.has(p.id)) firstAt.set(p.id, s);
      }
    }
    const found = [...firstAt.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
    if (found.length === 0 && inList) {
      const head = /^([A-Za-z][A-Za-z -]{2,40}?)[.:]/.exec(line.content.text);
      const name = head?.[1]?.replace(/^(?:an?\s+)?(?:understanding\s+of\s+)?/i, "").trim();
      if (name && name.split(/\s+/).length <= 4) {
        const id = slugify(name);
        if (!ctx.catalog.skills.some((s) => s.id === id)) {
          ctx.proposedSkills.set(id, {
            id,
            name: titleCase(name.toLowerCase()),
            kind: classified?.kind === "HARD" ? "HARD" : "SOFT",
            quote: line.content,
            reason: "item of a list of skills that no catalogue skill matches",
          });
        }
        found.push(id);
      }
    }
    for (const skill of found) {
      for (const r of role) {
        const proposed = ctx.proposedSkills.has(skill);
        push(ctx, {
          skill,
          role: r,
          step: null,
          classification:
            classified && classificationQuote ? { text: classified.text, kind: classified.kind, quote: classificationQuote } : null,
          emphasis: emphasis ? { text: emphasis.text, level: emphasis.level, quote: sentence } : null,
          quote,
          confidence: proposed ? 0.4 : inList ? 0.7 : 0.6,
          reason: proposed
            ? "item of a list of skills: proposed as a new catalogue skill"
            : `catalogue skill named ${inList ? "in a list of skills" : "where the sentence speaks of skills"}${r ? ` (role: ${own.length > 0 ? "its section" : "named in the sentence"})` : ""}`,
        });
      }
    }
  }
}
