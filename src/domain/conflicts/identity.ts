import type { DefinitionClaim } from "../../claims/definition.ts";
import { distinctSorted } from "../sorting.ts";
import { sameRoleIn } from "../sourceIdentity.ts";
import { identitiesOf, type RoleClaims } from "./claims.ts";
import { type Conflict, describe, Tally } from "./tally.ts";

/**
 * IDENTITY — for each other role O named in this role's identity claims: `same role as <O>`
 * (SAME_AS R–O), `may coexist with <O>` (MAY_COEXIST R–O), `separate rung from <O>` (the source
 * ranks R and O on different rungs, or asserts a promotion between them), `separate role from <O>
 * at the same rung, on another track` (the source describes them in separate sections at one rung,
 * on two stated tracks). Each source's ladder is read through its own SAME_AS: its definition under
 * another title it calls the same role counts as its definition of R. One conflict per O.
 */
export function identityConflicts(c: RoleClaims): Conflict[] {
  const others = distinctSorted(c.identities.map((row) => row.other).filter((other) => other !== c.role));
  return others.flatMap((other) => identityConflict(c, other));
}

function identityConflict(c: RoleClaims, other: string): Conflict[] {
  const name = c.roleName(other);
  const same = `same role as ${name}`;
  const coexist = `may coexist with ${name}`;
  const separate = `separate rung from ${name}`;
  const otherTrack = `separate role from ${name} at the same rung, on another track`;
  const separateRung = { identityRelation: "SEPARATE_RUNG", otherRole: other } as const;
  const tally = new Tally();
  for (const row of c.identities.filter((r) => r.other === other)) {
    const relation = row.kind === "SAME_AS" ? "SAME_AS" : "MAY_COEXIST";
    tally.hold(row.kind === "SAME_AS" ? same : coexist, row.source, [row.evidence], { identityRelation: relation, otherRole: other });
  }
  const ids = identitiesOf(c);
  for (const [source, ladder] of c.ladders) {
    // A source that holds the two to be one role is read title by title (its own ranks of each), not through that identity.
    const oneRole = sameRoleIn(ids, source, c.role).has(other);
    const mine = oneRole ? new Set([c.role]) : sameRoleIn(ids, source, c.role);
    const theirs = oneRole ? new Set([other]) : sameRoleIn(ids, source, other);
    for (const [m, t] of rankedApart(ladder, mine, theirs)) tally.hold(separate, source, [m.evidence, t.evidence], separateRung);
    if (oneRole) continue;
    for (const [m, t] of apartAtOneRung(ladder, mine, theirs)) {
      tally.hold(otherTrack, source, [m.evidence, t.evidence], { identityRelation: "SEPARATE_ROLE", otherRole: other });
    }
  }
  const steps = [...c.promotionsFrom.filter((p) => p.to === other), ...c.promotionsTo.filter((p) => p.from === other)];
  for (const step of steps) tally.hold(separate, step.source, [step.evidence], separateRung);

  const labels: Record<string, string> = {
    [same]: "same role",
    [coexist]: "may coexist",
    [separate]: "separate rung",
    [otherTrack]: "separate role on another track",
  };
  return tally.conflict(c.role, "IDENTITY", (positions) =>
    describe(`Sources disagree whether ${c.roleName(c.role)} and ${name} are one role`, positions, (p) => labels[p.value] ?? p.value),
  );
}

type Pair = [DefinitionClaim, DefinitionClaim];

/** Pairs of definitions, one of the role and one of the other (under any title their source gives them), at different non-null ranks. */
function rankedApart(ladder: readonly DefinitionClaim[], role: ReadonlySet<string>, other: ReadonlySet<string>): Pair[] {
  return rankedPairs(ladder, role, other).filter(([mine, theirs]) => theirs.rank !== mine.rank);
}

/** Pairs the source describes in separate sections (different title quotes) at one rung, on two different stated tracks. */
function apartAtOneRung(ladder: readonly DefinitionClaim[], role: ReadonlySet<string>, other: ReadonlySet<string>): Pair[] {
  return rankedPairs(ladder, role, other).filter(
    ([mine, theirs]) =>
      theirs.rank === mine.rank &&
      theirs.evidence.start !== mine.evidence.start &&
      mine.track !== null &&
      theirs.track !== null &&
      mine.track.value !== theirs.track.value,
  );
}

function rankedPairs(ladder: readonly DefinitionClaim[], role: ReadonlySet<string>, other: ReadonlySet<string>): Pair[] {
  const ranked = (ids: ReadonlySet<string>) => ladder.filter((d) => ids.has(d.role) && d.rank !== null);
  return ranked(role).flatMap((mine) => ranked(other).map((theirs): Pair => [mine, theirs]));
}
