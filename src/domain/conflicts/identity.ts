import type { DefinitionClaim } from "../../claims/definition.ts";
import { distinctSorted } from "../sorting.ts";
import type { RoleClaims } from "./claims.ts";
import { type Conflict, describe, Tally } from "./tally.ts";

/**
 * IDENTITY — for each other role O named in this role's identity claims: `same role as <O>`
 * (SAME_AS R–O), `may coexist with <O>` (MAY_COEXIST R–O), `separate rung from <O>` (the source
 * ranks R and O on different rungs, or asserts a promotion between them). One conflict per O.
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
  const tally = new Tally();
  for (const row of c.identities.filter((r) => r.other === other)) {
    tally.hold(row.kind === "SAME_AS" ? same : coexist, row.source, [row.evidence]);
  }
  for (const [source, ladder] of c.ladders) {
    for (const [mine, theirs] of rankedApart(ladder, c.role, other)) tally.hold(separate, source, [mine.evidence, theirs.evidence]);
  }
  const steps = [...c.promotionsFrom.filter((p) => p.to === other), ...c.promotionsTo.filter((p) => p.from === other)];
  for (const step of steps) tally.hold(separate, step.source, [step.evidence]);

  const labels: Record<string, string> = { [same]: "same role", [coexist]: "may coexist", [separate]: "separate rung" };
  return tally.conflict(c.role, "IDENTITY", (positions) =>
    describe(`Sources disagree whether ${c.roleName(c.role)} and ${name} are one role`, positions, (p) => labels[p.value] ?? p.value),
  );
}

/** Pairs of definitions, one of `role` and one of `other`, that sit at different non-null ranks. */
function rankedApart(ladder: readonly DefinitionClaim[], role: string, other: string): [DefinitionClaim, DefinitionClaim][] {
  const ranked = (id: string) => ladder.filter((d) => d.role === id && d.rank !== null);
  return ranked(role).flatMap((mine) =>
    ranked(other)
      .filter((theirs) => theirs.rank !== mine.rank)
      .map((theirs): [DefinitionClaim, DefinitionClaim] => [mine, theirs]),
  );
}
