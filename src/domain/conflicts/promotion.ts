import { distinctSorted, groupBy } from "../sorting.ts";
import { definitionsAbout, identitiesOf, ladderOf, maxRank, type RoleClaims } from "./claims.ts";
import { type Conflict, describe, Tally } from "./tally.ts";

const TOP_OF_LADDER = "top of this source's ladder";

/**
 * PROMOTION — each source's set of next roles from R (`promotes to A, B`, names sorted), read
 * through its own SAME_AS: its steps out of any title it joins to R are its steps out of R, and the
 * titles it joins at the far end are one next role (named by its heading). A source whose ladder
 * ranks R on its top rung and asserts no step up from it holds `top of this source's ladder`.
 * Sources with identical sets share a position.
 */
export function promotionConflicts(c: RoleClaims): Conflict[] {
  const ids = identitiesOf(c);
  const tally = new Tally();
  const bySource = groupBy(c.promotionsFrom, (p) => p.source);
  for (const [source, steps] of bySource) {
    const next = distinctSorted(steps.map((p) => ids.key(source, p.to)));
    tally.hold(
      `promotes to ${distinctSorted(next.map((id) => c.roleName(id))).join(", ")}`,
      source,
      steps.map((p) => p.evidence),
      { nextRoles: next, topOfLadder: false },
    );
  }
  for (const def of definitionsAbout(c)) {
    if (def.rank !== null && !bySource.has(def.source) && def.rank === maxRank(ladderOf(c, def))) {
      tally.hold(TOP_OF_LADDER, def.source, [def.evidence], { nextRoles: [], topOfLadder: true });
    }
  }
  return tally.conflict(c.role, "PROMOTION", (positions) =>
    describe(`Sources disagree on the next step up from ${c.roleName(c.role)}`, positions),
  );
}
