import type { BandClaim, BandLevel } from "../../claims/band.ts";
import type { DefinitionClaim } from "../../claims/definition.ts";
import { sameRoleIn } from "../sourceIdentity.ts";
import { allDefinitions, identitiesOf, type RoleClaims } from "./claims.ts";
import { type Conflict, conditionSentence, describe, Tally } from "./tally.ts";

const LABEL: Record<BandLevel, string> = {
  ENTRY: "entry level",
  MID: "mid-level",
  SENIOR: "senior",
  LEADERSHIP: "leadership",
  EXECUTIVE: "executive",
  OFF_LADDER: "off the ladder",
};

/** Order of the bands up a ladder; off the ladder has none. */
const ORDER: Record<BandLevel, number | null> = { ENTRY: 0, MID: 1, SENIOR: 2, LEADERSHIP: 3, EXECUTIVE: 4, OFF_LADDER: null };

/**
 * BAND — each band a source gives the role (its claims under every title it holds to be this role):
 * `mid-level`, `senior`… And where a band contradicts the source's own ladder — the role banded
 * above a role the source ranks higher, or below one it ranks lower, or off the ladder while ranked
 * on it — the source also holds the position its ladder implies, so it shows in `withinSource`.
 * Conditions ("in few companies") go into the summary as written.
 */
export function bandConflicts(c: RoleClaims): Conflict[] {
  const ids = identitiesOf(c);
  const mine = c.bands.filter((b) => sameRoleIn(ids, b.source, c.role).has(b.role));
  const tally = new Tally();
  for (const b of mine) {
    tally.hold(LABEL[b.level], b.source, [b.evidence], { band: b.level });
    holdLadderContradictions(tally, c, b);
  }
  const conditions = mine.flatMap((b) => (b.condition === null ? [] : [`${b.source} bands it ${LABEL[b.level]} "${b.condition}"`]));
  return tally.conflict(c.role, "BAND", (positions) =>
    describe(`Sources band ${c.roleName(c.role)} differently`, positions, undefined, conditionSentence(conditions)),
  );
}

function holdLadderContradictions(tally: Tally, c: RoleClaims, b: BandClaim): void {
  const ids = identitiesOf(c);
  const ranked = allDefinitions(c).filter((d) => d.source === b.source && d.rank !== null);
  const about = (role: string) => ranked.filter((d) => sameRoleIn(ids, b.source, role).has(d.role));
  const mine = about(c.role);
  if (b.level === "OFF_LADDER") {
    for (const d of mine) tally.hold("on this source's ladder", b.source, [d.evidence]);
    return;
  }
  const same = sameRoleIn(ids, b.source, c.role);
  for (const other of c.bands.filter((o) => o.source === b.source && !same.has(o.role))) {
    const [myOrder, theirOrder] = [ORDER[b.level], ORDER[other.level]];
    if (myOrder === null || theirOrder === null || myOrder === theirOrder) continue;
    for (const [myDef, theirDef] of pairs(mine, about(other.role))) {
      const above = (myDef.rank ?? 0) > (theirDef.rank ?? 0);
      const below = (myDef.rank ?? 0) < (theirDef.rank ?? 0);
      if ((myOrder < theirOrder && above) || (myOrder > theirOrder && below)) {
        const value = `ranked ${above ? "above" : "below"} ${c.roleName(other.role)}, which this source bands ${LABEL[other.level]}`;
        tally.hold(value, b.source, [myDef.evidence, theirDef.evidence, other.evidence], { otherRole: other.role });
      }
    }
  }
}

function pairs(mine: readonly DefinitionClaim[], theirs: readonly DefinitionClaim[]): [DefinitionClaim, DefinitionClaim][] {
  return mine.flatMap((m) => theirs.map((t): [DefinitionClaim, DefinitionClaim] => [m, t]));
}
