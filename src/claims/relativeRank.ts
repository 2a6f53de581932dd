import { z } from "zod";
import { type Evidence, evidenceOf, evidenceProps, storedEvidence } from "./evidence.ts";
import { claimKind } from "./kind.ts";
import { note, QuoteSchema, Slug } from "./vocabulary.ts";
import { wordsInQuote } from "./wording.ts";

export const RANK_RELATIONS = ["EQUAL", "ABOVE", "BELOW"] as const;
export type RankRelation = (typeof RANK_RELATIONS)[number];

/** A source ranking a role against another: equal, above or below, maybe only under a condition (RANKS_AGAINST, role to role). */
export interface RelativeRankClaim {
  source: string;
  role: string;
  relation: RankRelation;
  other: string;
  /** As written ("In some organizations"); null when unconditional. */
  condition: string | null;
  evidence: Evidence;
}

export const relativeRanks = claimKind({
  section: "relativeRanks",
  input: z
    .object({
      role: Slug,
      relation: z.enum(RANK_RELATIONS),
      other: Slug,
      condition: z.string().min(1).optional(),
      quote: QuoteSchema,
      note,
    })
    .strict(),
  label: (r) => `${r.role} ${r.relation} ${r.other}`,
  check(r, c): RelativeRankClaim {
    c.role(r.role);
    c.role(r.other);
    if (r.role === r.other) c.problem(`'${r.role}' ranks against itself: a relative rank needs two different roles`);
    c.once(`relative-rank:${r.role}:${r.relation}:${r.other}`, `relative rank ${r.role} ${r.relation} ${r.other}`);
    const evidence = c.evidence(r.quote, r.note);
    wordsInQuote(c, evidence, r.condition, "condition");
    return { source: c.source, role: r.role, relation: r.relation, other: r.other, condition: r.condition ?? null, evidence };
  },
  roles: (r) => [r.role, r.other],
  load: [
    {
      statement: "load/merge-relative-ranks",
      relationship: "RANKS_AGAINST",
      rows: (claims) =>
        claims.map((r) => ({
          role: r.role,
          other: r.other,
          props: { ...evidenceProps(r.evidence), relation: r.relation, condition: r.condition },
        })),
    },
  ],
  reads: { byRole: "read/relative-ranks-by-role", bySource: "read/relative-ranks-by-source" },
  graphql: { object: "RelativeRankClaim" },
  stored: z
    .object({ ...storedEvidence, role: z.string(), other: z.string(), relation: z.enum(RANK_RELATIONS), condition: z.string().nullish() })
    .transform(
      (r): RelativeRankClaim => ({
        source: r.source,
        role: r.role,
        relation: r.relation,
        other: r.other,
        condition: r.condition ?? null,
        evidence: evidenceOf(r),
      }),
    ),
});
