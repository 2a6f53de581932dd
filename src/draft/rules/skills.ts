import type { EmphasisLevel, SkillClass } from "../../claims/skill.ts";
import { type Located, located, named, type RuleContext, speakingFor } from "../context.ts";
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

/** A pattern for a catalogue skill's name and its word forms ("prioritizing" for Prioritization, "leader" for Leadership, "think critically" for Critical Thinking). */
export function skillPattern(name: string): RegExp {
  const stem = (w: string) => {
    if (w.length <= 4) return w;
    if (w.endsWith("ation")) return `${w.slice(0, -5)}\\w*`;
    if (w.endsWith("ing")) return `${w.slice(0, -3)}\\w*`;
    if (w.endsWith("ship")) return `${w.slice(0, -4)}(?:ship)?s?`;
    if (w.endsWith("ment")) return `${w.slice(0, -4)}\\w*`;
    if (w.endsWith("y") || w.endsWith("s") || w.endsWith("e")) return `${w.slice(0, -1)}\\w*`;
    return `${w}\\w*`;
  };
  const words = name
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  const forms = [words.map(stem).join("[\\s-]+")];
  // "Critical Thinking" is also "think critically", "thinking strategically".
  const [adjective, noun] = words;
  if (words.length === 2 && noun === "thinking" && adjective && /(?:ic|al|ive)$/.test(adjective))
    forms.push(`think(?:s|ing)?\\s+${adjective.replace(/e$/, "")}\\w*ly`);
  return new RegExp(`\\b(?:${forms.join("|")})\\b`, "gi");
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
  // One claim per skill and role (the validator refuses a second): the first naming.
  if (ctx.claims.skills.some((x) => x.skill === k.skill && x.role === k.role)) return;
  ctx.claims.skills.push(k);
}

/** Words that open a list of skill names: "skills such as", "knowledge of", "basics of", "A, B and C skills". */
const LIST_OPENER =
  /\b(?:skills?|competencies|techniques|practices)\b[^.:;]{0,40}?\b(?:such\s+as|like|including)\s+|\b(?:knowledge|basics)\s+of\s+/gi;
/** "communication and presentation skills": the names right before "skills". */
const BEFORE_SKILLS =
  /((?:[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,5}(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,5})\s+skills\b(?!\s*(?:,\s*)?(?:such\s+as|like|:))/i;
/** Words before a skill's name that say how good, not what: "strong communication", "sharp business acumen". */
const QUALITY =
  /^(?:(?:have|has|with|good|strong|great|excellent|solid|sharp|deep|basic|specialized|specialised|superb|highly|developed|effective|clear|some|both)\s+)+/i;
/** Words no skill's name holds: function words, and the words that classify skills rather than name them. */
const NOT_SKILL_WORDS =
  /\b(?:of|to|the|a|an|your|our|their|these|those|this|that|what|which|who|may|can|will|be|is|are|in|on|at|for|from|blend|mix|set|list|hard|soft|people|technical|transferable|core|key|other|specific|relevant|necessary|new|top|manager|managers|roles?|does|do|did|go|over|we|we'll|you'll|i)\b/i;
/** A list item that reads as a skill's name: one to three words, no article, no verb phrase. */
const ITEM_NAME = /^(?:[A-Za-z][a-z]+|[A-Z]{2,4})(?:[\s-]+(?:[A-Za-z][a-z]+|[A-Z]{2,4})){0,2}$/;
const NOT_A_NAME = /^(?:the|a|an|your|their|our|this|that|these|those|some|other|more|and|or|etc)\b|\b(?:and|or|etc)$/i;

/** Words that lead into a list's first name rather than belong to it: "Anyone with good", "You have strong". */
const GLUE =
  /^(?:anyone|someone|everyone|people|who|you|they|with|has|have|had|possess(?:es)?|need|needs|showing|show|good|strong|great|excellent|solid|sharp|deep|basic|superb|highly|developed|effective|clear|some|both|of|in|and|the|a|an|your|their|his|her)$/i;

/** A list piece without the words leading into it ("Anyone with good leadership" → "leadership"). */
function afterGlue(piece: string): string {
  const words = piece.split(/\s+/);
  let last = -1;
  for (const [i, w] of words.entries()) if (GLUE.test(w)) last = i;
  return words.slice(last + 1).join(" ");
}

/** The items of a list that opens in a sentence ("such as user research, time management, and curiosity"), each a span. */
export function listedItems(text: string, sentence: Span): Span[] {
  const out: Span[] = [];
  const before = BEFORE_SKILLS.exec(sentence.text);
  // Only a list of two names or more ("communication and presentation skills"), each a plain name.
  const pieces = before?.[1]?.split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/) ?? [];
  const names = pieces.map(afterGlue);
  if (before && pieces.length >= 2 && names.every((x) => x.length > 0 && !NOT_SKILL_WORDS.test(x) && x.split(/\s+/).length <= 4)) {
    let at = before.index;
    for (const [i, piece] of pieces.entries()) {
      const offset = sentence.text.indexOf(piece, at);
      if (offset < 0 || piece.length === 0) continue;
      at = offset + piece.length;
      // "Anyone with good leadership": the words after the glue name the skill.
      const item = names[i] as string;
      const start = sentence.start + offset + piece.length - item.length;
      out.push({ start, end: start + item.length, text: text.slice(start, start + item.length) });
    }
  }
  for (const m of sentence.text.matchAll(LIST_OPENER)) {
    const from = (m.index ?? 0) + m[0].length;
    const rest = sentence.text.slice(from);
    const end = /[.;:!?)—]|\s+(?:to|for|that|which|with|when|so|is|are|will|in\s+order)\s/i.exec(rest)?.index ?? rest.length;
    let at = from;
    for (const piece of rest.slice(0, end).split(/,\s*|\s+(?:and|or|and\/or)\s+/)) {
      const offset = sentence.text.indexOf(piece, at);
      if (offset < 0 || piece.length === 0) continue;
      at = offset + piece.length;
      const item = piece.replace(/^(?:and|or)\s+/i, "").trim();
      const start = sentence.start + sentence.text.indexOf(item, offset);
      out.push({ start, end: start + item.length, text: text.slice(start, start + item.length) });
    }
  }
  return out;
}

