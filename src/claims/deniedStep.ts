import { z } from "zod";
import { type Evidence, evidenceOf, evidenceProps, storedEvidence } from "./evidence.ts";
import { claimKind } from "./kind.ts";
import { note, QuoteSchema, Slug } from "./vocabulary.ts";

/** A step a source says does not happen, e.g. no direct entry into a role from outside (DENIES_STEP). */
export interface DeniedStepClaim {
  source: string;
  /** The role the step would start from; null: from outside the profession. */
  from: string | null;
  to: string;
  evidence: Evidence;
}

export const nonPromotions = claimKind({
  section: "nonPromotions",
  input: z.object({ from: Slug.optional(), to: Slug, quote: QuoteSchema, note }).strict(),
  label: (n) => `${n.from ?? "outside"} -> ${n.to}`,
  check(n, c): DeniedStepClaim {
    if (n.from) c.role(n.from);
    c.role(n.to);
    return { source: c.source, from: n.from ?? null, to: n.to, evidence: c.evidence(n.quote, n.note) };
  },
  roles: (n) => [n.to],
  load: [
    {
      statement: "load/merge-denied-steps",
      relationship: "DENIES_STEP",
      rows: (claims) => claims.map((n) => ({ to: n.to, props: { ...evidenceProps(n.evidence), from: n.from } })),
    },
  ],
  reads: {},
  stored: z
    .object({ ...storedEvidence, from: z.string().nullish(), to: z.string() })
    .transform((r): DeniedStepClaim => ({ source: r.source, from: r.from ?? null, to: r.to, evidence: evidenceOf(r) })),
});
