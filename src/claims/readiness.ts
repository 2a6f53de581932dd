import { z } from "zod";
import { note, QuoteSchema, Slug } from "../seed/claimsSchema.ts";
import { type Evidence, evidenceOf, evidenceProps, storedEvidence } from "./evidence.ts";
import { claimKind } from "./kind.ts";

/** A sign a source lists that someone is ready for a step (READINESS_SIGNAL). */
export interface ReadinessClaim {
  source: string;
  from: string;
  to: string;
  evidence: Evidence;
}

export const readiness = claimKind({
  section: "readiness",
  input: z.object({ from: Slug, to: Slug, quote: QuoteSchema, note }).strict(),
  label: (r) => `${r.from} -> ${r.to}`,
  check(r, c): ReadinessClaim {
    c.role(r.from);
    c.role(r.to);
    return { source: c.source, from: r.from, to: r.to, evidence: c.evidence(r.quote, r.note) };
  },
  roles: (r) => [r.from, r.to],
  load: [
    {
      statement: "load/merge-readiness",
      rows: (claims) => claims.map((r) => ({ from: r.from, to: r.to, props: evidenceProps(r.evidence) })),
    },
  ],
  stored: z
    .object({ ...storedEvidence, from: z.string(), to: z.string() })
    .transform((r): ReadinessClaim => ({ source: r.source, from: r.from, to: r.to, evidence: evidenceOf(r) })),
});
