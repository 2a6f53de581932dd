import { z } from "zod";
import { type Evidence, evidenceOf, evidenceProps, figureEvidence, storedEvidence } from "./evidence.ts";
import { claimKind } from "./kind.ts";
import { note, type Quote, QuoteSchema, Slug } from "./vocabulary.ts";
import { wordsInQuote } from "./wording.ts";

/** How a source classifies a skill: soft, hard, a mix it does not split, or its own word ("transferable skills"). */
export const SKILL_CLASSES = ["SOFT", "HARD", "MIXED", "OTHER"] as const;
export type SkillClass = (typeof SKILL_CLASSES)[number];
/** TOP: the source ranks it first ("the top skill"); KEY: the source stresses it ("is key", "essential"). */
export const EMPHASIS_LEVELS = ["TOP", "KEY"] as const;
export type EmphasisLevel = (typeof EMPHASIS_LEVELS)[number];

/** Words of the source about a skill ("soft skills", "the top skill"), what they mean, and their sentence. */
export interface SkillWording<K> {
  text: string;
  value: K;
  evidence: Evidence;
}

/** A skill a source names: tied to a role (REQUIRES) or to none (NAMED_IN the source). */
export interface SkillClaim {
  source: string;
  skill: string;
  /** The role the source ties the skill to; null when it names the skill without a role. */
  role: string | null;
  /** The promotion step the source names the skill for (a readiness list); null when none. */
  step: { from: string; to: string } | null;
  classification: SkillWording<SkillClass> | null;
  emphasis: SkillWording<EmphasisLevel> | null;
  evidence: Evidence;
}

/** A skill a source ties to a role. */
export type RequirementClaim = SkillClaim & { role: string };

const ClassificationSchema = z
  .object({ text: z.string().min(1), kind: z.enum(SKILL_CLASSES), quote: QuoteSchema })
  .strict()
  .transform((w) => ({ text: w.text, value: w.kind, quote: w.quote }));
const EmphasisSchema = z
  .object({ text: z.string().min(1), level: z.enum(EMPHASIS_LEVELS), quote: QuoteSchema })
  .strict()
  .transform((w) => ({ text: w.text, value: w.level, quote: w.quote }));

/** The properties a skill claim's classification, emphasis and step add to its relationship. */
function statedProps(k: SkillClaim) {
  return {
    stepFrom: k.step?.from ?? null,
    stepTo: k.step?.to ?? null,
    classificationText: k.classification?.text ?? null,
    classification: k.classification?.value ?? null,
    ...(k.classification ? evidenceProps(k.classification.evidence, "classification") : {}),
    emphasisText: k.emphasis?.text ?? null,
    emphasis: k.emphasis?.value ?? null,
    ...(k.emphasis ? evidenceProps(k.emphasis.evidence, "emphasis") : {}),
  };
}

const storedStated = {
  stepFrom: z.string().nullish(),
  stepTo: z.string().nullish(),
  classificationText: z.string().nullish(),
  classification: z.enum(SKILL_CLASSES).nullish(),
  classificationQuote: z.string().nullish(),
  classificationStart: z.number().int().nullish(),
  classificationEnd: z.number().int().nullish(),
  emphasisText: z.string().nullish(),
  emphasis: z.enum(EMPHASIS_LEVELS).nullish(),
  emphasisQuote: z.string().nullish(),
  emphasisStart: z.number().int().nullish(),
  emphasisEnd: z.number().int().nullish(),
};

/** A REQUIRES claim as read statements return it: a skill claim whose role is known. */
export const storedRequirement = storedSkill().transform((k, ctx): RequirementClaim => {
  if (k.role === null) {
    ctx.addIssue({ code: "custom", message: "a REQUIRES claim needs its role" });
    return z.NEVER;
  }
  return { ...k, role: k.role };
});

export const skills = claimKind({
  section: "skills",
  input: z
    .object({
      skill: Slug,
      /** The role the article ties the skill to, if any. */
      role: Slug.optional(),
      /** The step the article names the skill for (a readiness list). */
      step: z.object({ from: Slug, to: Slug }).strict().optional(),
      /** What the article calls it: `{ text, kind, quote }`, the text inside the quote. */
      classification: ClassificationSchema.optional(),
      /** How the article stresses it: `{ text, level, quote }`, the text inside the quote. */
      emphasis: EmphasisSchema.optional(),
      quote: QuoteSchema,
      note,
    })
    .strict(),
  label: (s) => s.skill,
  check(s, c): SkillClaim {
    c.skill(s.skill);
    if (s.role) c.role(s.role);
    if (s.step) {
      c.role(s.step.from);
      c.role(s.step.to);
    }
    c.once(`skill:${s.skill}:${s.role ?? ""}`, `skill '${s.skill}'${s.role ? ` for '${s.role}'` : ""}`);
    const stated = <K>(w: { text: string; value: K; quote: Quote } | undefined, part: string) => {
      if (!w) return null;
      const evidence = c.evidence(w.quote, null, part);
      wordsInQuote(c, evidence, w.text, part.slice(1));
      return { text: w.text, value: w.value, evidence };
    };
    return {
      source: c.source,
      skill: s.skill,
      role: s.role ?? null,
      step: s.step ?? null,
      classification: stated(s.classification, ".classification"),
      emphasis: stated(s.emphasis, ".emphasis"),
      evidence: c.evidence(s.quote, s.note),
    };
  },
  roles: (s) => [...(s.role ? [s.role] : []), ...(s.step ? [s.step.from, s.step.to] : [])],
  skills: (s) => [s.skill],
  load: [
    {
      statement: "load/merge-requirements",
      relationship: "REQUIRES",
      rows: (claims) =>
        claims.flatMap((k) =>
          k.role === null ? [] : [{ role: k.role, skill: k.skill, props: { ...evidenceProps(k.evidence), ...statedProps(k) } }],
        ),
    },
    {
      statement: "load/merge-skill-mentions",
      relationship: "NAMED_IN",
      rows: (claims) =>
        claims.flatMap((k) => (k.role === null ? [{ skill: k.skill, props: { ...evidenceProps(k.evidence), ...statedProps(k) } }] : [])),
    },
  ],
  reads: { byRole: { statement: "read/requirements-by-role", stored: storedRequirement }, bySource: "read/skills-by-source" },
  graphql: { object: "SkillStatement" },
  stored: storedSkill(),
});

function storedSkill() {
  return z.object({ ...storedEvidence, ...storedStated, skill: z.string(), role: z.string().nullish() }).transform((r): SkillClaim => {
    const said = <K>(text: string | null | undefined, value: K | null | undefined, evidence: Evidence | null): SkillWording<K> | null =>
      text == null || value == null || evidence === null ? null : { text, value, evidence };
    return {
      source: r.source,
      skill: r.skill,
      role: r.role ?? null,
      step: r.stepFrom && r.stepTo ? { from: r.stepFrom, to: r.stepTo } : null,
      classification: said(
        r.classificationText,
        r.classification,
        figureEvidence(r.source, r.classificationQuote, r.classificationStart, r.classificationEnd, null),
      ),
      emphasis: said(r.emphasisText, r.emphasis, figureEvidence(r.source, r.emphasisQuote, r.emphasisStart, r.emphasisEnd, null)),
      evidence: evidenceOf(r),
    };
  });
}
