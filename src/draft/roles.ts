import { initials, normalizeTitle, parentheticalAbbreviations, type TitleEvidence, titleParts, titleWords } from "../domain/titles.ts";
import { fuzzyMatchTitles } from "../search/fuzzyTitles.ts";
import type { DraftCatalog, Span } from "./types.ts";

/**
 * Titles to catalogue roles: the catalogue's names, the titles the sources already write, and
 * abbreviations, compared after normalising (case, punctuation, "of", "Sr." = "Senior"); then, by
 * spelling, fuse.js (src/search/fuzzyTitles.ts), accepted only when every word is a near miss of a
 * word of the match, so "Product Manager Intern" never becomes "Product Manager". A title that maps
 * to nothing is `null`: the caller proposes a new role.
 */

export interface Resolved {
  role: string;
  by: "TITLE" | "CANONICAL_NAME" | "ABBREVIATION" | "FUZZY" | "ARTICLE";
  /** The known title it matched. */
  matched: string;
}

export interface Spotted {
  role: string;
  span: Span;
}

/** Words before a title that name its band, not the role: "Mid-Level Product Manager" is the Product Manager. */
const BAND_QUALIFIER = /^(?:mid[-\s]?level|mid|intermediate)\s+/i;

/** A heading or phrase cut down to the title: no "(APM)", no band qualifier, no trailing "role"/"position". */
export function cleanTitle(title: string): string {
  return title
    .replace(/\([^)]*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(BAND_QUALIFIER, "")
    .replace(/\s+(?:roles?|positions?|titles?|track)$/i, "")
    .trim();
}

export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Title case for a proposed role's name ("product manager intern" → "Product Manager Intern"). */
export function titleCase(text: string): string {
  return text.replace(/\b([a-z])([a-z]*)/g, (_m, a: string, b: string) => a.toUpperCase() + b);
}

/** Edit distance counting a swap of two neighbouring letters as one edit ("senoir" is one from "senior", "junior" two). */
export function typoDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** Whether every word of `a` is a near miss of a distinct word of `b` (same number of words). */
export function wordsNearlyEqual(a: string, b: string): boolean {
  const wa = titleWords(a).sort();
  const wb = titleWords(b).sort();
  if (wa.length !== wb.length || wa.length === 0) return false;
  const left = [...wb];
  for (const w of wa) {
    let best = -1;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const [i, v] of left.entries()) {
      const d = typoDistance(w, v);
      if (d < bestDistance) {
        best = i;
        bestDistance = d;
      }
    }
    const allowed = w.length <= 4 ? 0 : w.length <= 7 ? 1 : 2;
    if (best === -1 || bestDistance > allowed) return false;
    left.splice(best, 1);
  }
  return true;
}

const FILLER_WORDS = new Set(["of", "the", "and"]);

export class RoleIndex {
  private readonly byKey = new Map<string, Map<string, Resolved>>();
  private readonly abbreviations = new Map<string, string | null>();
  private readonly vocabulary = new Set<string>();
  private readonly evidence: TitleEvidence[] = [];
  readonly names: Map<string, string>;
  readonly outsiders: Set<string>;

  constructor(catalog: DraftCatalog) {
    this.names = new Map(catalog.roles.map((r) => [r.id, r.name]));
    this.outsiders = new Set(catalog.roles.filter((r) => r.outsideLadder).map((r) => r.id));
    for (const r of catalog.roles) {
      this.add(r.id, r.name, "CANONICAL_NAME");
      const abbr = initials(r.name);
      if (abbr && abbr.length >= 2) this.addAbbreviation(abbr, r.id);
    }
    for (const t of catalog.titles) {
      const name = this.names.get(t.role);
      if (name === undefined) continue;
      const parts = titleParts(t.title);
      const own = parts.filter((p) => normalizeTitle(p) === normalizeTitle(name));
      for (const p of own.length > 0 ? own : parts.length > 0 ? [] : [t.title]) this.add(t.role, cleanTitle(p), "TITLE");
      for (const a of parentheticalAbbreviations(t.title)) this.addAbbreviation(a, t.role);
    }
  }

