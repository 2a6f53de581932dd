import { z } from "zod";
import { type Evidence, evidenceOf, evidenceProps, storedEvidence } from "./evidence.ts";
import { claimKind } from "./kind.ts";
import { note, QuoteSchema, Slug } from "./vocabulary.ts";

/** A role a source only names in passing, without a section of its own: not a rung (MENTIONED_IN). */
export interface MentionClaim {
  source: string;
  role: string;
  /** The title as the source writes it. */
  title: string;
  evidence: Evidence;
}

export const mentions = claimKind({
  section: "mentions",
  input: z.object({ role: Slug, title: z.string().min(1), quote: QuoteSchema, note }).strict(),
  label: (m) => m.role,
  check(m, c): MentionClaim {
    c.role(m.role);
    return { source: c.source, role: m.role, title: m.title, evidence: c.evidence(m.quote, m.note) };
  },
  roles: (m) => [m.role],
  load: [
    {
      statement: "load/merge-mentions",
      relationship: "MENTIONED_IN",
      rows: (claims) => claims.map((m) => ({ role: m.role, props: { ...evidenceProps(m.evidence), title: m.title } })),
    },
  ],
  reads: { byRole: "read/mentions-by-role" },
  stored: z
    .object({ ...storedEvidence, role: z.string(), title: z.string() })
    .transform((r): MentionClaim => ({ source: r.source, role: r.role, title: r.title, evidence: evidenceOf(r) })),
});
