import { z } from "zod";
import { type Evidence, evidenceOf, evidenceProps, storedEvidence } from "./evidence.ts";
import { claimKind } from "./kind.ts";
import { note, QuoteSchema, Slug } from "./vocabulary.ts";

export const IDENTITY_KINDS = ["SAME_AS", "MAY_COEXIST"] as const;
export type IdentityKind = (typeof IDENTITY_KINDS)[number];

/** One source on whether two titles are one role (SAME_AS) or two an organisation may both have (COEXISTS_WITH). */
export interface IdentityClaim {
  source: string;
  /** Read by role: the role asked about; `other` is the role on the far side. */
  role: string;
  other: string;
  kind: IdentityKind;
  evidence: Evidence;
}

export const identities = claimKind({
  section: "identities",
  input: z
    .object({
      role: Slug,
      other: Slug,
      /** SAME_AS: one role under two titles. MAY_COEXIST: two roles an organisation may have one or both of. */
      kind: z.enum(IDENTITY_KINDS),
      quote: QuoteSchema,
      note,
    })
    .strict()
    .refine((i) => i.role !== i.other, { message: "an identity claim needs two different roles" }),
  label: (x) => `${x.role} ${x.kind} ${x.other}`,
  check(x, c): IdentityClaim {
    c.role(x.role);
    c.role(x.other);
    c.once(`identity:${[x.role, x.other].sort().join(":")}:${x.kind}`, `identity claim between '${x.role}' and '${x.other}'`);
    return { source: c.source, role: x.role, other: x.other, kind: x.kind, evidence: c.evidence(x.quote, x.note) };
  },
  roles: (x) => [x.role, x.other],
  load: IDENTITY_KINDS.map((kind) => ({
    statement: kind === "SAME_AS" ? ("load/merge-identities" as const) : ("load/merge-coexistence" as const),
    relationship: kind === "SAME_AS" ? ("SAME_AS" as const) : ("COEXISTS_WITH" as const),
    rows: (claims: readonly IdentityClaim[]) =>
      claims.filter((x) => x.kind === kind).map((x) => ({ role: x.role, other: x.other, props: evidenceProps(x.evidence) })),
  })),
  reads: { byRole: "read/identities-by-role", bySource: "read/identities-by-source" },
  stored: z
    .object({ ...storedEvidence, role: z.string(), other: z.string(), kind: z.enum(IDENTITY_KINDS) })
    .transform((r): IdentityClaim => ({ source: r.source, role: r.role, other: r.other, kind: r.kind, evidence: evidenceOf(r) })),
});
