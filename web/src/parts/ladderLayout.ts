// Lines the ladders up: one row per canonical role, in the order the articles agree on, one column per article.

/** One source role: the titles an article says are one role (its SAME_AS) are one box. */
export interface LadderRole {
  /** Its heading role: the row it sits in. */
  slug: string;
  /** Every catalogue role it joins, the heading first. */
  roles: string[];
  name: string;
  /** Its heading title as the article writes it. */
  title: string;
  /** Its other titles ("also called …"). */
  also: string[];
  track: string | null;
  years: string | null;
}
export interface LadderStep {
  from: string;
  to: string;
  /** Every role the step leaves and reaches (a source role's titles). */
  fromRoles: string[];
  toRoles: string[];
  kinds: string[];
  tracks: string[];
}
export interface SourceLadder {
  source: string;
  rungs: { rank: number; roles: LadderRole[] }[];
  steps: LadderStep[];
}

export interface Entry extends LadderRole {
  source: string;
  /** The article's own rung (1 = its lowest). */
  rank: number;
}

export interface LadderRow {
  slug: string;
  name: string;
  /** Per column (article), its entries for this role: usually one, none where it does not place the role. */
  cells: Entry[][];
}

/**
 * The consensus order of the roles the ladders place: role a comes before b when more articles rank a
 * below b than above it; among roles no majority orders, the order they first appear in `order` (the
 * API's ladder order). A cycle is broken at its earliest role in `order`.
 */
export function consensusOrder(ladders: SourceLadder[], order: string[]): string[] {
  const rank = ladders.map(
    (l) => new Map(l.rungs.flatMap((r) => r.roles.flatMap((role) => role.roles.map((slug) => [slug, r.rank] as const)))),
  );
  const slugs = [...new Set([...order.filter((s) => rank.some((m) => m.has(s))), ...rank.flatMap((m) => [...m.keys()])])];
  const position = new Map(slugs.map((s, i) => [s, i]));
  const before = (a: string, b: string) => {
    let votes = 0;
    for (const m of rank) {
      const ra = m.get(a);
      const rb = m.get(b);
      if (ra === undefined || rb === undefined || ra === rb) continue;
      votes += ra < rb ? 1 : -1;
    }
    return votes > 0;
  };
  const incoming = new Map(slugs.map((s) => [s, new Set(slugs.filter((t) => t !== s && before(t, s)))]));
  const out: string[] = [];
  const left = new Set(slugs);
  while (left.size) {
    const ready = [...left].filter((s) => [...(incoming.get(s) ?? [])].every((t) => !left.has(t)));
    const pool = ready.length ? ready : [...left];
    const next = pool.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0))[0] as string;
    out.push(next);
    left.delete(next);
  }
  return out;
}

/**
 * The rows of the aligned ladders: each role the articles place, lowest first, each article's entries in
 * its column. A source role sits once, in the row of its heading role; a row no box heads is left out.
 */
export function alignedRows(ladders: SourceLadder[], order: string[]): LadderRow[] {
  return consensusOrder(ladders, order)
    .map((slug) => {
      const cells = ladders.map((l) =>
        l.rungs.flatMap((r) => r.roles.filter((role) => role.slug === slug).map((role) => ({ ...role, source: l.source, rank: r.rank }))),
      );
      const name = cells.flat()[0]?.name ?? slug;
      return { slug, name, cells };
    })
    .filter((row) => row.cells.some((c) => c.length));
}
