import { stringify } from "yaml";
import type { Quote } from "../claims/vocabulary.ts";
import { type Problem, resolveClaims } from "../seed/corpus.ts";
import { type ArticleDraft, type DraftCatalog, type Drafted, LOW_CONFIDENCE, type Span } from "./types.ts";

/**
 * A draft as a claims file (seed/claims/<id>.yaml): the entries in the kinds' own shape, every
 * quote written as seed/CLAIMS.md asks (plain, or `{ text, occurrence }` when it occurs more than
 * once), each with its confidence and reason as a comment; and the validator's problems if the
 * draft were loaded as is.
 */

/** A span as a claims-file quote: its text, with its occurrence when the text holds it more than once. */
export function quoteOf(text: string, s: Span): Quote {
  let count = 0;
  let mine = 0;
  for (let at = text.indexOf(s.text); at !== -1; at = text.indexOf(s.text, at + 1)) {
    count++;
    if (at === s.start) mine = count;
  }
  return count <= 1 ? s.text : { text: s.text, occurrence: mine };
}

type Entry = Record<string, unknown>;
interface Section {
  key: string;
  entries: { entry: Entry; drafted: Drafted; notes: string[] }[];
}

function drop<T extends Entry>(o: T): T {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}

/** The draft's sections as claims-file entries (quotes resolved); low-confidence claims left out when `dropLow`. */
export function claimsFileSections(text: string, draft: ArticleDraft, options: { dropLow?: boolean } = {}): Section[] {
  const q = (s: Span) => quoteOf(text, s);
  const keep = (d: Drafted) => !options.dropLow || d.confidence >= LOW_CONFIDENCE;
  const c = draft.claims;
  const sections: Section[] = [
    {
      key: "roles",
      entries: c.definitions.filter(keep).map((d) => ({
        entry: drop({
          role: d.role,
          title: q(d.title),
          rank: d.rank,
          track: d.track?.value,
          trackQuote: d.track ? q(d.track.quote) : null,
          summary: q(d.summary),
          years:
            d.years && (!options.dropLow || d.years.confidence >= LOW_CONFIDENCE)
              ? { min: d.years.min, max: d.years.max, text: d.years.text, quote: q(d.years.quote) }
              : null,
          salaryUsd:
            d.salaryUsd && (!options.dropLow || d.salaryUsd.confidence >= LOW_CONFIDENCE)
              ? { amount: d.salaryUsd.amount, quote: q(d.salaryUsd.quote) }
              : null,
        }),
        drafted: d,
        notes: [
          d.years && `years ${d.years.confidence.toFixed(2)}: ${d.years.reason}`,
          d.salaryUsd && `salary ${d.salaryUsd.confidence.toFixed(2)}: ${d.salaryUsd.reason}`,
        ].filter((x): x is string => Boolean(x)),
      })),
    },
    {
      key: "mentions",
      entries: c.mentions.filter(keep).map((m) => ({ entry: { role: m.role, title: m.title, quote: q(m.quote) }, drafted: m, notes: [] })),
    },
    {
      key: "responsibilities",
      entries: c.responsibilities.filter(keep).map((r) => ({ entry: { role: r.role, quote: q(r.quote) }, drafted: r, notes: [] })),
    },
    {
      key: "skills",
      entries: c.skills.filter(keep).map((k) => ({
        entry: drop({
          skill: k.skill,
          role: k.role,
          step: k.step,
          classification: k.classification
            ? { text: k.classification.text, kind: k.classification.kind, quote: q(k.classification.quote) }
            : null,
          emphasis: k.emphasis ? { text: k.emphasis.text, level: k.emphasis.level, quote: q(k.emphasis.quote) } : null,
          quote: q(k.quote),
        }),
        drafted: k,
        notes: [],
      })),
    },
    {
      key: "promotions",
      entries: c.promotions
        .filter(keep)
        .map((p) => ({ entry: drop({ from: p.from, to: p.to, kind: p.kind, track: p.track, quote: q(p.quote) }), drafted: p, notes: [] })),
    },
    {
      key: "identities",
      entries: c.identities
        .filter(keep)
        .map((i) => ({ entry: { role: i.role, other: i.other, kind: i.kind, quote: q(i.quote) }, drafted: i, notes: [] })),
    },
    {
      key: "nonPromotions",
      entries: c.nonPromotions
        .filter(keep)
        .map((n) => ({ entry: drop({ from: n.from, to: n.to, quote: q(n.quote) }), drafted: n, notes: [] })),
    },
    {
      key: "readiness",
      entries: c.readiness.filter(keep).map((r) => ({ entry: { from: r.from, to: r.to, quote: q(r.quote) }, drafted: r, notes: [] })),
    },
    {
      key: "bands",
      entries: c.bands.filter(keep).map((b) => ({
        entry: drop({ role: b.role, band: b.band, level: b.level, condition: b.condition, quote: q(b.quote) }),
        drafted: b,
        notes: [],
      })),
    },
    {
      key: "management",
      entries: c.management.filter(keep).map((m) => ({
        entry: drop({
          role: m.role,
          scope: m.scope,
          over: m.over,
          overRoles: m.overRoles,
          count: m.count,
          condition: m.condition,
          quote: q(m.quote),
        }),
        drafted: m,
        notes: [],
      })),
    },
    {
      key: "relativeRanks",
      entries: c.relativeRanks.filter(keep).map((r) => ({
        entry: drop({ role: r.role, relation: r.relation, other: r.other, condition: r.condition, quote: q(r.quote) }),
        drafted: r,
        notes: [],
      })),
    },
    {
      key: "outsideRoles",
      entries: c.outsideRoles.filter(keep).map((o) => ({
        entry: drop({
          role: o.role,
          relation: o.relation,
          outsider: o.outsider,
          title: o.title,
          condition: o.condition,
          quote: q(o.quote),
        }),
        drafted: o,
        notes: [],
      })),
    },
  ];
  return sections;
}

