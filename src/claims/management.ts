import { z } from "zod";
import { type Evidence, evidenceOf, evidenceProps, storedEvidence } from "./evidence.ts";
import { claimKind } from "./kind.ts";
import { note, QuoteSchema, Slug } from "./vocabulary.ts";
import { wordsInQuote } from "./wording.ts";

export const MANAGEMENT_SCOPES = ["MANAGES_PEOPLE", "MENTORS", "LEADS", "NO_PEOPLE_MANAGEMENT"] as const;
export type ManagementScope = (typeof MANAGEMENT_SCOPES)[number];

/** How many people, where the source says: the words as written, and the numbers they mean. */
export interface HeadCount {
  text: string;
  min: number | null;
  max: number | null;
}

/** What a source says about a role's people management (MANAGEMENT_SCOPE, role to source). */
export interface ManagementClaim {
  source: string;
  role: string;
  scope: ManagementScope;
  /** Whom, as written ("a bunch of product managers"); null when the source does not say. */
  over: string | null;
  /** The ladder roles `over` names. */
  overRoles: string[];
  count: HeadCount | null;
  condition: string | null;
  evidence: Evidence;
}

const CountSchema = z
  .object({ text: z.string().min(1), min: z.number().int().nonnegative().nullish(), max: z.number().int().nonnegative().nullish() })
  .strict()
  .refine((n) => n.min == null || n.max == null || n.min <= n.max, { message: "count.min must not exceed count.max" });

export const management = claimKind({
  section: "management",
  input: z
    .object({
      role: Slug,
      scope: z.enum(MANAGEMENT_SCOPES),
      /** Whom, exactly as written; must lie inside `quote`. */
      over: z.string().min(1).optional(),
      overRoles: z.array(Slug).optional(),
      count: CountSchema.optional(),
      condition: z.string().min(1).optional(),
      quote: QuoteSchema,
      note,
    })
    .strict(),
  label: (m) => `${m.role} ${m.scope}`,
  check(m, c): ManagementClaim {
    c.role(m.role);
    for (const id of m.overRoles ?? []) c.role(id);
    const evidence = c.evidence(m.quote, m.note);
    c.once(`management:${m.role}:${m.scope}:${evidence.start}`, `${m.scope} claim for '${m.role}' on this quote`);
    wordsInQuote(c, evidence, m.over, "over");
    wordsInQuote(c, evidence, m.count?.text, "count");
    wordsInQuote(c, evidence, m.condition, "condition");
    const count = m.count ? { text: m.count.text, min: m.count.min ?? null, max: m.count.max ?? null } : null;
    return {
      source: c.source,
      role: m.role,
      scope: m.scope,
      over: m.over ?? null,
      overRoles: m.overRoles ?? [],
      count,
      condition: m.condition ?? null,
      evidence,
    };
  },
  roles: (m) => [m.role, ...m.overRoles],
  load: [
    {
      statement: "load/merge-management",
      relationship: "MANAGEMENT_SCOPE",
      rows: (claims) =>
        claims.map((m) => ({
          role: m.role,
          props: {
            ...evidenceProps(m.evidence),
            scope: m.scope,
            over: m.over,
            overRoles: m.overRoles,
            countText: m.count?.text ?? null,
            countMin: m.count?.min ?? null,
            countMax: m.count?.max ?? null,
            condition: m.condition,
          },
        })),
    },
  ],
  reads: { byRole: "read/management-by-role", bySource: "read/management-by-source" },
  graphql: { object: "ManagementClaim" },
  stored: z
    .object({
      ...storedEvidence,
      role: z.string(),
      scope: z.enum(MANAGEMENT_SCOPES),
      over: z.string().nullish(),
      overRoles: z.array(z.string()).nullish(),
      countText: z.string().nullish(),
      countMin: z.number().int().nullish(),
      countMax: z.number().int().nullish(),
      condition: z.string().nullish(),
    })
    .transform(
      (r): ManagementClaim => ({
        source: r.source,
        role: r.role,
        scope: r.scope,
        over: r.over ?? null,
        overRoles: r.overRoles ?? [],
        count: r.countText == null ? null : { text: r.countText, min: r.countMin ?? null, max: r.countMax ?? null },
        condition: r.condition ?? null,
        evidence: evidenceOf(r),
      }),
    ),
});