/** A proposed skill's name from a list item or a bullet's head: "finances" → "finance", "Flexibility in approach" → "Flexibility". */
export function skillName(item: string): string | null {
  const name = item
    .replace(/^(?:an?\s+)?(?:(?:basic\s+|good\s+|deep\s+)?understanding\s+of\s+)?/i, "")
    .replace(/\s+(?:in|of|for|with)\s+\w+$/i, "")
    .replace(/\s+skills?$/i, "")
    .trim();
  if (!ITEM_NAME.test(name) || NOT_A_NAME.test(name) || /ing\s/i.test(name.split(/\s+/).length > 1 ? `${name.split(/\s+/)[0]} ` : ""))
    return null;
  // A plural the catalogue would write singular: "finances" → "finance" (not "analytics", "methodologies", "business").
  return /(?:ies|ss|us|is|ics|sales)$/i.test(name) ? name : name.replace(/([^s])s$/i, "$1");
}

/** The roles a readiness list's skills belong to: the role stepped into (one of two titles the article says are one role). */
function readinessRoles(ctx: RuleContext, at: Located): string[] {
  const to = at.region.to;
  if (to.length < 2) return to;
  const inSentence = named(ctx, at.line.content, true)
    .map((s) => s.role)
    .filter((r) => to.includes(r));
  if (inSentence.length > 0) return inSentence.slice(0, 1);
  const same = ctx.claims.identities.some((x) => x.kind === "SAME_AS" && to.includes(x.role) && to.includes(x.other));
  return same ? to.slice(0, 1) : to;
}

/** The role a general stretch about skills is for: one role its heading or list intro names ("Skills To Be A Successful Product Manager"). */
function headingRole(ctx: RuleContext, at: Located, intro: Line | null): string | null {
  for (const where of [intro?.content, at.region.heading]) {
    if (!where) continue;
    const roles = [...new Set(named(ctx, where, true).map((s) => s.role))];
    if (roles.length === 1) return roles[0] as string;
  }
  return null;
}

