/**
 * Relative ranks: a source says a role is equal in rank to, above or below another, sometimes with
 * a condition ("In some organizations"). One conflict per other role O named with R in such a
 * claim. Positions: `equal in rank to O`, `above O`, `below O`, held by the sources that say so
 * (claims naming R second are read from R's side: "X below R" is "R above X"), and by the sources
 * whose own ladder ranks R and O (equal rank = the same rung). A source that says one thing and
 * ranks another shows in `withinSource`; the conditions are kept on the evidence and the summary.
 */
import type { Holding, Quoted, RankedDefinition, RankRelation } from "./holdings.ts";
import { type SourceIdentities, sameRoleIn } from "./sourceIdentity.ts";

export interface RelativeRankStatement extends Quoted {
  role: string;
  relation: RankRelation;
  other: string;
  condition: string | null;
}

export const RANK_RELATIONS: readonly RankRelation[] = ["EQUAL", "ABOVE", "BELOW"];

const INVERSE: Record<RankRelation, RankRelation> = { EQUAL: "EQUAL", ABOVE: "BELOW", BELOW: "ABOVE" };

export function rankRelationLabel(relation: RankRelation, otherName: string): string {
  if (relation === "EQUAL") return `equal in rank to ${otherName}`;
  return `${relation === "ABOVE" ? "above" : "below"} ${otherName}`;
}

/** A relative-rank statement seen from `role`'s side, or null when it does not name `role`. */
export interface SeenFrom extends RelativeRankStatement {
  /** True when the source named `role` second and the relation was inverted. */
  inverted: boolean;
}

export function seenFrom(role: string, statement: RelativeRankStatement, identities: SourceIdentities): SeenFrom | null {
  const same = sameRoleIn(identities, statement.source, role);
  if (same.has(statement.role)) return { ...statement, role, inverted: false };
  if (same.has(statement.other)) {
    return { ...statement, role, other: statement.role, relation: INVERSE[statement.relation], inverted: true };
  }
  return null;
}

export interface RelativeRankInputs {
  role: string;
  /** Statements naming R (first or second) under any title. */
  statements: readonly RelativeRankStatement[];
  /** Ladders of every source: all definitions. */
  definitions: readonly RankedDefinition[];
  identities: SourceIdentities;
  roleName: (id: string) => string;
}

/** other role -> the holdings of the conflict about R and that role. */
export function relativeRankHoldings({ role, statements, definitions, identities, roleName }: RelativeRankInputs): Map<string, Holding[]> {
  const seen = statements.flatMap((s) => seenFrom(role, s, identities) ?? []);
  const byOther = new Map<string, Holding[]>();
  for (const other of [...new Set(seen.map((s) => s.other))].sort()) {
    const held: Holding[] = seen
      .filter((s) => s.other === other)
      .map((s) => ({
        value: rankRelationLabel(s.relation, roleName(other)),
        source: s.source,
        evidence: [s],
        detail: { rankRelation: s.relation, otherRole: other },
      }));
    held.push(...ladderRelations(role, other, definitions, identities, roleName));
    byOther.set(other, held);
  }
  return byOther;
}

/** How each source's own ladder ranks R against O (skipping sources that hold them to be one role). */
function ladderRelations(
  role: string,
  other: string,
  definitions: readonly RankedDefinition[],
  identities: SourceIdentities,
  roleName: (id: string) => string,
): Holding[] {
  const held: Holding[] = [];
  for (const source of [...new Set(definitions.map((d) => d.source))].sort()) {
    const mineIds = sameRoleIn(identities, source, role);
    if (mineIds.has(other)) continue;
    const theirIds = sameRoleIn(identities, source, other);
    const ranked = definitions.filter((d) => d.source === source && d.rank !== null);
    for (const mine of ranked.filter((d) => mineIds.has(d.role))) {
      for (const theirs of ranked.filter((d) => theirIds.has(d.role))) {
        const relation: RankRelation = mine.rank === theirs.rank ? "EQUAL" : (mine.rank ?? 0) > (theirs.rank ?? 0) ? "ABOVE" : "BELOW";
        held.push({
          value: rankRelationLabel(relation, roleName(other)),
          source,
          evidence: [mine, theirs],
          detail: { rankRelation: relation, otherRole: other },
        });
      }
    }
  }
  return held;
}

/** `000: "In some organizations"` for each conditional statement, to append to a summary. */
export function rankConditions(statements: readonly SeenFrom[]): string[] {
  return statements.flatMap((s) => (s.condition === null ? [] : [`${s.source}: "${s.condition}"`]));
}
