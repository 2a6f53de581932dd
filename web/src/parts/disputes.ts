import type { ResultOf } from "../graphql.ts";
import type { DisagreementsQuery } from "../queries.ts";

/** Role slug → the aspects sources disagree on for it (from the role-less `conflicts` query). */
export type Disputes = Map<string, string[]>;

export function disputesOf(data: ResultOf<typeof DisagreementsQuery>): Disputes {
  const out: Disputes = new Map();
  for (const c of data.conflicts) {
    const aspects = out.get(c.role.slug) ?? [];
    if (!aspects.includes(c.aspect)) aspects.push(c.aspect);
    out.set(c.role.slug, aspects);
  }
  return out;
}