function sourceEntry(text: string, draft: ArticleDraft): Entry {
  const s = draft.source;
  return drop({
    id: draft.id,
    // A claims file needs a title; with no heading found, the first line stands in (a reviewer fixes it).
    title: s.title ? quoteOf(text, s.title) : quoteOf(text, firstLine(text)),
    author: s.author ? quoteOf(text, s.author) : null,
    publisher: s.publisher ? quoteOf(text, s.publisher) : null,
    sha256: draft.sha256,
  });
}

function firstLine(text: string): Span {
  const m = /\S[^\n]*/.exec(text);
  const start = m?.index ?? 0;
  const body = (m?.[0] ?? text).trimEnd();
  return { start, end: start + body.length, text: body };
}

/** The claims file's data, as the loader would read it. */
export function claimsFileData(text: string, draft: ArticleDraft, options: { dropLow?: boolean } = {}): Entry {
  const out: Entry = { source: sourceEntry(text, draft) };
  for (const s of claimsFileSections(text, draft, options)) out[s.key] = s.entries.map((e) => e.entry);
  return out;
}

function comment(text: string): string {
  return `# ${text.replace(/\s+/g, " ")}`;
}

/** The claims file as text: every entry under a comment giving its confidence (LOW below 0.5) and reason. */
export function claimsFileText(text: string, draft: ArticleDraft, options: { dropLow?: boolean } = {}): string {
  const out: string[] = [
    `# Drafted by \`npm run draft\` from seed/sources/${draft.id}.txt: a draft for a person to review against the article.`,
    "# Each claim's comment gives the drafter's confidence (LOW: below 0.5, check it first or delete it) and the rule that fired.",
  ];
  if (draft.proposedRoles.length > 0 || draft.proposedSkills.length > 0) {
    out.push("# Titles and skills the catalogue does not know, proposed as new entries (append them to seed/catalog/ if right):");
    for (const r of draft.proposedRoles) out.push(`#   roles.yaml:  - id: ${r.id}  name: ${r.name}   (${r.reason})`);
    for (const k of draft.proposedSkills) out.push(`#   skills.yaml: - id: ${k.id}  name: ${k.name}  kind: ${k.kind}`);
  }
  out.push(stringify({ source: sourceEntry(text, draft) }, { lineWidth: 0 }).trimEnd(), "");
  for (const s of claimsFileSections(text, draft, options)) {
    if (s.entries.length === 0) {
      out.push(`${s.key}: []`, "");
      continue;
    }
    out.push(`${s.key}:`);
    for (const e of s.entries) {
      const low = e.drafted.confidence < LOW_CONFIDENCE ? "LOW " : "";
      out.push(`  ${comment(`${low}${e.drafted.confidence.toFixed(2)} · ${e.drafted.reason}`)}`);
      for (const n of e.notes) out.push(`  ${comment(n)}`);
      const body = stringify([e.entry], { lineWidth: 0 }).trimEnd();
      out.push(...body.split("\n").map((l) => `  ${l}`));
    }
    out.push("");
  }
  return `${out.join("\n")}\n`;
}

/** The validator's problems (src/seed/corpus.ts, as seed:check and addSource check) if the draft were loaded as is. */
export function draftProblems(text: string, draft: ArticleDraft, catalog: DraftCatalog, options: { dropLow?: boolean } = {}): Problem[] {
  const problems: Problem[] = [];
  const vocabulary = { roleIds: new Set(catalog.roles.map((r) => r.id)), skillIds: new Set(catalog.skills.map((k) => k.id)) };
  resolveClaims(
    claimsFileData(text, draft, options),
    `${draft.id}.yaml (draft)`,
    draft.id,
    Buffer.from(text, "utf8"),
    vocabulary,
    problems,
  );
  return problems;
}
