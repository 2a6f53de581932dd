import type { BandClaim } from "../../claims/band.ts";
import { distinctSorted } from "../sorting.ts";
import { sameRoleIn } from "../sourceIdentity.ts";
import { definitionsAbout, identitiesOf, ladderOf, minRank, type RoleClaims } from "./claims.ts";
import { type Conflict, describe, Tally } from "./tally.ts";

/**
 * ENTRY_LEVEL — `the entry level` or `above the entry level`, each source read through its own
 * SAME_AS and by its own account of where a ladder starts: a source that bands roles as its entry
 * level (an unconditional ENTRY band; "in few companies" does not make one) puts there exactly the
 * roles it bands so, however many rungs they span; a source with no entry band starts at its lowest
 * rung. The summary says which each source's position rests on and names its entry roles.
 */
export function entryLevelConflicts(c: RoleClaims): Conflict[] {
  const ids = identitiesOf(c);
  const tally = new Tally();
  const basis = new Map<string, string>();
  for (const def of definitionsAbout(c)) {
    if (def.rank === null) continue;
    const same = sameRoleIn(ids, def.source, c.role);
    const entryBands = c.bands.filter((b) => b.source === def.source && b.level === "ENTRY" && b.condition === null);
    if (entryBands.length > 0) {
      const mine = entryBands.filter((b) => same.has(b.role));
      const names = distinctSorted(entryBands.map((b) => c.roleName(b.role))).join(", ");
      basis.set(def.source, `${def.source}: its entry-level band (${names})`);
      if (mine.length > 0) tally.hold("the entry level", def.source, bandEvidence(mine), { entryLevel: true });
      else tally.hold("above the entry level", def.source, [def.evidence, ...bandEvidence(entryBands)], { entryLevel: false });
      continue;
    }
    const ladder = ladderOf(c, def);
    const lowest = minRank(ladder);
    const bottom = ladder.filter((d) => d.rank === lowest);
    basis.set(def.source, `${def.source}: its lowest rung (${distinctSorted(bottom.map((d) => c.roleName(d.role))).join(", ")})`);
    if (def.rank === lowest) tally.hold("the entry level", def.source, [def.evidence], { entryLevel: true });
    // Which rung sits lower differs from source to source; that detail goes in the evidence and summary, not the value.
    else tally.hold("above the entry level", def.source, [def.evidence, ...bottom.map((d) => d.evidence)], { entryLevel: false });
  }
  return tally.conflict(
    c.role,
    "ENTRY_LEVEL",
    (positions) =>
      `${describe(`Sources disagree whether ${c.roleName(c.role)} is the entry level`, positions)} Entry level read from ${[...basis.values()].sort().join("; ")}.`,
  );
}

function bandEvidence(bands: readonly BandClaim[]) {
  return bands.map((b) => b.evidence);
}
