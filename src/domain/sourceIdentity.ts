/**
 * The conflict rules' view of each source's own identity claims: which of a source's claims are
 * about one role. Built on `SourceRoles` (sourceRoles.ts), the one place that groups a source's
 * titles into source roles; MAY_COEXIST joins nothing, and one source's SAME_AS never merges
 * another source's claims.
 */
import { type IdentityStatement, SourceRoles } from "./sourceRoles.ts";

export type { IdentityStatement } from "./sourceRoles.ts";

/** Each source's source roles. */
export type SourceIdentities = SourceRoles;

export function sourceIdentities(statements: readonly IdentityStatement[]): SourceIdentities {
  return new SourceRoles(statements);
}

/** The roles `source` holds to be `role` (always including `role` itself). */
export function sameRoleIn(identities: SourceIdentities, source: string, role: string): ReadonlySet<string> {
  return new Set(identities.members(source, role));
}
