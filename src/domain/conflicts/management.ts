import { sameRoleIn } from "../sourceIdentity.ts";
import { identitiesOf, type RoleClaims } from "./claims.ts";
import { type Conflict, describe, Tally } from "./tally.ts";

/**
 * MANAGEMENT — `manages people` against `little or no people management`, from each source's
 * claims about the role under every title it holds to be this role. Mentoring and leading say
 * nothing about reports, so they hold no position; a source saying both is in `withinSource`.
 */
export function managementConflicts(c: RoleClaims): Conflict[] {
  const ids = identitiesOf(c);
  const tally = new Tally();
  for (const m of c.management.filter((x) => sameRoleIn(ids, x.source, c.role).has(x.role))) {
    if (m.scope === "MANAGES_PEOPLE") tally.hold("manages people", m.source, [m.evidence], { peopleManagement: "MANAGES_PEOPLE" });
    if (m.scope === "NO_PEOPLE_MANAGEMENT") {
      tally.hold("little or no people management", m.source, [m.evidence], { peopleManagement: "NO_PEOPLE_MANAGEMENT" });
    }
  }
  return tally.conflict(c.role, "MANAGEMENT", (positions) =>
    describe(`Sources disagree whether ${c.roleName(c.role)} manages people`, positions),
  );
}
