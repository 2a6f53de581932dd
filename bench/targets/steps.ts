import { z } from "zod";
import { identities } from "../../src/claims/identity.ts";
import type { PromotionClaim } from "../../src/claims/promotion.ts";
import { promotions } from "../../src/claims/promotion.ts";
import { RoleRowSchema } from "../../src/db/repositories/rows.ts";
import { groupEdges } from "../../src/domain/promotions.ts";
import { SourceRoles } from "../../src/domain/sourceRoles.ts";
import { ofRole } from "../../src/services/sourceRoles.ts";
import { plainNumbers } from "./audit.ts";

/** The map `Role.promotionClaims` returns (bench/statements.ts): laddergraph's statement's columns, parsed with its own schemas. */
const PromotionClaimsSchema = z.object({
  claims: z.array(promotions.stored),
  roles: z.array(RoleRowSchema),
  sourceIdentities: z.array(identities.stored),
});

/**
 * A role's steps up as laddergraph's `Role.promotesTo` groups them, from the claims laddergraph's
 * statement reads (`{claims, roles, sourceIdentities}`; null: none): laddergraph's own grouping
 * (src/domain/promotions.ts), which counts a source's step out of a title it holds to be this role
 * (its SAME_AS) as a step out of this role.
 */
export function stepsUpOf(roleId: string, value: unknown) {
  // A role with no step up has no row in the statement's answer (the library's field: null).
  if (value === null) return [];
  const { claims, roles, sourceIdentities } = PromotionClaimsSchema.parse(plainNumbers(value));
  const sourceRoles = new SourceRoles(sourceIdentities);
  const names = new Map(roles.map((r) => [r.id, r.name]));
  const nameOf = (id: string) => {
    const name = names.get(id);
    if (name === undefined) throw new Error(`steps up from ${roleId}: a step to ${id}, a role the statement did not return`);
    return name;
  };
  const own = ofRole(claims, roleId, sourceRoles, (c) => c.from);
  return groupEdges(own, { sources: null, minSupport: 1 }, sourceRoles, { from: roleId }).map((e) => ({
    to: e.to,
    name: nameOf(e.to),
    support: e.support,
    sources: e.sources.map((id) => ({ id })),
  }));
}

/**
 * The library's custom resolver `Role.next`, over the claims it fetched through the
 * `promotionClaims` @cypher field. A library user needs one: the generated `promotesToConnection`
 * reads one catalogue role's edges only, and cannot fold a source's SAME_AS in.
 */
export function nextRolesOf(role: { id: string; promotionClaims: unknown }) {
  return stepsUpOf(role.id, role.promotionClaims).map(({ to, name, ...step }) => ({ to: { id: to, name }, ...step }));
}

/** One promotion claim of a source as a statement or the library hands it over: the step and its evidence, flat. */
export interface FlatStep {
  from: string;
  to: string;
  kind: string;
  track: string | null;
  quote: string;
  start: number;
  end: number;
}

/**
 * One source's ladder steps, rung by rung, as laddergraph groups them (src/services/ladder.ts): the
 * titles the source joins by its SAME_AS are one entry and their steps one step (laddergraph's own
 * `SourceRoles` and `groupEdges`); a rung's steps are those leaving its entries' headings. Returns,
 * for a rung's roles, its steps with their claims.
 */
export function ladderSteps(source: string, flat: readonly FlatStep[], sameAs: readonly { role: string; other: string }[]) {
  const roles = new SourceRoles(sameAs.map((s) => ({ source, role: s.role, other: s.other, kind: "SAME_AS" as const })));
  const claims: PromotionClaim[] = flat.map((c) => ({
    source,
    from: c.from,
    to: c.to,
    kind: c.kind as PromotionClaim["kind"],
    track: c.track as PromotionClaim["track"],
    evidence: { source, quote: c.quote, start: c.start, end: c.end, note: null },
  }));
  const steps = groupEdges(claims, { sources: [source], minSupport: 1 }, roles);
  return (rungRoles: readonly string[]) => {
    const headings = new Set(rungRoles.map((r) => roles.key(source, r)));
    return steps
      .filter((e) => headings.has(e.from))
      .map((e) => ({
        from: e.from,
        to: e.to,
        claims: e.claims.map((c) => ({
          kind: c.kind,
          track: c.track,
          evidence: { quote: c.evidence.quote, start: c.evidence.start, end: c.evidence.end },
        })),
      }));
  };
}
