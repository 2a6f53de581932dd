import { distinctSorted } from "../sorting.ts";
import { ladderOf, minRank, type RoleClaims } from "./claims.ts";
import { type Conflict, describe, Tally } from "./tally.ts";

/**
 * ENTRY_LEVEL — `the entry level` where R is on its source's lowest rung, `above the entry level`
 * where the source has a lower rung; the summary names each such source's lowest rung.
 */
export function entryLevelConflicts(c: RoleClaims): Conflict[] {
  const tally = new Tally();
  const below: string[] = [];
  for (const def of c.definitions) {
    if (def.rank === null) continue;
    const ladder = ladderOf(c, def);
    const lowest = minRank(ladder);
    if (def.rank === lowest) {
      tally.hold("the entry level", def.source, [def.evidence]);
      continue;
    }
    // Which rung sits lower differs from source to source; that detail goes in the evidence and summary, not the value.
    const bottom = ladder.filter((d) => d.rank === lowest);
    below.push(`${def.source}: ${distinctSorted(bottom.map((d) => c.roleName(d.role))).join(", ")}`);
    tally.hold("above the entry level", def.source, [def.evidence, ...bottom.map((d) => d.evidence)]);
  }
  return tally.conflict(
    c.role,
    "ENTRY_LEVEL",
    (positions) =>
      `${describe(`Sources disagree whether ${c.roleName(c.role)} is the entry level`, positions)} Lowest rungs where it is not: ${distinctSorted(below).join("; ")}.`,
  );
}
