import { z } from "zod";
import { type Evidence, evidenceOf, evidenceProps, storedEvidence } from "./evidence.ts";
import { claimKind } from "./kind.ts";
import { note, QuoteSchema, Slug } from "./vocabulary.ts";
import { wordsInQuote } from "./wording.ts";

export const OUTSIDE_RELATIONS = ["HELD_BY", "WORKS_WITH", "ADVISES"] as const;
export type OutsideRelation = (typeof OUTSIDE_RELATIONS)[number];

/**
 * A ladder role tied to someone outside the product ladder (TIED_TO_OUTSIDE_ROLE, ladder role to
 * outside role): held by the chief executive, working with or advising the chief technology officer.
 */
export interface OutsideRoleClaim {
  source: string;
  role: string;
  relation: OutsideRelation;
  /** The outside role's catalogue id (a role marked `outsideLadder`). */
  outsider: string;
  /** The outside role's title as written. */
  title: string;
  condition: string | null;
  evidence: Evidence;
}

export const outsideRoles = claimKind({
  section: "outsideRoles",
  input: z
    .object({
      role: Slug,
      relation: z.enum(OUTSIDE_RELATIONS),
      outsider: Slug,
      /** The outside role's title exactly as written; must lie inside `quote`. */
      title: z.string().min(1),
      condition: z.string().min(1).optional(),
      quote: QuoteSchema,
      note,
    })
    .strict(),
  label: (o) => `${o.role} ${o.relation} ${o.outsider}`,
  check(o, c): OutsideRoleClaim {
    c.role(o.role);
    c.role(o.outsider);
    if (o.role === o.outsider) c.problem(`'${o.role}' is tied to itself: an outside-role claim ties two different roles`);
    c.once(`outside:${o.role}:${o.relation}:${o.outsider}`, `${o.relation} claim between '${o.role}' and '${o.outsider}'`);
    const evidence = c.evidence(o.quote, o.note);
    wordsInQuote(c, evidence, o.title, "title");
    wordsInQuote(c, evidence, o.condition, "condition");
    return {
      source: c.source,
      role: o.role,
      relation: o.relation,
      outsider: o.outsider,
      title: o.title,
      condition: o.condition ?? null,
      evidence,
    };
  },
  roles: (o) => [o.role, o.outsider],
  load: [
    {
      statement: "load/merge-outside-roles",
      relationship: "TIED_TO_OUTSIDE_ROLE",
      rows: (claims) =>
        claims.map((o) => ({
          role: o.role,
          outsider: o.outsider,
          props: { ...evidenceProps(o.evidence), relation: o.relation, title: o.title, condition: o.condition },
        })),
    },
  ],
  reads: { byRole: "read/outside-roles-by-role", bySource: "read/outside-roles-by-source" },
  graphql: { object: "OutsideRoleClaim" },
  stored: z
    .object({
      ...storedEvidence,
      role: z.string(),
      outsider: z.string(),
      relation: z.enum(OUTSIDE_RELATIONS),
      title: z.string(),
      condition: z.string().nullish(),
    })
    .transform(
      (r): OutsideRoleClaim => ({
        source: r.source,
        role: r.role,
        relation: r.relation,
        outsider: r.outsider,
        title: r.title,
        condition: r.condition ?? null,
        evidence: evidenceOf(r),
      }),
    ),
});
