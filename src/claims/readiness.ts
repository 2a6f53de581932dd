import { z } from "zod";
import { type Evidence, evidenceOf, evidenceProps, storedEvidence } from "./evidence.ts";
import { claimKind } from "./kind.ts";
import { note, QuoteSchema, Slug } from "./vocabulary.ts";

/** What a readiness claim is: a sign someone is ready, the time the step takes, or something else the article lists before it. */
export const READINESS_KINDS = ["SIGN", "TIME", "OTHER"] as const;
export type ReadinessKind = (typeof READINESS_KINDS)[number];

/** A sign a source lists that someone is ready for a step (READINESS_SIGNAL). */
export interface ReadinessClaim {
  source: string;
  from: string;
  to: string;
  kind: ReadinessKind;
  evidence: Evidence;
}

export const readiness = claimKind({
  section: "readiness",
  input: z
    .object({
      from: Slug,
      to: Slug,
      /** SIGN (default): a sign of readiness; TIME: the time the step takes ("1-3 years"); OTHER: anything else the article lists. */
      kind: z.enum(READINESS_KINDS).default("SIGN"),
      quote: QuoteSchema,
      note,
    })
    .strict(),
  label: (r) => `${r.from} -> ${r.to}`,
  check(r, c): ReadinessClaim {
    c.role(r.from);
    c.role(r.to);
    return { source: c.source, from: r.from, to: r.to, kind: r.kind, evidence: c.evidence(r.quote, r.note) };
  },
  roles: (r) => [r.from, r.to],
  load: [
    {
      statement: "load/merge-readiness",
      relationship: "READINESS_SIGNAL",
      rows: (claims) => claims.map((r) => ({ from: r.from, to: r.to, props: { ...evidenceProps(r.evidence), kind: r.kind } })),
    },
  ],
  reads: { fromRole: "read/readiness-from-roles", bySource: "read/readiness-by-source" },
  graphql: { object: "ReadinessSign" },
  stored: z
    .object({ ...storedEvidence, from: z.string(), to: z.string(), kind: z.enum(READINESS_KINDS).nullish() })
    .transform((r): ReadinessClaim => ({ source: r.source, from: r.from, to: r.to, kind: r.kind ?? "SIGN", evidence: evidenceOf(r) })),
});
