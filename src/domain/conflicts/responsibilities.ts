import { distinctSorted, groupBy } from "../sorting.ts";
import type { RoleClaims } from "./claims.ts";
import { type Conflict, Tally } from "./tally.ts";

/**
 * RESPONSIBILITIES — only when two or more sources list responsibilities for R: each
 * responsibility listed by some but not all of them is a position. One such position is enough
 * here, and `withinSource` stays empty (listing several responsibilities is no contradiction).
 */
export function responsibilityConflicts(c: RoleClaims): Conflict[] {
  const listing = distinctSorted(c.responsibilities.map((r) => r.source));
  if (listing.length < 2) return [];
  const tally = new Tally();
  let byAll = 0;
  for (const rows of groupBy(c.responsibilities, (r) => r.responsibility).values()) {
    const holders = new Set(rows.map((r) => r.source));
    if (holders.size === listing.length) {
      byAll += 1;
      continue;
    }
    // One text per responsibility id; the first row's stands for all.
    const text = rows[0]?.text ?? "";
    for (const row of rows) tally.hold(text, row.source, [row.evidence]);
  }
  const positions = tally.positions();
  if (positions.length === 0) return [];
  const summary =
    `${listing.length} sources (${listing.join(", ")}) list responsibilities for ${c.roleName(c.role)}: ` +
    `${byAll} listed by all, ${positions.length} by only some.`;
  return [{ role: c.role, aspect: "RESPONSIBILITIES", summary, positions, withinSource: [] }];
}
