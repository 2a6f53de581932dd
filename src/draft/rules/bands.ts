import { bandNameKey } from "../../claims/band.ts";
import { located, named, part, type RuleContext, sectionOf, speakingFor } from "../context.ts";
import { bandLevel } from "../structure.ts";
import type { DraftBand, Span } from "../types.ts";

/**
 * Bands: a band heading over role sections ("Entry-level Product manager positions", "Other
 * Product Roles"), a band word in a role's own heading ("Mid-Level Product Manager"), a tier word
 * right before a title or after "is a" ("a mid-level product manager", "is a C-level executive",
 * "this is an executive position"), and "not strictly part of the … hierarchy" (off the ladder).
 */

export const TIER =
  /\b(entry[-\s]level|mid[-\s]level|senior[-\s]level|senior level|C-level executive|executive position|executive team|higher-level executive functions|senior managers|senior leadership|product leadership|leadership team)\b/gi;
/** A label line in a role's section that names its tier: "Roles: Executive", "Level: Mid-level". */
export const TIER_LABEL =
  /^(?:Roles?|Level|Tier|Band)\s*:\s*(Executive|Leadership|Entry[-\s]level|Mid[-\s]level|Senior[-\s]level|C-level)\b/i;

function push(ctx: RuleContext, b: DraftBand): void {
  const level = ctx.claims.bands.find((x) => bandNameKey(x.band) === bandNameKey(b.band))?.level;
  if (level && level !== b.level) b = { ...b, level };
  if (ctx.claims.bands.some((x) => x.role === b.role && x.level === b.level && x.quote.start === b.quote.start)) return;
  ctx.claims.bands.push(b);
}

export function draftBands(ctx: RuleContext): void {
  for (const s of ctx.structure.sections) {
    for (const role of s.roles) {
      if (s.band)
        push(ctx, {
          role,
          band: s.band.name,
          level: s.band.level,
          condition: null,
          quote: s.band.quote,
          confidence: 0.8,
          reason: `band heading "${s.band.quote.text}" above the role's section`,
        });
      const own = /^(mid[-\s]level|entry[-\s]level)\b/i.exec(s.heading.text);
      if (own?.[1])
        push(ctx, {
          role,
          band: own[1],
          level: bandLevel(own[1]),
          condition: null,
          quote: s.heading,
          confidence: 0.7,
          reason: `band word in the role's heading "${s.heading.text}"`,
        });
    }
  }
  for (const off of ctx.structure.offLadder) {
    const phrase = /\bnot\s+(?:strictly\s+)?(?:part\s+of|on)\s+the\b.*?\b(?:hierarchy|ladder)\b/i.exec(off.sentence.text);
    if (!phrase) continue;
    for (const role of off.roles)
      push(ctx, {
        role,
        band: phrase[0],
        level: "OFF_LADDER",
        condition: null,
        quote: off.sentence,
        confidence: 0.75,
        reason: "sentence keeps the role off the ladder",
      });
  }
  for (const at of located(ctx)) {
    const { sentence } = at;
    // Headings are the band-heading rule's and the role-heading rule's.
    if (at.line.kind === "heading") continue;
    const label = TIER_LABEL.exec(sentence.text);
    if (label?.[1]) {
      for (const role of speakingFor(at))
        push(ctx, {
          role,
          band: label[1],
          level: bandLevel(label[1]),
          condition: null,
          quote: sentence,
          confidence: 0.6,
          reason: `band: a label line in the role's section names its tier ("${label[0]}")`,
        });
    }
    for (const m of sentence.text.matchAll(TIER)) {
      const word = m[1] as string;
      const start = m.index ?? 0;
      const after = sentence.text.slice(start + word.length);
      const before = sentence.text.slice(0, start);
      let roles: string[] = [];
      let how = "";
      const next = named(ctx, part(ctx, sentence, start + word.length, Math.min(sentence.text.length, start + word.length + 40)));
      const first = next[0];
      if (first && first.span.start - (sentence.start + start + word.length) <= 2) {
        const rest = ctx.text.slice(first.span.end, first.span.end + 12);
        // "a mid-level product manager" where the role's own heading is "Mid-Level Product Manager": the title, already banded;
        // "these entry-level product manager roles": a kind of job, not the role.
        const ownHeading = sectionOf(ctx, first.role)
          ?.heading.text.toLowerCase()
          .replace(/\s+/g, " ")
          .startsWith(word.toLowerCase().replace(/\s+/g, " "));
        if (!ownHeading && !/^\s*(?:roles|positions|jobs)\b/i.test(rest)) {
          roles = [first.role];
          how = "tier word right before the title";
        }
      } else if (
        /\b(?:are|is|'re|’re)\s+(?:often\s+|usually\s+|generally\s+)?considered\s+(?:the\s+|an?\s+|part\s+of\s+(?:the\s+)?)?$/i.test(before)
      ) {
        // The subject of its own clause: "…, but they're often considered product leadership" is the section's roles.
        const clause = Math.max(0, ...[...before.matchAll(/[,;]|\bbut\b/g)].map((x) => (x.index ?? 0) + x[0].length));
        const subject = named(ctx, part(ctx, sentence, clause, start));
        roles = subject.length > 0 ? [(subject.at(-1) as { role: string }).role] : speakingFor(at);
        how = '"considered" + tier word';
      } else if (/\b(?:reached|reach|reaching|at)\s+the\s*$/i.test(before) && /^\s*level\b|level$/i.test(after.slice(0, 6) + word)) {
        roles = speakingFor(at);
        how = '"reached the … level" in the role\'s section';
      } else if (/\b(?:in|on|of)\s+(?:their|its|the|an?)\s*$/i.test(before)) {
        // "product VPs and/or CPOs in their executive team": the roles right before.
        const subject = named(ctx, part(ctx, sentence, 0, start));
        const lastEnd = subject.at(-1)?.span.end ?? -1;
        const gap = sentence.start + start - lastEnd;
        if (lastEnd >= 0 && gap <= 16) {
          const joined = subject.filter(
            (s, i) =>
              i === subject.length - 1 ||
              /^\s*(?:,|and|or|and\/or|\/)\s*$/.test(ctx.text.slice(s.span.end, (subject[i + 1] as { span: Span }).span.start)),
          );
          roles = joined.map((s) => s.role);
          how = 'the roles right before "in their" + tier word';
        }
      } else if (/\b(?:is|are)\s+(?:an?|the)\s*$/i.test(before)) {
        const subject = named(ctx, part(ctx, sentence, 0, start));
        roles =
          subject.length > 0 ? [(subject.at(-1) as { role: string }).role] : /\bthis\b/i.test(before) ? (at.section?.roles ?? []) : [];
        how = '"is a" + tier word';
      } else if (
        /^\s+(?:position\s+)?is\s+(?:an?|the)\b/i.test(after) ||
        /^\s*(?:positions?|roles?|functions?|titles?|jobs?)?,?\s+(?:such\s+as|like|including)\b/i.test(after)
      ) {
        roles = named(ctx, part(ctx, sentence, start + word.length, sentence.text.length)).map((s) => s.role);
        how = "tier word naming the roles that follow";
      }
      const quote: Span = sentence;
      for (const role of roles)
        push(ctx, {
          role,
          band: word,
          level: bandLevel(word),
          condition: null,
          quote,
          confidence: 0.55,
          reason: `band: ${how} ("${word}")`,
        });
    }
  }
}
