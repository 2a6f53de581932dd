import Fuse, { type IFuseOptions } from "fuse.js";
import { normalizeTitle, type TitleEvidence, titleParts, titleWords } from "../domain/titles.ts";

/**
 * Forgiving title search (fuse.js): "Senoir Product Manger", "Principle PM", "Hed of Prodct" find
 * the roles they were meant to. Every title a source writes (each part of a two-role heading),
 * every canonical name and every slug is a candidate; each typed word must fuzzily match within
 * one candidate, in any order; candidates are ranked by fuse's score (0 = exact).
 */

export interface FuzzyTitleMatch {
  role: string;
  /** The title, name or slug the input matched best, as written. */
  matched: string;
  /** fuse.js score: 0 is exact, higher is further; every match is at most MAX_SCORE. */
  score: number;
  /** The title claims that write `matched` (empty when it matched a canonical name or slug). */
  titles: TitleEvidence[];
}

interface Candidate {
  role: string;
  text: string;
  /** The words as written (abbreviations expanded): what fuse searches. */
  key: string;
  /** normalizeTitle(text): titles equal to the matched one support the match too. */
  normalized: string;
  title: TitleEvidence | null;
}

/** Matches scoring worse than this are dropped: past it, "junior" starts to match "senior". */
const MAX_SCORE = 0.45;

/** Inputs longer than this, or of more words, are not looked up by spelling. */
const MAX_INPUT = 120;
const MAX_WORDS = 8;

const FUSE_OPTIONS: IFuseOptions<Candidate> = {
  keys: ["key"],
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.4,
  // Space-separated words are separate fuzzy terms that must all match (word order is free).
  useExtendedSearch: true,
};

function candidate(role: string, text: string, title: TitleEvidence | null): Candidate {
  return { role, text, key: titleWords(text).join(" "), normalized: normalizeTitle(text), title };
}

function candidates(titles: readonly TitleEvidence[], roleNames: ReadonlyMap<string, string>): Candidate[] {
  const out: Candidate[] = [];
  for (const t of titles) {
    // A heading naming two roles ("Principal OR GROUP Product Manager"): each part belongs to the
    // role whose canonical name it is, as in exact matching (src/domain/titles.ts).
    const parts = titleParts(t.title);
    const own = parts.filter((p) => normalizeTitle(p) === normalizeTitle(t.name));
    const texts = own.length > 0 ? own : parts.length > 0 ? parts : [t.title];
    for (const text of texts) out.push(candidate(t.role, text, t));
  }
  for (const [role, name] of roleNames) out.push(candidate(role, name, null), candidate(role, role, null));
  return out.filter((c) => c.key.length > 0);
}

/** The roles a typed title or search most likely means, best first (at most `limit`). */
export function fuzzyMatchTitles(
  input: string,
  titles: readonly TitleEvidence[],
  roleNames: ReadonlyMap<string, string>,
  limit = 5,
): FuzzyTitleMatch[] {
  // Extended-search operators (', !, ^, =, |) are stripped with the rest of the punctuation.
  // A job title is a few words; anything longer is not a misspelt title (and would cost fuse dearly).
  if (input.length > MAX_INPUT) return [];
  const words = titleWords(input);
  if (words.length === 0 || words.length > MAX_WORDS) return [];
  const query = words.join(" ");
  const all = candidates(titles, roleNames);
  const fuse = new Fuse(all, FUSE_OPTIONS);
  const best = new Map<string, { candidate: Candidate; score: number }>();
  for (const hit of fuse.search(query)) {
    const score = hit.score ?? 1;
    const current = best.get(hit.item.role);
    if (score <= MAX_SCORE && (!current || score < current.score)) best.set(hit.item.role, { candidate: hit.item, score });
  }
  const matches = [...best.values()].map(({ candidate: c, score }) => ({
    role: c.role,
    matched: c.text,
    score,
    // Every source that writes the matched title (in any case or punctuation) supports the match.
    titles: [
      ...new Set(all.filter((x) => x.role === c.role && x.title && x.normalized === c.normalized).map((x) => x.title as TitleEvidence)),
    ],
  }));
  return matches.sort((a, b) => a.score - b.score || a.role.localeCompare(b.role)).slice(0, limit);
}
