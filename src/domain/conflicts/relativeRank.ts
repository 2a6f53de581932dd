import type { RankRelation, RelativeRankClaim } from "../../claims/relativeRank.ts";
import { type SourceIdentities, sameRoleIn } from "../sourceIdentity.ts";
import { allDefinitions, identitiesOf, type RoleClaims } from "./claims.ts";
import { type Conflict, conditionSentence, describe, Tally } from "./tally.ts";

const INVERSE: Record<RankRelation, RankRelation> = { EQUAL: "EQUAL", ABOVE: "BELOW", BELOW: "ABOVE" };

export function rankRelationLabel(relation: RankRelation, otherName: string): string {
  return relation === "EQUAL" ? `equal in rank to ${otherName}` : `${relation === "ABOVE" ? "above" : "below"} ${otherName}`;
}

/**
 * A relative-rank claim read from `role`'s side ("X below R" is "R above X"), following the
 * source's own SAME_AS; null when it does not name the role.
 */
export function seenFrom(role: string, claim: RelativeRankClaim, ids: SourceIdentities): RelativeRankClaim | null {
  const same = sameRoleIn(ids, claim.source, role);
  // Ranking a role against another title its own source joins to it says nothing about two roles.
  if (same.has(claim.role) && same.has(claim.other)) return null;
  if (same.has(claim.role)) return { ...claim, role };
  if (same.has(claim.other)) return { ...claim, role, other: claim.role, relation: INVERSE[claim.relation] };
  return null;
}

/**
 * RELATIVE_RANK — one conflict per other role O a source ranks the role against. Positions `equal
 * in rank to O`, `above O`, `below O`: held by the sources that say so, and by every source whose
 * own ladder ranks both (the same rung is equal), except a source that holds them to be one role.
 * A source saying one thing and ranking another is in `withinSource`; conditions go into the summary.
 */
export function relativeRankConflicts(c: RoleClaims): Conflict[] {
  const ids = identitiesOf(c);
  // The other role under every title its source joins to it: 000's "equal in rank to ... the VP of
  // Product" is also about the Chief Product Officer (000's VP is "sometimes labeled" so), whichever end is asked.
  const seen = c.relativeRanks.flatMap((r) => {
    const mine = seenFrom(c.role, r, ids);
    if (!mine) return [];
    return [...sameRoleIn(ids, mine.source, mine.other)].filter((o) => o !== c.role).map((other) => ({ ...mine, other }));
  });
  const others = [...new Set(seen.map((r) => r.other))].sort();
  return others.flatMap((other) => {
    const tally = new Tally();
    const said = seen.filter((r) => r.other === other);
    for (const r of said)
      tally.hold(rankRelationLabel(r.relation, c.roleName(other)), r.source, [r.evidence], { rankRelation: r.relation, otherRole: other });
    holdLadderRanks(tally, c, other, ids);
    const conditions = said.flatMap((r) => (r.condition === null ? [] : [`${r.source}: "${r.condition}"`]));
    return tally.conflict(c.role, "RELATIVE_RANK", (positions) =>
      describe(
        `Sources disagree on how ${c.roleName(c.role)} ranks against ${c.roleName(other)}`,
        positions,
        undefined,
        conditionSentence(conditions),
      ),
    );
  });
}

function holdLadderRanks(tally: Tally, c: RoleClaims, other: string, ids: SourceIdentities): void {
  const definitions = allDefinitions(c).filter((d) => d.rank !== null);
  for (const source of [...new Set(definitions.map((d) => d.source))].sort()) {
    const mineIds = sameRoleIn(ids, source, c.role);
    if (mineIds.has(other)) continue;
    const theirIds = sameRoleIn(ids, source, other);
    const ladder = definitions.filter((d) => d.source === source);
    for (const mine of ladder.filter((d) => mineIds.has(d.role))) {
      for (const theirs of ladder.filter((d) => theirIds.has(d.role))) {
        const relation: RankRelation = mine.rank === theirs.rank ? "EQUAL" : (mine.rank ?? 0) > (theirs.rank ?? 0) ? "ABOVE" : "BELOW";
        tally.hold(rankRelationLabel(relation, c.roleName(other)), source, [mine.evidence, theirs.evidence], {
          rankRelation: relation,
          otherRole: other,
        });
      }
    }
  }
}
