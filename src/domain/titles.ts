/**
 * Title resolution: maps what people type ("Sr. PM", "APM", "Head of Product") to canonical
 * roles, through the titles the sources actually write and a short list of common abbreviations.
 */
import type { Evidence } from "../claims/evidence.ts";

const EXPANSIONS: Readonly<Record<string, string>> = {
  sr: "senior",
  snr: "senior",
  jr: "junior",
  jnr: "junior",
  assoc: "associate",
  mgr: "manager",
  pm: "product manager",
  vp: "vice president",
  dir: "director",
  prod: "product",
  mgmt: "management",
  leader: "lead",
};

/** Words that carry no meaning in a title ("VP of Product" = "VP Product"). */
const FILLER = new Set(["of", "the", "a", "an", "and"]);

/**
 * A title's words in the order written: lower-cased, punctuation, parentheses and filler words
 * dropped, abbreviations expanded ("Sr. VP of Product" gives "senior vp product").
 */
export function titleWords(title: string): string[] {
  const words = title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((w) => w.length > 0 && !FILLER.has(w));
  return words
    .map((w) => EXPANSIONS[w] ?? w)
    .join(" ")
    .replace(/\bvice president\b/g, "vp")
    .split(" ")
    .filter((w) => w.length > 0);
}

/** Lower-cases, drops punctuation and filler words, and expands abbreviations, so equal titles compare equal. */
export function normalizeTitle(title: string): string {
  // Word order is not meaning here: "Product Director" and "Director of Product" are one title.
  return titleWords(title).sort().join(" ");
}

/** Abbreviations written in parentheses right after a title: "Associate Product Manager (APM)" gives "apm". */
export function parentheticalAbbreviations(title: string): string[] {
  return [...title.matchAll(/\(([A-Za-z]{2,6})\)/g)].map((m) => (m[1] as string).toLowerCase());
}

/** Initials of a multi-word name: "Chief Product Officer" gives "cpo". */
export function initials(name: string): string | null {
  const words = name
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 0 && !FILLER.has(w));
  return words.length >= 2 ? words.map((w) => w[0]).join("") : null;
}

/**
 * Splits a heading that names two roles into its parts: "Director of Product/Product Leader" gives
 * both titles, and "Associate or Junior Product Manager" reads as "Associate Product Manager" and
 * "Junior Product Manager" (a lone first word shares the last part's tail).
 */
export function titleParts(title: string): string[] {
  const raw = title
    .replace(/\([^)]*\)/g, " ")
    .split(/\s*\/\s*|\s+or\s+/i)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (raw.length < 2) return [];
  const last = (raw[raw.length - 1] as string).split(/\s+/);
  const tail = last.slice(1).join(" ");
  return raw.map((p) => (p.split(/\s+/).length === 1 && tail ? `${p} ${tail}` : p));
}

/** How a typed title found its role; FUZZY: by spelling similarity (src/search/fuzzyTitles.ts), when nothing matched exactly. */
export type MatchedBy = "TITLE" | "ABBREVIATION" | "CANONICAL_NAME" | "FUZZY";

/** A title one source writes for a role (its definition's heading or a mention), with its evidence. */
export interface TitleEvidence {
  role: string;
  /** The role's canonical name. */
  name: string;
  title: string;
  evidence: Evidence;
}

export interface DirectMatch {
  role: string;
  matchedBy: MatchedBy;
  /** The title claims that support the match (empty for a match on our canonical name alone). */
  titles: TitleEvidence[];
  /** For a FUZZY match: the title, name or slug the input was taken for. */
  matched?: string;
}

/** Finds the roles a typed title names directly, from every title the sources write. */
export function matchTitle(input: string, titles: readonly TitleEvidence[], roleNames: ReadonlyMap<string, string>): DirectMatch[] {
  const wanted = normalizeTitle(input);
  const compact = input.toLowerCase().replace(/[^a-z]/g, "");
  if (wanted.length === 0) return [];
  const matches = new Map<string, DirectMatch>();
  const add = (role: string, matchedBy: MatchedBy, title?: TitleEvidence) => {
    const m = matches.get(role) ?? { role, matchedBy, titles: [] };
    if (rank(matchedBy) < rank(m.matchedBy)) m.matchedBy = matchedBy;
    if (title && !m.titles.includes(title)) m.titles.push(title);
    matches.set(role, m);
  };

  for (const t of titles) {
    const parts = titleParts(t.title);
    if (parts.length === 0) {
      if (normalizeTitle(t.title) === wanted) add(t.role, "TITLE", t);
    } else {
      // A heading naming two roles: each part belongs to the role whose canonical name it is, if any.
      const own = parts.filter((p) => normalizeTitle(p) === normalizeTitle(t.name));
      for (const p of own.length > 0 ? own : parts) if (normalizeTitle(p) === wanted) add(t.role, "TITLE", t);
    }
    if (parentheticalAbbreviations(t.title).includes(compact)) add(t.role, "ABBREVIATION", t);
  }
  for (const [role, name] of roleNames) {
    if (normalizeTitle(name) === wanted) add(role, "CANONICAL_NAME");
    if (initials(name) === compact) add(role, "ABBREVIATION");
  }
  // Sources that write the role's title support the match even when it came through a name or abbreviation.
  for (const m of matches.values()) {
    if (m.titles.length === 0) m.titles.push(...titles.filter((t) => t.role === m.role));
  }
  return [...matches.values()].sort((a, b) => rank(a.matchedBy) - rank(b.matchedBy) || a.role.localeCompare(b.role));
}

function rank(m: MatchedBy): number {
  return m === "TITLE" ? 0 : m === "CANONICAL_NAME" ? 1 : m === "ABBREVIATION" ? 2 : 3;
}

/** Edit distance, for "did you mean" suggestions on unknown ids. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j] as number;
      prev[j] = Math.min(above + 1, (prev[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length] as number;
}

/** The known ids closest to an unknown one, best first (at most `limit`). */
export function closest(unknown: string, known: readonly string[], limit = 3): string[] {
  const target = unknown.toLowerCase();
  return known
    .map((k) => ({ k, d: editDistance(target, k) }))
    .filter(({ k, d }) => d <= Math.max(2, Math.floor(k.length / 2)))
    .sort((x, y) => x.d - y.d || x.k.localeCompare(y.k))
    .slice(0, limit)
    .map(({ k }) => k);
}
