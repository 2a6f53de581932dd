import { type Conflict, conflictsFromClaims, type RoleAuditClaims } from "../../src/domain/conflicts.ts";
import { allEvidence } from "../../src/domain/evidence.ts";
import type { DefinitionRow } from "../../src/domain/types.ts";

/** What bench/cypher/audit-claims.cypher returns: every claim the conflict rules read about one role. */
export interface AuditClaims extends RoleAuditClaims {
  role: { id: string; name: string };
}

/** laddergraph's own conflict rules (src/domain/conflicts.ts) over claims fetched in one statement. */
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
export function definitionJson(d: DefinitionRow) {
  return {
    title: d.title,
    rank: d.rank ?? null,
    track: d.track ?? null,
    salaryUsd: d.salaryUsd ?? null,
    yearsOfExperience: d.yearsText ? { min: d.yearsMin ?? null, max: d.yearsMax ?? null, text: d.yearsText } : null,
    source: { id: d.source },
    evidence: allEvidence(d).map((e) => ({ quote: e.quote, start: e.start, end: e.end })),
  };
}
