import { z } from "zod";

/** A slug: lower-case words joined by hyphens, e.g. `senior-product-manager`. */
export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lower-case slug such as senior-product-manager");

export const TrackSchema = z.enum(["INDIVIDUAL_CONTRIBUTOR", "MANAGEMENT"]);
export type Track = z.infer<typeof TrackSchema>;

/**
 * A verbatim quote from the article. Plain string when it occurs once in the text; when it
 * occurs more than once, `{ text, occurrence }` names which one (1-based, in reading order).
 */
export const QuoteSchema = z.union([
  z.string().min(1, "a quote cannot be empty"),
  z.object({ text: z.string().min(1, "a quote cannot be empty"), occurrence: z.number().int().positive() }).strict(),
]);
export type Quote = z.infer<typeof QuoteSchema>;

const note = z.string().min(1).optional();

export const YearsSchema = z
  .object({
    /** Lower bound in years; months become fractions (18 months = 1.5). */
    min: z.number().nonnegative().nullable(),
    /** Upper bound in years; null means open-ended ("8+ years"). */
    max: z.number().nonnegative().nullable(),
    /** The figure exactly as written, e.g. "5-10+ years"; must lie inside `quote`. */
    text: z.string().min(1),
    quote: QuoteSchema,
    note,
  })
  .strict()
  .refine((y) => y.min === null || y.max === null || y.min <= y.max, { message: "years.min must not exceed years.max" });

export const SalarySchema = z
  .object({
    /** US dollars a year, as the article states it. */
    amount: z.number().int().positive(),
    quote: QuoteSchema,
    note,
  })
  .strict();

/** The article's definition of a role it describes in a section of its own. */
export const RoleDefinitionClaimSchema = z
  .object({
    role: Slug,
    /** The title exactly as the article writes it (usually the section heading). */
    title: QuoteSchema,
    /** Position on this article's ladder, 1 = lowest; omit for roles the article keeps off its ladder. */
    rank: z.number().int().positive().optional(),
    track: TrackSchema.optional(),
    trackQuote: QuoteSchema.optional(),
    /** One sentence from the article that sums the role up. */
    summary: QuoteSchema,
    years: YearsSchema.optional(),
    salaryUsd: SalarySchema.optional(),
    note,
  })
  .strict()
  .refine((d) => (d.track === undefined) === (d.trackQuote === undefined), {
    message: "track and trackQuote go together: a track needs the sentence that states it",
  });

/** A role the article only names in passing: not a rung. */
export const MentionClaimSchema = z.object({ role: Slug, title: z.string().min(1), quote: QuoteSchema, note }).strict();

export const ResponsibilityClaimSchema = z.object({ role: Slug, quote: QuoteSchema, note }).strict();

export const SkillClaimSchema = z
  .object({
    skill: Slug,
    /** The role the article ties the skill to, if any. */
    role: Slug.optional(),
    quote: QuoteSchema,
    note,
  })
  .strict();

export const PromotionKindSchema = z.enum(["EXPLICIT", "LADDER_ORDER"]);

export const PromotionClaimSchema = z
  .object({
    from: Slug,
    to: Slug,
    kind: PromotionKindSchema,
    /** The track this step belongs to, where the article branches. */
    track: TrackSchema.optional(),
    quote: QuoteSchema,
    note,
  })
  .strict()
  .refine((p) => p.from !== p.to, { message: "a promotion cannot go from a role to itself" });

export const IdentityKindSchema = z.enum(["SAME_AS", "MAY_COEXIST"]);

export const IdentityClaimSchema = z
  .object({
    role: Slug,
    other: Slug,
    /** SAME_AS: one role under two titles. MAY_COEXIST: two roles an organisation may have one or both of. */
    kind: IdentityKindSchema,
    quote: QuoteSchema,
    note,
  })
  .strict()
  .refine((i) => i.role !== i.other, { message: "an identity claim needs two different roles" });

/** A step the article says does not happen (e.g. no direct entry into a role from outside). */
export const NonPromotionClaimSchema = z.object({ from: Slug.optional(), to: Slug, quote: QuoteSchema, note }).strict();

/** A sign the article lists that someone is ready for a step. */
export const ReadinessClaimSchema = z.object({ from: Slug, to: Slug, quote: QuoteSchema, note }).strict();

export const SourceMetaSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_.-]+$/, "a source id is a file stem: letters, digits, _ . -"),
    /** The article's title as written in its text. */
    title: QuoteSchema,
    author: QuoteSchema.optional(),
    publisher: QuoteSchema.optional(),
    /** sha256 (hex) of seed/sources/<id>.txt, byte for byte. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, "sha256 must be 64 lower-case hex digits"),
  })
  .strict();

export const ClaimsFileSchema = z
  .object({
    source: SourceMetaSchema,
    roles: z.array(RoleDefinitionClaimSchema).default([]),
    mentions: z.array(MentionClaimSchema).default([]),
    responsibilities: z.array(ResponsibilityClaimSchema).default([]),
    skills: z.array(SkillClaimSchema).default([]),
    promotions: z.array(PromotionClaimSchema).default([]),
    identities: z.array(IdentityClaimSchema).default([]),
    nonPromotions: z.array(NonPromotionClaimSchema).default([]),
    readiness: z.array(ReadinessClaimSchema).default([]),
  })
  .strict();
export type ClaimsFile = z.infer<typeof ClaimsFileSchema>;

/** seed/catalog/roles.yaml: the canonical roles claims refer to. Names are our vocabulary, not facts. */
export const RoleCatalogSchema = z.array(z.object({ id: Slug, name: z.string().min(1) }).strict());
/** seed/catalog/skills.yaml: the canonical skills claims refer to. */
export const SkillCatalogSchema = z.array(z.object({ id: Slug, name: z.string().min(1), kind: z.enum(["HARD", "SOFT"]) }).strict());
export type RoleCatalog = z.infer<typeof RoleCatalogSchema>;
export type SkillCatalog = z.infer<typeof SkillCatalogSchema>;
