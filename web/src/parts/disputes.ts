import type { ResultOf } from "../graphql.ts";
import type { DisagreementsQuery } from "../queries.ts";

/** "role|source" → the aspects on which that article departs from the others about that role. */
export type Departures = Map<string, string[]>;

export const departureKey = (role: string, source: string) => `${role}|${source}`;

/**
 * Which article is the odd one out: on each conflict, the sources holding a position fewer sources
 * hold than the most-held one. A split with no majority (every position held by as many sources)
 * marks no one: no article departs from "the others" there.
 */
export function departuresOf(data: ResultOf<typeof DisagreementsQuery>): Departures {
  const out: Departures = new Map();
  for (const c of data.conflicts) {
    const most = Math.max(...c.positions.map((p) => p.sources.length));
    for (const p of c.positions) {
      if (p.sources.length >= most) continue;
      for (const s of p.sources) {
        const key = departureKey(c.role.slug, s.id);
        const aspects = out.get(key) ?? [];
        if (!aspects.includes(c.aspect)) aspects.push(c.aspect);
        out.set(key, aspects);
      }
    }
  }
  return out;
}
