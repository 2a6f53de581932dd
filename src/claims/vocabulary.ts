/**
 * The words claims are written in: slugs, tracks, quotes, a source's metadata, and the role and
 * skill catalogues. Every claim kind (src/claims/) and the seed validator (src/seed/) use these.
 */
import { z } from "zod";

/** Our catalogue's classification of a skill. */
export const SKILL_KINDS = ["HARD", "SOFT"] as const;
export type SkillKind = (typeof SKILL_KINDS)[number];

/** A slug: lower-case words joined by hyphens, e.g. `senior-product-manager`. */
export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lower-case slug such as senior-product-manager");

/** The two tracks a ladder can branch into above a shared rung. */
export const TRACKS = ["INDIVIDUAL_CONTRIBUTOR", "MANAGEMENT"] as const;
export const TrackSchema = z.enum(TRACKS);
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

/** What the reader noted about a claim: an ambiguity, or how they read the text. */
export const note = z.string().min(1).optional();

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

/** seed/catalog/roles.yaml: the canonical roles claims refer to. Names are our vocabulary, not facts. */
export const RoleCatalogSchema = z.array(
  z
    .object({
      id: Slug,
      name: z.string().min(1),
      /** A role outside the product ladder (the chief executive…), catalogued so that titles resolve and claims can name it. */
      outsideLadder: z.boolean().optional(),
    })
    .strict(),
);
/** seed/catalog/skills.yaml: the canonical skills claims refer to. */
export const SkillCatalogSchema = z.array(z.object({ id: Slug, name: z.string().min(1), kind: z.enum(SKILL_KINDS) }).strict());
export type RoleCatalog = z.infer<typeof RoleCatalogSchema>;
export type SkillCatalog = z.infer<typeof SkillCatalogSchema>;
