import type { Evidence } from "../claims/evidence.ts";
import type { Context } from "../context.ts";
import { allRoleTitles } from "../db/repositories/roles.ts";
import { type DirectMatch, matchTitle, type TitleEvidence } from "../domain/titles.ts";
import { InvalidInputError } from "../errors.ts";
import { fuzzyMatchTitles } from "../search/fuzzyTitles.ts";
import { LIMITS } from "./args.ts";
import type { TitleMatch } from "./shapes.ts";

/** Fuzzy matches as direct matches, best first; a match on a name or slug is supported by the role's titles. */
function fuzzyMatches(typed: string, titles: readonly TitleEvidence[], names: ReadonlyMap<string, string>): DirectMatch[] {
  return fuzzyMatchTitles(typed, titles, names, 3).map((f) => ({
    role: f.role,
    matchedBy: "FUZZY",
    matched: f.matched,
    titles: f.titles.length > 0 ? f.titles : titles.filter((t) => t.role === f.role),
  }));
}

/**
 * Resolves a typed title to canonical roles: the roles it names directly, then the roles sources
 * say are the same as (or may coexist with) those. A title no source writes is matched by
 * spelling (FUZZY, best first); a title like none gives an empty list.
 */
export async function resolveTitle(ctx: Context, title: string): Promise<TitleMatch[]> {
  const typed = title.trim();
  if (typed.length === 0) throw new InvalidInputError('title is empty; type a job title such as "Senior PM" or "Head of Product"');
  if (typed.length > LIMITS.titleLength) throw new InvalidInputError(`title may be at most ${LIMITS.titleLength} characters`);
  const titles = await allRoleTitles(ctx.scope);
  const names = new Map(titles.map((t) => [t.role, t.name]));
  const exact = matchTitle(typed, titles, names);
  // Nothing matched exactly: a typo or a word variant ("Senoir Product Manger"), found by spelling.
  const direct = exact.length > 0 ? exact : fuzzyMatches(typed, titles, names);
  const results: TitleMatch[] = direct.map((m) => {
    const evidence: Evidence[] = m.titles.map((t) => t.evidence);
    return {
      role: m.role,
      relation: "TITLE",
      matchedBy: m.matchedBy,
      matchedTitle: m.matched ?? null,
      via: null,
      sources: [...new Set(evidence.map((e) => e.source))].sort(),
      evidence,
    };
  });
  const seen = new Set(results.map((r) => r.role));
  const identities = await ctx.loaders.claims.identities.byRole.loadMany(direct.map((m) => m.role));
  const related = new Map<string, TitleMatch>();
  direct.forEach((m, i) => {
    const claims = identities[i];
    if (!claims || claims instanceof Error) return;
    for (const c of claims) {
      if (seen.has(c.other)) continue;
      const key = `${c.other}\u0000${c.kind}`;
      const match = related.get(key) ?? {
        role: c.other,
        relation: c.kind,
        matchedBy: m.matchedBy,
        matchedTitle: m.matched ?? null,
        via: m.role,
        sources: [],
        evidence: [],
      };
      if (!match.sources.includes(c.source)) match.sources.push(c.source);
      match.evidence.push(c.evidence);
      related.set(key, match);
    }
  });
  const extra = [...related.values()].sort((a, b) => a.relation.localeCompare(b.relation) || a.role.localeCompare(b.role));
  for (const r of extra) r.sources.sort();
  return [...results, ...extra];
}
