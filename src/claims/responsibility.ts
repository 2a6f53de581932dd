import { createHash } from "node:crypto";
import { z } from "zod";
import { type Evidence, evidenceOf, evidenceProps, storedEvidence } from "./evidence.ts";
import { claimKind } from "./kind.ts";
import { note, QuoteSchema, Slug } from "./vocabulary.ts";

/** A responsibility a source lists for a role, bullet by bullet (RESPONSIBLE_FOR a Responsibility node). */
export interface ResponsibilityClaim {
  source: string;
  role: string;
  /** The Responsibility's id: a stable hash of its normalised text, shared by the same bullet in two sources. */
  responsibility: string;
  /** The responsibility's text (as the first source to list it wrote it). */
  text: string;
  evidence: Evidence;
}

/** A responsibility's id: a stable hash of its normalised text, so the same bullet in two articles is one node. */
export function responsibilityId(text: string): string {
  const normalised = text
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[.;,\s]+$/, "")
    .trim();
  return createHash("sha256").update(normalised).digest("hex").slice(0, 16);
}

export const responsibilities = claimKind({
  section: "responsibilities",
  input: z.object({ role: Slug, quote: QuoteSchema, note }).strict(),
  label: (r) => r.role,
  check(r, c): ResponsibilityClaim {
    c.role(r.role);
    const evidence = c.evidence(r.quote, r.note);
    const id = responsibilityId(evidence.quote);
    c.once(`responsibility:${r.role}:${id}`, `responsibility for '${r.role}'`);
    return { source: c.source, role: r.role, responsibility: id, text: evidence.quote, evidence };
  },
  roles: (r) => [r.role],
  load: [
    {
      statement: "load/merge-responsibilities",
      relationship: "RESPONSIBLE_FOR",
      rows: (claims) => claims.map((r) => ({ role: r.role, id: r.responsibility, props: evidenceProps(r.evidence) })),
    },
  ],
  reads: { byRole: "read/responsibilities-by-role" },
  graphql: { object: "ResponsibilityClaim" },
  stored: z.object({ ...storedEvidence, role: z.string(), responsibility: z.string(), text: z.string() }).transform(
    (r): ResponsibilityClaim => ({
      source: r.source,
      role: r.role,
      responsibility: r.responsibility,
      text: r.text,
      evidence: evidenceOf(r),
    }),
  ),
});