  private add(role: string, title: string, by: Resolved["by"]): void {
    const key = normalizeTitle(title);
    if (key.length === 0) return;
    const roles = this.byKey.get(key) ?? new Map<string, Resolved>();
    if (!roles.has(role)) roles.set(role, { role, by, matched: title });
    this.byKey.set(key, roles);
    for (const w of titleWords(title)) this.vocabulary.add(w);
    // "Vice President" is written out as often as "VP".
    if (this.vocabulary.has("vp")) for (const v of ["vice", "president"]) this.vocabulary.add(v);
    this.evidence.push({
      role,
      name: this.names.get(role) ?? title,
      title,
      evidence: { source: "catalogue", quote: title, start: 0, end: 0, note: null },
    });
  }

  private addAbbreviation(abbr: string, role: string): void {
    const key = abbr.toLowerCase();
    const known = this.abbreviations.get(key);
    // Two roles with one abbreviation (principal and platform PM are both "PPM"): neither gets it.
    this.abbreviations.set(key, known === undefined || known === role ? role : null);
  }

  /** A title this article writes (its own heading or abbreviation): spotted in its sentences from now on. */
  learn(role: string, title: string): void {
    const cleaned = cleanTitle(title);
    if (!this.names.has(role)) this.names.set(role, titleCase(cleaned));
    this.add(role, cleaned, "ARTICLE");
    for (const a of parentheticalAbbreviations(title)) this.abbreviations.set(a, role);
  }

  /** The role a title names, or null when it names none the catalogue knows. */
  resolve(title: string): Resolved | null {
    const cleaned = cleanTitle(title);
    if (cleaned.length === 0) return null;
    const exact = this.byKey.get(normalizeTitle(cleaned));
    if (exact && exact.size > 0) return pick(exact);
    const compact = cleaned.replace(/s$/, "");
    if (/^[A-Z]{2,5}$/.test(compact)) {
      const role = this.abbreviations.get(compact.toLowerCase());
      if (role) return { role, by: "ABBREVIATION", matched: compact };
    }
    for (const hit of fuzzyMatchTitles(cleaned, this.evidence, this.names, 3)) {
      if (wordsNearlyEqual(cleaned, hit.matched)) return { role: hit.role, by: "FUZZY", matched: hit.matched };
    }
    return null;
  }

