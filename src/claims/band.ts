import { z } from "zod";
import { type Evidence, evidenceOf, evidenceProps, storedEvidence } from "./evidence.ts";
import { claimKind } from "./kind.ts";
import { note, QuoteSchema, Slug } from "./vocabulary.ts";
import { wordsInQuote } from "./wording.ts";

/** The normalised tiers a band name maps to (seed/CLAIMS.md has the table). */
export const BAND_LEVELS = ["ENTRY", "MID", "SENIOR", "LEADERSHIP", "EXECUTIVE", "OFF_LADDER"] as const;
export type BandLevel = (typeof BAND_LEVELS)[number];

/** A named tier or section a source puts a role in (IN_BAND, role to source). */
export interface BandClaim {
  source: string;
  role: string;
  /** The band's name as the source writes it, e.g. "Mid-level". */
  band: string;
  level: BandLevel;
  /** Where the source limits it ("in few companies"), as written; null when it does not. */
  condition: string | null;
  evidence: Evidence;
}

/** Band names compare without case or spacing: "Entry-level" and "entry-level" are one name. */
export function bandNameKey(band: string): string {
  return band.toLowerCase().replace(/\s+/g, " ").trim();
}

export const bands = claimKind({
  section: "bands",
  input: z
    .object({
      role: Slug,
      /** The band's name exactly as written; must lie inside `quote`. */
      band: z.string().min(1),
      level: z.enum(BAND_LEVELS),
      condition: z.string().min(1).optional(),
      quote: QuoteSchema,
      note,
    })
    .strict(),
  label: (b) => `${b.role} ${b.level}`,
  check(b, c): BandClaim {
    c.role(b.role);
    const evidence = c.evidence(b.quote, b.note);
    c.once(`band:${b.role}:${b.level}:${evidence.start}`, `band '${b.band}' for '${b.role}' on this quote`);
    c.consistent(`band-name:${bandNameKey(b.band)}`, b.level, `band name '${b.band}'`);
    wordsInQuote(c, evidence, b.band, "band");
    wordsInQuote(c, evidence, b.condition, "condition");
    return { source: c.source, role: b.role, band: b.band, level: b.level, condition: b.condition ?? null, evidence };
  },
  roles: (b) => [b.role],
  load: [
    {
      statement: "load/merge-bands",
      relationship: "IN_BAND",
      rows: (claims) =>
        claims.map((b) => ({
          role: b.role,
          props: { ...evidenceProps(b.evidence), band: b.band, level: b.level, condition: b.condition },
        })),
    },
  ],
  reads: { byRole: "read/bands-by-role", bySource: "read/bands-by-source" },
  graphql: { object: "BandClaim" },
  stored: z
    .object({ ...storedEvidence, role: z.string(), band: z.string(), level: z.enum(BAND_LEVELS), condition: z.string().nullish() })
    .transform(
      (r): BandClaim => ({
        source: r.source,
        role: r.role,
        band: r.band,
        level: r.level,
        condition: r.condition ?? null,
        evidence: evidenceOf(r),
      }),
    ),
});
