import type { SourceClaims } from "../claims/corpus.ts";
import type { DefinitionClaim } from "../claims/definition.ts";
import { type Conflict, type ConflictAspect, conflictsFromClaims, type RoleAuditClaims } from "../domain/conflicts/index.ts";
import { compareText } from "../domain/sorting.ts";
import type { RoleRow } from "../domain/types.ts";

/**
 * What an article not yet published would add to the graph's conflicts, computed without writing:
 * each role's claims as the audit statement (cypher/read/audit-claims-by-role.cypher) reads them
 * from the graph, with the new source's claims added the way that statement would read them once
 * loaded, then the conflict rules (src/domain/conflicts) on both.
 */

/** A conflict the new source takes a position in; `isNew`: the role had no conflict of this aspect before. */
export interface PreviewConflict extends Conflict {
  isNew: boolean;
}

export function emptyAudit(role: string): RoleAuditClaims {
  return {
    definitions: [],
    promotionsFrom: [],
    promotionsTo: [],
    identities: [],
    responsibilities: [],
    ladders: [],
    sourceIdentities: [],
    bands: [],
    management: [],
    relativeRanks: [],
    names: [{ id: role, name: role }],
  };
}

/**
 * The roles a source's claims join a relationship to, as the load statements (cypher/load/) write
 * them: a management claim's `overRoles` and a skill's step name roles but join none.
 */
export function rolesTouched(s: SourceClaims): Set<string> {
  const out = new Set<string>();
  const add = (...ids: (string | null | undefined)[]) => {
    for (const id of ids) if (id) out.add(id);
  };
  for (const d of s.definitions) add(d.role);
  for (const m of s.mentions) add(m.role);
  for (const r of s.responsibilities) add(r.role);
  for (const k of s.skills) add(k.role);
  for (const p of s.promotions) add(p.from, p.to);
  for (const i of s.identities) add(i.role, i.other);
  for (const n of s.nonPromotions) add(n.to);
  for (const r of s.readiness) add(r.from, r.to);
  for (const b of s.bands) add(b.role);
  for (const m of s.management) add(m.role);
  for (const r of s.relativeRanks) add(r.role, r.other);
  for (const o of s.outsideRoles) add(o.role, o.outsider);
  return out;
}

/**
 * The new source's part of one role's audit claims, field by field as the audit statement reads it:
 * claims about the role under any title the source says is the same (its SAME_AS), the source's
 * whole ladder when it defines the role, its identity claims when it claims anything about the role,
 * its whole band list when it bands or defines the role.
 */
export function sourcePart(role: string, s: SourceClaims, responsibilityText: (id: string) => string | undefined): RoleAuditClaims {
  const same = new Set([role]);
  for (const i of s.identities) {
    if (i.kind !== "SAME_AS") continue;
    if (i.role === role) same.add(i.other);
    if (i.other === role) same.add(i.role);
  }
  const defines = s.definitions.some((d) => same.has(d.role));
  const bandsIt = s.bands.some((b) => same.has(b.role)) || s.definitions.some((d) => d.role === role);
  const ladder = [...s.definitions].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || compareText(a.role, b.role));
  return {
    definitions: s.definitions.filter((d) => d.role === role),
    promotionsFrom: s.promotions.filter((p) => same.has(p.from)),
    promotionsTo: s.promotions.filter((p) => same.has(p.to)),
    identities: s.identities
      .filter((i) => i.role === role || i.other === role)
      .map((i) => (i.role === role ? i : { ...i, role, other: i.role })),
    responsibilities: s.responsibilities
      .filter((r) => same.has(r.role))
      .map((r) => ({ ...r, text: responsibilityText(r.responsibility) ?? r.text })),
    ladders: defines ? [{ source: s.source.id, definitions: ladder }] : [],
    sourceIdentities: rolesTouched(s).has(role) ? s.identities : [],
    bands: bandsIt ? s.bands : [],
    management: s.management.filter((m) => same.has(m.role)),
    relativeRanks: s.relativeRanks.filter((r) => same.has(r.role) || same.has(r.other)),
    names: [],
  };
}

/** The graph's audit claims of a role with the new source's part added. */
export function withSource(base: RoleAuditClaims, part: RoleAuditClaims, names: readonly RoleRow[]): RoleAuditClaims {
  const known = new Map([...names, ...base.names].map((r) => [r.id, r]));
  return {
    definitions: [...base.definitions, ...part.definitions],
    promotionsFrom: [...base.promotionsFrom, ...part.promotionsFrom],
    promotionsTo: [...base.promotionsTo, ...part.promotionsTo],
    identities: [...base.identities, ...part.identities],
    responsibilities: [...base.responsibilities, ...part.responsibilities],
    ladders: [...base.ladders, ...part.ladders],
    sourceIdentities: [...base.sourceIdentities, ...part.sourceIdentities],
    bands: [...base.bands, ...part.bands],
    management: [...base.management, ...part.management],
    relativeRanks: [...base.relativeRanks, ...part.relativeRanks],
    names: [...known.values()],
  };
}

/**
 * The conflicts the new source would take a position in, role by role (roles in catalogue order),
 * each marked new when the role had no conflict of that aspect among the graph's sources.
 */
export function previewConflicts(
  s: SourceClaims,
  audits: ReadonlyMap<string, RoleAuditClaims | null>,
  catalogue: readonly RoleRow[],
  aspects?: readonly ConflictAspect[],
): PreviewConflict[] {
  const texts = new Map<string, string>();
  for (const audit of audits.values()) for (const r of audit?.responsibilities ?? []) texts.set(r.responsibility, r.text);
  const touched = rolesTouched(s);
  const order = catalogue.map((r) => r.id).filter((id) => touched.has(id));
  const out: PreviewConflict[] = [];
  for (const role of order) {
    const base = audits.get(role) ?? emptyAudit(role);
    const after = conflictsFromClaims(
      role,
      withSource(
        base,
        sourcePart(role, s, (id) => texts.get(id)),
        catalogue,
      ),
      aspects,
    );
    const before = new Set(conflictsFromClaims(role, base, aspects).map((c) => c.aspect));
    for (const c of after) {
      if (c.positions.some((p) => p.sources.includes(s.source.id))) out.push({ ...c, isNew: !before.has(c.aspect) });
    }
  }
  return out;
}

/** The article's ladder: its ranked definitions rung by rung, then those it keeps off the ladder (rank null). */
export function previewLadder(s: SourceClaims): { rank: number | null; definitions: DefinitionClaim[] }[] {
  const rungs = new Map<number | null, DefinitionClaim[]>();
  const sorted = [...s.definitions].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  for (const d of sorted) rungs.set(d.rank, [...(rungs.get(d.rank) ?? []), d]);
  return [...rungs.entries()].map(([rank, definitions]) => ({ rank, definitions }));
}
