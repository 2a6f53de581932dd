import { z } from "zod";
import { note, QuoteSchema, Slug } from "../seed/claimsSchema.ts";
import { type Evidence, evidenceOf, evidenceProps, storedEvidence } from "./evidence.ts";
import { claimKind } from "./kind.ts";

/** A skill a source names: tied to a role (REQUIRES) or to none (NAMED_IN the source). */
export interface SkillClaim {
  source: string;
  skill: string;
  /** The role the source ties the skill to; null when it names the skill without a role. */
  role: string | null;
  evidence: Evidence;
}

/** A skill a source ties to a role. */
export type RequirementClaim = SkillClaim & { role: string };

export const skills = claimKind({
  section: "skills",
  input: z
    .object({
      skill: Slug,
      /** The role the article ties the skill to, if any. */
      role: Slug.optional(),
      quote: QuoteSchema,
      note,
    })
    .strict(),
  label: (s) => s.skill,
  check(s, c): SkillClaim {
    c.skill(s.skill);
    if (s.role) c.role(s.role);
    c.once(`skill:${s.skill}:${s.role ?? ""}`, `skill '${s.skill}'${s.role ? ` for '${s.role}'` : ""}`);
    return { source: c.source, skill: s.skill, role: s.role ?? null, evidence: c.evidence(s.quote, s.note) };
  },
  roles: (s) => (s.role ? [s.role] : []),
  skills: (s) => [s.skill],
  load: [
    {
      statement: "load/merge-requirements",
      rows: (claims) =>
        claims.flatMap((k) => (k.role === null ? [] : [{ role: k.role, skill: k.skill, props: evidenceProps(k.evidence) }])),
    },
    {
      statement: "load/merge-skill-mentions",
      rows: (claims) => claims.flatMap((k) => (k.role === null ? [{ skill: k.skill, props: evidenceProps(k.evidence) }] : [])),
    },
  ],
  stored: z
    .object({ ...storedEvidence, skill: z.string(), role: z.string().nullish() })
    .transform((r): SkillClaim => ({ source: r.source, skill: r.skill, role: r.role ?? null, evidence: evidenceOf(r) })),
});

/** A REQUIRES claim as read statements return it: a skill claim whose role is known. */
export const storedRequirement = z
  .object({ ...storedEvidence, skill: z.string(), role: z.string() })
  .transform((r): RequirementClaim => ({ source: r.source, skill: r.skill, role: r.role, evidence: evidenceOf(r) }));