export function draftSkills(ctx: RuleContext): void {
  // Longest names first, so "Data Science Budgeting" is not also "Budgeting".
  const patterns = ctx.catalog.skills
    .map((s) => ({ id: s.id, re: skillPattern(s.name) }))
    .sort((a, b) => b.re.source.length - a.re.source.length);
  for (const at of located(ctx)) {
    const { sentence, line } = at;
    const intro = line.kind === "bullet" ? listIntro(ctx, line) : null;
    const introSkills = intro ? /\bskills?\b|competenc/i.test(intro.content.text) : false;
    const inList = line.kind === "bullet" && (at.region.kind === "skills" || introSkills);
    const readiness = at.region.kind === "readiness" && at.region.to.length > 0;
    if (!inList && !(readiness && line.kind === "bullet") && !SKILL_CONTEXT.test(sentence.text)) continue;
    if (line.kind === "heading") continue;
    const quote: Span = inList || (readiness && line.kind === "bullet") ? line.content : sentence;
    if ((inList || (readiness && line.kind === "bullet")) && line.sentences[0] !== sentence) continue;
    const classified = classificationOf(quote.text) ?? (intro ? classificationOf(intro.content.text) : null);
    const classificationQuote = classificationOf(quote.text) ? sentence : (intro?.sentences.find((s) => classificationOf(s.text)) ?? null);
    const own = speakingFor(at);
    // The sentence's subject when it opens with one role ("A CPO needs …"), not "Becoming a product manager" nor "Successful product managers".
    const subject = named(ctx, sentence).filter(
      (s) =>
        s.span.start - sentence.start < 12 &&
        !/s$/.test(s.span.text) &&
        !/\bbecom\w*\s+(?:an?\s+)?$/i.test(ctx.text.slice(sentence.start, s.span.start)),
    );
    // Skills brought from other work ("transferable skills from other areas") are nobody's rung.
    const role: (string | null)[] = classified?.text.toLowerCase().startsWith("transferable")
      ? [null]
      : readiness
        ? readinessRoles(ctx, at)
        : own.length > 0
          ? own
          : subject.length === 1
            ? [(subject[0] as { role: string }).role]
            : [headingRole(ctx, at, inList ? intro : null)];
    const emphasis = emphasisOf(quote.text);
    // A sentence that only introduces a list ("In regards to hard skills, here are some:") names no skill itself.
    if (/:$/.test(sentence.text) && !inList) continue;
    // Listed names: a catalogue skill when one matches the whole item, else proposed ("design thinking" is not "design").
    const sentences = quote === sentence ? [sentence] : line.sentences;
    const listed = sentences.flatMap((x) => listedItems(ctx.text, x));
    const titles = ctx.index.spot(ctx.text, quote).map((t) => t.span);
    const masked = mask(quote, [...titles, ...listed.filter((i) => !wholeSkill(patterns, i.text))]);
    // A readiness sign "You're a leader: …" names its skill in its head; the rest counts where it speaks of skills.
    const colon = readiness && line.kind === "bullet" ? quote.text.indexOf(":") : -1;
    const found =
      colon > 0
        ? [
            ...catalogueSkills(patterns, masked.slice(0, colon)),
            ...(SKILL_CONTEXT.test(quote.text.slice(colon)) ? catalogueSkills(patterns, masked.slice(colon)) : []),
          ]
        : catalogueSkills(patterns, masked);
    const items: { id: string; at: Span }[] = [...new Set(found)].map((id) => ({ id, at: quote }));
    const proposals = listed.filter((i) => !wholeSkill(patterns, i.text));
    if (inList && found.length === 0 && proposals.length === 0) {
      const head = /^([A-Za-z][A-Za-z -]{2,40}?)[.:]/.exec(line.content.text);
      if (head?.[1]) proposals.push({ start: line.content.start, end: line.content.start + head[1].length, text: head[1] });
    }
    for (const item of proposals) {
      const name = skillName(item.text);
      if (!name) continue;
      const id = slugify(name);
      if (!ctx.catalog.skills.some((k) => k.id === id) && !ctx.proposedSkills.has(id))
        ctx.proposedSkills.set(id, {
          id,
          name: titleCase(name.toLowerCase()),
          kind: classified?.kind === "HARD" ? "HARD" : "SOFT",
          quote: item,
          reason: `item of a list of skills ("${item.text}") that no catalogue skill matches`,
        });
      if (!items.some((x) => x.id === id)) items.push({ id, at: quote });
    }
    for (const { id: skill } of items) {
      for (const r of role) {
        const proposed = ctx.proposedSkills.has(skill);
        push(ctx, {
          skill,
          role: r,
          step: readiness && r ? stepInto(at, r) : null,
          classification:
            classified && classificationQuote ? { text: classified.text, kind: classified.kind, quote: classificationQuote } : null,
          emphasis: emphasis ? { text: emphasis.text, level: emphasis.level, quote } : null,
          quote,
          confidence: proposed ? 0.4 : inList || readiness ? 0.65 : 0.6,
          reason: proposed
            ? "item of a list of skills: proposed as a new catalogue skill"
            : `catalogue skill named ${readiness ? "in a readiness sign" : inList ? "in a list of skills" : "where the sentence speaks of skills"}${r ? ` (role: ${readiness ? "the role stepped into" : own.length > 0 ? "its section" : "named in the sentence or heading"})` : ""}`,
        });
      }
    }
  }
}

function stepInto(at: Located, role: string): { from: string; to: string } | null {
  const from = at.region.from[0];
  return from ? { from, to: role } : null;
}

/** Whether a listed item is one catalogue skill as a whole ("time management"), not one with more words ("design thinking"). */
function wholeSkill(patterns: readonly { id: string; re: RegExp }[], item: string): boolean {
  const name = item.replace(QUALITY, "").trim();
  return patterns.some((p) => [...name.matchAll(p.re)].some((m) => m[0].length >= name.length - 1));
}

/** The quote's text with some spans blanked out (same length, so offsets hold). */
function mask(quote: Span, spans: readonly Span[]): string {
  let text = quote.text;
  for (const x of spans) {
    const from = x.start - quote.start;
    const to = x.end - quote.start;
    if (from < 0 || to > text.length) continue;
    text = text.slice(0, from) + " ".repeat(to - from) + text.slice(to);
  }
  return text;
}

/** Catalogue skills named in a text (patterns longest first), in reading order; "A, B and C skills" keeps the list before "skills". */
function catalogueSkills(patterns: readonly { id: string; re: RegExp }[], text: string): string[] {
  const hits: { id: string; start: number; end: number }[] = [];
  for (const p of patterns) {
    for (const m of text.matchAll(p.re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      hits.push({ id: p.id, start, end });
    }
  }
  const list = BEFORE_SKILLS.exec(text);
  const before = list?.[1]
    ? hits.filter((h) => h.start >= (list.index ?? 0) && h.end <= (list.index ?? 0) + (list[1] as string).length)
    : [];
  const kept = before.length > 0 ? before : hits;
  return [...new Set(kept.sort((a, b) => a.start - b.start).map((h) => h.id))];
}
