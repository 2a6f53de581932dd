/**
 * Level bands: the named tiers a source groups its roles into ("Entry-level Product manager
 * positions", "Other Product Roles", "a C-level executive"), as written and normalised.
 *
 * Positions for role R: each band a source gives R (R's claims under every title the source holds
 * to be R). And where a band contradicts the source's own ladder — R banded above a role the source
 * ranks higher, or below a role it ranks lower, or banded off the ladder while ranked on it — the
 * source also holds the position its ladder implies, so it shows in `withinSource`.
 */
import type { BandLevel, Holding, Quoted, RankedDefinition } from "./holdings.ts";
import { claimsAbout, type SourceIdentities, sameRoleIn } from "./sourceIdentity.ts";

export interface BandStatement extends Quoted {
  role: string;
  /** The band's name as the source writes it. */
  band: string;
  level: BandLevel;
  /** Where the source limits the band ("in few companies"), as written. */
  condition: string | null;
}

export const BAND_LEVELS: readonly BandLevel[] = ["ENTRY", "MID", "SENIOR", "LEADERSHIP", "EXECUTIVE", "OFF_LADDER"];

const LABEL: Record<BandLevel, string> = {
  ENTRY: "entry level",
  MID: "mid-level",
  SENIOR: "senior",
  LEADERSHIP: "leadership",
  EXECUTIVE: "executive",
  OFF_LADDER: "off the ladder",
};

export function bandLabel(level: BandLevel): string {
  return LABEL[level];
}

/** Order of the bands on a ladder; off-the-ladder has none. */
function order(level: BandLevel): number | null {
  return level === "OFF_LADDER" ? null : BAND_LEVELS.indexOf(level);
}

export interface BandInputs {
  role: string;
  /** Band statements of every source that bands R: those sources' whole files' bands. */
  bands: readonly BandStatement[];
  /** Definitions of the same sources (their ladders). */
  definitions: readonly RankedDefinition[];
  identities: SourceIdentities;
  roleName: (id: string) => string;
}

export function bandHoldings({ role, bands, definitions, identities, roleName }: BandInputs): Holding[] {
  const mine = claimsAbout(role, bands, (b) => b.role, identities);
  const held: Holding[] = mine.map((b) => ({ value: LABEL[b.level], source: b.source, evidence: [b], detail: { band: b.level } }));
  for (const b of mine) held.push(...ladderContradictions(b, { role, bands, definitions, identities, roleName }));
  return held;
}

/** The positions a source's own ladder implies where the band `b` (of R) contradicts it. */
function ladderContradictions(b: BandStatement, { role, bands, definitions, identities, roleName }: BandInputs): Holding[] {
  const same = sameRoleIn(identities, b.source, role);
  const ranked = definitions.filter((d) => d.source === b.source && d.rank !== null);
  const mine = ranked.filter((d) => same.has(d.role));
  if (b.level === "OFF_LADDER") {
    return mine.map((d) => ({ value: "on this source's ladder", source: b.source, evidence: [d], detail: {} }));
  }
  const myOrder = order(b.level);
  const held: Holding[] = [];
  for (const other of bands.filter((o) => o.source === b.source && !same.has(o.role))) {
    const theirOrder = order(other.level);
    if (myOrder === null || theirOrder === null || theirOrder === myOrder) continue;
    for (const myDef of mine) {
      for (const theirDef of ranked.filter((d) => sameRoleIn(identities, b.source, other.role).has(d.role))) {
        const rankedAbove = (myDef.rank ?? 0) > (theirDef.rank ?? 0);
        const rankedBelow = (myDef.rank ?? 0) < (theirDef.rank ?? 0);
        if ((myOrder < theirOrder && rankedAbove) || (myOrder > theirOrder && rankedBelow)) {
          held.push({
            value: `ranked ${rankedAbove ? "above" : "below"} ${roleName(other.role)}, which this source bands ${LABEL[other.level]}`,
            source: b.source,
            evidence: [myDef, theirDef, other],
            detail: { otherRole: other.role },
          });
        }
      }
    }
  }
  return held;
}

/** "004: in few companies" for each conditional band, to append to a summary. */
export function bandConditions(bands: readonly BandStatement[]): string[] {
  return bands.flatMap((b) => (b.condition === null ? [] : [`${b.source} bands it ${LABEL[b.level]} "${b.condition}"`]));
}
