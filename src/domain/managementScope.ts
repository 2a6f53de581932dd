/**
 * Management scope: whether a role manages people, mentors, or leads without reports; whom, and how
 * many, where the source says. Positions for role R (R's claims under every title its source holds
 * to be R): `manages people` and `little or no people management`. Mentoring and leading say
 * nothing either way about reports, so they hold no position. A source holding both is listed in
 * `withinSource`.
 */
import type { Holding, Quoted } from "./holdings.ts";
import { claimsAbout, type SourceIdentities } from "./sourceIdentity.ts";

export type ManagementScope = "MANAGES_PEOPLE" | "MENTORS" | "LEADS" | "NO_PEOPLE_MANAGEMENT";

export const MANAGEMENT_SCOPES: readonly ManagementScope[] = ["MANAGES_PEOPLE", "MENTORS", "LEADS", "NO_PEOPLE_MANAGEMENT"];

export interface ManagementStatement extends Quoted {
  role: string;
  scope: ManagementScope;
  /** Whom, as written ("a bunch of product managers"). */
  over: string | null;
  /** The roles `over` names, where the source names ladder roles. */
  overRoles: readonly string[];
  countText: string | null;
  countMin: number | null;
  countMax: number | null;
  condition: string | null;
}

export const MANAGES_PEOPLE = "manages people";
export const NO_PEOPLE_MANAGEMENT = "little or no people management";

export function managementHoldings(role: string, statements: readonly ManagementStatement[], identities: SourceIdentities): Holding[] {
  return claimsAbout(role, statements, (m) => m.role, identities).flatMap((m): Holding[] => {
    if (m.scope === "MANAGES_PEOPLE") {
      return [{ value: MANAGES_PEOPLE, source: m.source, evidence: [m], detail: { peopleManagement: "MANAGES_PEOPLE" } }];
    }
    if (m.scope === "NO_PEOPLE_MANAGEMENT") {
      return [{ value: NO_PEOPLE_MANAGEMENT, source: m.source, evidence: [m], detail: { peopleManagement: "NO_PEOPLE_MANAGEMENT" } }];
    }
    return [];
  });
}
