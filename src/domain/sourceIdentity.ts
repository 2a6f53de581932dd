/**
 * A source's own identity claims decide which of its claims are about one role. When a source says
 * two titles are one role (SAME_AS), its claims under either title are its claims about that role;
 * MAY_COEXIST joins nothing. Each source speaks only for itself: one source's SAME_AS never merges
 * another source's claims.
 */

export interface IdentityStatement {
  source: string;
  role: string;
  other: string;
  kind: "SAME_AS" | "MAY_COEXIST";
}

/** source -> role -> every role that source holds to be the same one (the role itself included), closed transitively. */
export type SourceIdentities = ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>;

export function sourceIdentities(statements: readonly IdentityStatement[]): SourceIdentities {
  const bySource = new Map<string, Map<string, Set<string>>>();
  for (const s of statements) {
    if (s.kind !== "SAME_AS") continue;
    const groups = bySource.get(s.source) ?? new Map<string, Set<string>>();
    bySource.set(s.source, groups);
    const merged = new Set([...(groups.get(s.role) ?? [s.role]), ...(groups.get(s.other) ?? [s.other])]);
    for (const id of merged) groups.set(id, merged);
  }
  return bySource;
}

/** The roles `source` holds to be `role` (always including `role` itself). */
export function sameRoleIn(identities: SourceIdentities, source: string, role: string): ReadonlySet<string> {
  return identities.get(source)?.get(role) ?? new Set([role]);
}