  /** Roles named inside a span of the text: longest titles first, abbreviations in capitals ("APMs"), no overlaps. */
  spot(text: string, within: Span): Spotted[] {
    const tokens = [...within.text.matchAll(/[A-Za-z][A-Za-z’']*(?:-[A-Za-z]+)*/g)].map((m) => ({
      start: within.start + (m.index ?? 0),
      end: within.start + (m.index ?? 0) + m[0].length,
      word: m[0],
    }));
    const out: Spotted[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i];
      if (!first) continue;
      const abbr = /^([A-Z]{2,5})s?$/.exec(first.word);
      const abbrRole = abbr?.[1] ? this.abbreviations.get(abbr[1].toLowerCase()) : undefined;
      const spotAbbreviation = () => {
        if (abbrRole) out.push({ role: abbrRole, span: { start: first.start, end: first.end, text: first.word } });
      };
      if (!this.inVocabulary(first.word) || FILLER_WORDS.has(first.word.toLowerCase())) {
        spotAbbreviation();
        continue;
      }
      let j = i;
      while (j + 1 < tokens.length && j - i < 7) {
        const next = tokens[j + 1];
        if (!next || !(this.inVocabulary(next.word) || FILLER_WORDS.has(next.word.toLowerCase()))) break;
        // "the" only after "of" ("head of the product group"), so "lead the product team" is no title.
        if (next.word.toLowerCase() === "the" && tokens[j]?.word.toLowerCase() !== "of") break;
        // Only spaces between the words, an abbreviation in brackets ("vice president (VP) of product"), or "Sr. ".
        const gap = text.slice(tokens[j]?.end ?? 0, next.start);
        const dotted = /^\.[\s\u00a0]+$/.test(gap) && /^(?:sr|jr|snr|jnr|assoc|dir)$/i.test(tokens[j]?.word ?? "");
        if (!dotted && !/^[\s\u00a0]*\(?[\s\u00a0]*$|^[\s\u00a0]*\)[\s\u00a0]*$/.test(gap)) break;
        j++;
      }
      // "chief product owner (CPO)": words no title matches as a whole, then the article's own
      // abbreviation of a known role in brackets, which says what the words mean.
      const bracketed = this.bracketedAbbreviation(text, tokens, i, j);
      if (bracketed) {
        const last = tokens[j] as { end: number };
        out.push({ role: bracketed.role, span: { start: first.start, end: last.end, text: text.slice(first.start, last.end) } });
        i = j + 1;
        continue;
      }
      let found = false;
      for (let k = j; k >= i && !found; k--) {
        const last = tokens[k];
        if (!last || FILLER_WORDS.has(last.word.toLowerCase())) continue;
        const words = tokens
          .slice(i, k + 1)
          .filter(
            (t, n) =>
              n === 0 ||
              !(
                /^[A-Z]{2,5}s?$/.test(t.word) &&
                text
                  .slice(Math.max(0, t.start - 3), t.start)
                  .trimEnd()
                  .endsWith("(")
              ),
          )
          .map((t) => singular(t.word, this.vocabulary));
        const hit = this.byKey.get(normalizeTitle(words.join(" ")));
        if (hit && hit.size > 0) {
          const role = pick(hit).role;
          out.push({ role, span: { start: first.start, end: last.end, text: text.slice(first.start, last.end) } });
          i = k;
          found = true;
          // "Associate Product Manager (APM)": the bracketed abbreviation is the same naming, not another one.
          const after = tokens[k + 1];
          if (
            after &&
            this.abbreviations.get(after.word.toLowerCase()) === role &&
            /^[\s\u00a0]*\($/.test(text.slice(last.end, after.start))
          )
            i = k + 1;
        }
      }
      if (!found) spotAbbreviation();
    }
    return out;
  }

  /** The word after the run is a known abbreviation in brackets, and the run's words are no title as a whole. */
  private bracketedAbbreviation(
    text: string,
    tokens: readonly { start: number; end: number; word: string }[],
    i: number,
    j: number,
  ): { role: string } | null {
    const abbr = tokens[j + 1];
    if (!abbr || j - i < 1 || !/^[A-Z]{2,5}$/.test(abbr.word)) return null;
    const before = text.slice((tokens[j] as { end: number }).end, abbr.start);
    if (!/^[\s\u00a0]*\([\s\u00a0]*$/.test(before) || !/^[\s\u00a0]*\)/.test(text.slice(abbr.end))) return null;
    const role = this.abbreviations.get(abbr.word.toLowerCase());
    if (!role) return null;
    const words = tokens.slice(i, j + 1).map((t) => singular(t.word, this.vocabulary));
    if (this.byKey.get(normalizeTitle(words.join(" ")))?.size) return null;
    return { role };
  }

  private inVocabulary(word: string): boolean {
    const words = titleWords(singular(word, this.vocabulary));
    return words.length > 0 && words.every((w) => this.vocabulary.has(w));
  }
}

/** "managers" → "manager", "PMs" → "PM", when the singular is a title word. */
function singular(word: string, vocabulary: ReadonlySet<string>): string {
  if (/^[A-Z]{2,5}s$/.test(word)) return word.slice(0, -1);
  const lower = word.toLowerCase();
  if (lower === "leads") return word;
  // "managers" → "manager" even where a known title writes the plural ("senior technical product managers").
  if (lower.endsWith("s") && vocabulary.has(lower.slice(0, -1))) return word.slice(0, -1);
  return word;
}

function pick(roles: ReadonlyMap<string, Resolved>): Resolved {
  const all = [...roles.values()];
  return all.find((r) => r.by === "CANONICAL_NAME") ?? all.find((r) => r.by === "ARTICLE") ?? (all[0] as Resolved);
}
