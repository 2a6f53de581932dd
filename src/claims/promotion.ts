import { z } from "zod";
import { type Evidence, evidenceOf, evidenceProps, storedEvidence } from "./evidence.ts";
import { claimKind } from "./kind.ts";
import { note, QuoteSchema, Slug, type Track, TrackSchema } from "./vocabulary.ts";

export const PROMOTION_KINDS = ["EXPLICIT", "LADDER_ORDER"] as const;
export type PromotionKind = (typeof PROMOTION_KINDS)[number];

/** A step up from one role to another that one source asserts (PROMOTES_TO). */
export interface PromotionClaim {
  source: string;
  from: string;
  to: string;
  /** EXPLICIT: a sentence states the step; LADDER_ORDER: the order of the source's ladder implies it. */
  kind: PromotionKind;
  /** The track the step belongs to, where the source branches. */
  track: Track | null;
  evidence: Evidence;
}

export const promotions = claimKind({
  section: "promotions",
  input: z
    .object({
      from: Slug,
      to: Slug,
      kind: z.enum(PROMOTION_KINDS),
      /** The track this step belongs to, where the article branches. */
      track: TrackSchema.optional(),
      quote: QuoteSchema,
      note,
    })
    .strict()
    .refine((p) => p.from !== p.to, { message: "a promotion cannot go from a role to itself" }),
  label: (p) => `${p.from} -> ${p.to}`,
  check(p, c): PromotionClaim {
    c.role(p.from);
    c.role(p.to);
    c.once(`promotion:${p.from}:${p.to}`, `promotion ${p.from} -> ${p.to}`);
    return { source: c.source, from: p.from, to: p.to, kind: p.kind, track: p.track ?? null, evidence: c.evidence(p.quote, p.note) };
  },
  roles: (p) => [p.from, p.to],
  load: [
    {
      statement: "load/merge-promotions",
      relationship: "PROMOTES_TO",
      rows: (claims) =>
        claims.map((p) => ({ from: p.from, to: p.to, props: { ...evidenceProps(p.evidence), kind: p.kind, track: p.track } })),
    },
  ],
  reads: { fromRole: "read/promotions-from-roles", toRole: "read/promotions-to-roles", bySource: "read/promotions-by-source" },
  graphql: { object: "PromotionClaim" },
  stored: z
    .object({ ...storedEvidence, from: z.string(), to: z.string(), kind: z.enum(PROMOTION_KINDS), track: TrackSchema.nullish() })
    .transform(
      (r): PromotionClaim => ({ source: r.source, from: r.from, to: r.to, kind: r.kind, track: r.track ?? null, evidence: evidenceOf(r) }),
    ),
});
