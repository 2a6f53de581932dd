// Generated graphs: a conflict between two roles (IDENTITY, RELATIVE_RANK) has the same positions,
// held by the same sources, from either role. Each role's claims are chosen as the audit statement
// chooses them (cypher/read/audit-claims-by-role.cypher): its own, and its source's claims under a
// title that source joins to it (SAME_AS).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DefinitionClaim } from "../../src/claims/definition.ts";
import type { IdentityClaim } from "../../src/claims/identity.ts";
import type { PromotionClaim } from "../../src/claims/promotion.ts";
import type { RelativeRankClaim } from "../../src/claims/relativeRank.ts";
import { type Conflict, conflictsFromClaims, type RoleAuditClaims } from "../../src/domain/conflicts/index.ts";
import { SourceRoles } from "../../src/domain/sourceRoles.ts";
import { definition, identity, promotion, relativeRank } from "../support/claims.ts";

const ROLES = ["r0", "r1", "r2", "r3", "r4", "r5"];
const RELATIONS = ["EQUAL", "ABOVE", "BELOW"] as const;

interface Corpus {
  definitions: DefinitionClaim[];
  promotions: PromotionClaim[];
  identities: IdentityClaim[];
  relativeRanks: RelativeRankClaim[];
}

/** One source: a ladder over some roles; SAME_AS only between roles on one rung (no loops), as the validator allows. */
const sourceArb = (source: string) =>
  fc
    .record({
      ranks: fc.dictionary(fc.constantFrom(...ROLES), fc.integer({ min: 1, max: 4 }), { minKeys: 2, maxKeys: 6 }),
      sameAs: fc.array(fc.tuple(fc.constantFrom(...ROLES), fc.constantFrom(...ROLES)), { maxLength: 3 }),
      coexist: fc.array(fc.tuple(fc.constantFrom(...ROLES), fc.constantFrom(...ROLES)), { maxLength: 2 }),
      ranked: fc.array(fc.tuple(fc.constantFrom(...ROLES), fc.constantFrom(...RELATIONS), fc.constantFrom(...ROLES)), { maxLength: 3 }),
    })
    .map(({ ranks, sameAs, coexist, ranked }): Corpus => {
      const roles = Object.keys(ranks);
      const definitions = roles.map((role, i) => definition({ source, role, rank: ranks[role] ?? null, at: i * 100 }));
      const joined = new Map(roles.map((r) => [r, r]));
      const root = (r: string): string => (joined.get(r) === r ? r : root(joined.get(r) as string));
      const identities: IdentityClaim[] = [];
      for (const [a, b] of sameAs) {
        if (a === b || !(a in ranks) || !(b in ranks) || ranks[a] !== ranks[b] || root(a) === root(b)) continue;
        joined.set(root(b), root(a));
        identities.push(identity(source, a, b, "SAME_AS", 5000 + identities.length * 10));
      }
      for (const [a, b] of coexist) if (a !== b) identities.push(identity(source, a, b, "MAY_COEXIST", 6000 + identities.length * 10));
      const promotions = roles.flatMap((a, i) =>
        roles.filter((b) => (ranks[b] ?? 0) === (ranks[a] ?? 0) + 1).map((b, j) => promotion(source, a, b, 7000 + i * 50 + j)),
      );
      const relativeRanks = ranked
        .filter(([a, , b]) => a !== b)
        .map(([a, relation, b], i) => relativeRank(source, a, relation, b, 8000 + i * 10));
      return { definitions, promotions, identities, relativeRanks };
    });

const corpusArb = fc.tuple(sourceArb("s0"), sourceArb("s1"), sourceArb("s2")).map(
  (sources): Corpus => ({
    definitions: sources.flatMap((s) => s.definitions),
    promotions: sources.flatMap((s) => s.promotions),
    identities: sources.flatMap((s) => s.identities),
    relativeRanks: sources.flatMap((s) => s.relativeRanks),
  }),
);

/** What the audit statement reads for `role`. */
function auditOf(role: string, c: Corpus): RoleAuditClaims {
  const roles = new SourceRoles(c.identities);
  const twin = (source: string, r: string) => roles.same(source, r, role);
  const definers = new Set(c.definitions.filter((d) => twin(d.source, d.role)).map((d) => d.source));
  const touching = c.identities.filter((i) => i.role === role || i.other === role);
  // The sources of every claim about the role itself.
  const identitySources = new Set([
    ...touching.map((i) => i.source),
    ...c.definitions.filter((d) => d.role === role).map((d) => d.source),
    ...c.promotions.filter((p) => p.from === role || p.to === role).map((p) => p.source),
    ...c.relativeRanks.filter((r) => r.role === role || r.other === role).map((r) => r.source),
  ]);
  return {
    definitions: c.definitions.filter((d) => d.role === role),
    promotionsFrom: c.promotions.filter((p) => twin(p.source, p.from)),
    promotionsTo: c.promotions.filter((p) => twin(p.source, p.to)),
    identities: touching.map((i) => (i.role === role ? i : { ...i, role, other: i.role })),
    responsibilities: [],
    ladders: [...definers].map((source) => ({ source, definitions: c.definitions.filter((d) => d.source === source) })),
    sourceIdentities: c.identities.filter((i) => identitySources.has(i.source)),
    bands: [],
    management: [],
    relativeRanks: c.relativeRanks.filter((r) => twin(r.source, r.role) || twin(r.source, r.other)),
    names: ROLES.map((id) => ({ id, name: id })),
  };
}

const INVERSE: Record<string, string> = { ABOVE: "BELOW", BELOW: "ABOVE", EQUAL: "EQUAL" };

/** Each pair's positions as seen from its first role ("a") and from its second ("b"), relations read from "a". */
function pairPositions(conflicts: readonly Conflict[]): Map<string, { a: string[]; b: string[] }> {
  const pairs = new Map<string, { a: string[]; b: string[] }>();
  for (const c of conflicts) {
    for (const p of c.positions) {
      const other = p.detail.otherRole;
      if (!other) continue;
      const [a, b] = [c.role, other].sort();
      const fromA = c.role === a;
      const relation = p.detail.identityRelation ?? (fromA ? p.detail.rankRelation : INVERSE[p.detail.rankRelation ?? ""]);
      const key = `${c.aspect} ${a} ${b}`;
      const entry = pairs.get(key) ?? { a: [], b: [] };
      (fromA ? entry.a : entry.b).push(`${relation} ${p.sources.join(",")}`);
      pairs.set(key, entry);
    }
  }
  return pairs;
}

describe("pair conflicts on generated graphs", () => {
  it("read the same from either role", () => {
    fc.assert(
      fc.property(corpusArb, (corpus) => {
        const conflicts = ROLES.flatMap((role) => conflictsFromClaims(role, auditOf(role, corpus), ["IDENTITY", "RELATIVE_RANK"]));
        for (const [pair, { a, b }] of pairPositions(conflicts)) {
          expect({ pair, positions: [...a].sort() }).toEqual({ pair, positions: [...b].sort() });
        }
      }),
      { numRuns: 500 },
    );
  });
});
