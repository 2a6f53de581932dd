import { z } from "zod";
import { allEvidence, type DefinitionClaim } from "../../src/claims/definition.ts";
import { AuditClaimsSchema } from "../../src/db/repositories/claims.ts";
import { RoleRowSchema } from "../../src/db/repositories/rows.ts";
import { type Conflict, conflictsFromClaims } from "../../src/domain/conflicts/index.ts";

/** What bench/cypher/audit-claims.cypher returns, parsed as laddergraph's repositories parse it: every claim the conflict rules read about one role. */
export const AuditClaimsRow = AuditClaimsSchema.and(z.object({ role: RoleRowSchema }));
export type AuditClaims = z.infer<typeof AuditClaimsRow>;

/** laddergraph's own conflict rules (src/domain/conflicts/) over claims fetched in one statement. */
export function conflictsOf(claims: AuditClaims): Conflict[] {
  return conflictsFromClaims(claims.role.id, claims);
}

/** A conflict as laddergraph's API answers `conflicts { aspect summary withinSource { id } positions { ... } }`. */
export function conflictJson(c: Conflict) {
  return {
    aspect: c.aspect,
    summary: c.summary,
    withinSource: c.withinSource.map((id) => ({ id })),
    positions: c.positions.map((p) => ({
      value: p.value,
      sources: p.sources.map((id) => ({ id })),
      evidence: p.evidence.map((e) => ({ quote: e.quote, start: e.start, end: e.end, source: { id: e.source } })),
    })),
  };
}

/** A definition as laddergraph's API answers the audit's `definitions { ... }` selection. */
export function definitionJson(d: DefinitionClaim) {
  return {
    title: d.title,
    rank: d.rank,
    track: d.track?.value ?? null,
    salaryUsd: d.salaryUsd?.value ?? null,
    yearsOfExperience: d.years ? { min: d.years.min, max: d.years.max, text: d.years.text } : null,
    source: { id: d.source },
    evidence: allEvidence(d).map((e) => ({ quote: e.quote, start: e.start, end: e.end })),
  };
}
