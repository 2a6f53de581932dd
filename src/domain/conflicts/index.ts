/**
 * Where sources disagree about a role. A conflict exists only when at least TWO distinct positions
 * are each held by at least one source (RESPONSIBILITIES excepted: see its rule); a single source
 * holding two positions counts — an article contradicting itself, listed in `withinSource`.
 * Each aspect is one rule in its own file; they share the tally (`tally.ts`). The README's
 * "When two claims disagree" defines every aspect.
 */
import { CONFLICT_ASPECTS, type ConflictAspect } from "./aspects.ts";
import { type RoleAuditClaims, type RoleClaims, restrictToSources, roleClaimsOf } from "./claims.ts";
import { entryLevelConflicts } from "./entryLevel.ts";
import { salaryConflicts, trackConflicts, yearsConflicts } from "./figures.ts";
import { identityConflicts } from "./identity.ts";
import { promotionConflicts } from "./promotion.ts";
import { responsibilityConflicts } from "./responsibilities.ts";
import type { Conflict } from "./tally.ts";

export { CONFLICT_ASPECTS, type ConflictAspect } from "./aspects.ts";
export type { RoleAuditClaims, RoleClaims } from "./claims.ts";
export type { Conflict, Position } from "./tally.ts";

const RULES: Record<ConflictAspect, (c: RoleClaims) => Conflict[]> = {
  IDENTITY: identityConflicts,
  PROMOTION: promotionConflicts,
  TRACK: trackConflicts,
  YEARS_OF_EXPERIENCE: yearsConflicts,
  SALARY: salaryConflicts,
  ENTRY_LEVEL: entryLevelConflicts,
  RESPONSIBILITIES: responsibilityConflicts,
};

export function computeConflicts(
  claims: RoleClaims,
  aspects: readonly ConflictAspect[] = CONFLICT_ASPECTS,
  sources: readonly string[] | null = null,
): Conflict[] {
  const scoped = sources === null ? claims : restrictToSources(claims, sources);
  const wanted = new Set(aspects);
  return CONFLICT_ASPECTS.filter((aspect) => wanted.has(aspect)).flatMap((aspect) => RULES[aspect](scoped));
}

export function conflictsFromClaims(
  role: string,
  claims: RoleAuditClaims,
  aspects?: readonly ConflictAspect[],
  sources?: readonly string[] | null,
): Conflict[] {
  return computeConflicts(roleClaimsOf(role, claims), aspects, sources);
}
