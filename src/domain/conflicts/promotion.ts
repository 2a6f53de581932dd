import { distinctSorted, groupBy } from "../sorting.ts";
import { ladderOf, maxRank, type RoleClaims } from "./claims.ts";
import { type Conflict, describe, Tally } from "./tally.ts";

const TOP_OF_LADDER = "top of this source's ladder";

/**
 * PROMOTION — each source's set of next roles from R (`promotes to A, B`, names sorted); a source
 * whose ladder ranks R on its top rung and asserts no step up from it holds `top of this source's
 * ladder`. Sources with identical sets share a position.
 */
export function promotionConflicts(c: RoleClaims): Conflict[] {
  const tally = new Tally();
  const bySource = groupBy(c.promotionsFrom, (p) => p.source);
  for (const [source, steps] of bySource) {
    const names = distinctSorted(steps.map((p) => c.roleName(p.to)));
    tally.hold(
      `promotes to ${names.join(", ")}`,
      source,
      steps.map((p) => p.evidence),
    );
  }
  for (const def of c.definitions) {
    if (def.rank !== null && !bySource.has(def.source) && def.rank === maxRank(ladderOf(c, def))) {
      tally.hold(TOP_OF_LADDER, def.source, [def.evidence]);
    }
  }
  return tally.conflict(c.role, "PROMOTION", (positions) =>
    describe(`Sources disagree on the next step up from ${c.roleName(c.role)}`, positions),
  );
}
