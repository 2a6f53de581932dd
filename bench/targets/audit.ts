import { isInt } from "neo4j-driver";
import { allEvidence, type DefinitionClaim } from "../../src/claims/definition.ts";
import { AuditClaimsSchema } from "../../src/db/repositories/claims.ts";
import type { RoleAuditClaims } from "../../src/domain/conflicts/claims.ts";
import { type Conflict, conflictsFromClaims } from "../../src/domain/conflicts/index.ts";

/**
 * Neo4j integers as JavaScript numbers, everywhere in a value: laddergraph's driver is configured
 * so (`disableLosslessIntegers`), the library's is left at its default and hands them over as
 * neo4j-driver `Integer` objects.
 */
export function plainNumbers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainNumbers);
  if (value === null || typeof value !== "object") return value;
  if (isInt(value)) return value.toNumber();
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainNumbers(v)]));
}

/**
 * The `value` column of laddergraph's own audit statement (`cypher/read/audit-claims-by-role.cypher`),
 * parsed as laddergraph's repository parses it: every claim the conflict rules read about one role.
 */
export function auditClaimsOf(value: unknown): RoleAuditClaims {
  return AuditClaimsSchema.parse(plainNumbers(value));
}

/** laddergraph's own conflict rules (src/domain/conflicts/) over claims fetched in one statement. */
export function conflictsOf(role: string, claims: RoleAuditClaims): Conflict[] {
  return conflictsFromClaims(role, claims);
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
