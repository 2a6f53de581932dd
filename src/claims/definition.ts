import { z } from "zod";
import { type Evidence, evidenceOf, evidenceProps, figureEvidence, storedEvidence } from "./evidence.ts";
import { claimKind } from "./kind.ts";
import { note, QuoteSchema, Slug, type Track, TrackSchema } from "./vocabulary.ts";

/** A value a source states, with the sentence that states it. */
export interface Quoted<T> {
  value: T;
  evidence: Evidence;
}

/** Years of experience as a source gives them; months are fractions (12–18 months = 1–1.5). */
export interface YearsFigure {
  min: number | null;
  /** null: open-ended ("8+ years"). */
  max: number | null;
  /** The figure as written. */
  text: string;
  evidence: Evidence;
}

/** A source's definition of a role it describes in a section of its own (DESCRIBED_BY). */
export interface DefinitionClaim {
  source: string;
  role: string;
  /** The title exactly as the source writes it; `evidence` is its quote. */
  title: string;
  /** Rung on this source's ladder, 1 = lowest; null for roles it keeps off its ladder. */
  rank: number | null;
  summary: Quoted<string>;
  track: Quoted<Track> | null;
  years: YearsFigure | null;
  salaryUsd: Quoted<number> | null;
  evidence: Evidence;
}

const YearsSchema = z
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

const SalarySchema = z
  .object({
    /** US dollars a year, as the article states it. */
    amount: z.number().int().positive(),
    quote: QuoteSchema,
    note,
  })
  .strict();

export const definitions = claimKind({
  section: "roles",
  input: z
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
    }),
  label: (d) => d.role,
  check(d, c): DefinitionClaim {
    c.role(d.role);
    c.once(`definition:${d.role}`, `definition of role '${d.role}'`);
    const years = d.years ? { ...d.years, evidence: c.evidence(d.years.quote, d.years.note, ".years") } : null;
    if (years && !years.evidence.quote.includes(years.text)) {
      c.problem(`years.text '${years.text}' is not inside the quote`, ".years", years.evidence.quote);
    }
    const evidence = c.evidence(d.title, d.note, ".title");
    const summary = c.evidence(d.summary, null, ".summary");
    return {
      source: c.source,
      role: d.role,
      title: evidence.quote,
      rank: d.rank ?? null,
      summary: { value: summary.quote, evidence: summary },
      track: d.track && d.trackQuote ? { value: d.track, evidence: c.evidence(d.trackQuote, null, ".trackQuote") } : null,
      years: years ? { min: years.min, max: years.max, text: years.text, evidence: years.evidence } : null,
      salaryUsd: d.salaryUsd
        ? { value: d.salaryUsd.amount, evidence: c.evidence(d.salaryUsd.quote, d.salaryUsd.note, ".salaryUsd") }
        : null,
      evidence,
    };
  },
  roles: (d) => [d.role],
  load: [
    {
      statement: "load/merge-definitions",
      relationship: "DESCRIBED_BY",
      rows: (claims) =>
        claims.map((d) => ({
          role: d.role,
          props: {
            ...evidenceProps(d.evidence),
            title: d.title,
            rank: d.rank,
            track: d.track?.value ?? null,
            summary: d.summary.value,
            ...evidenceProps(d.summary.evidence, "summary"),
            yearsMin: d.years?.min ?? null,
            yearsMax: d.years?.max ?? null,
            yearsText: d.years?.text ?? null,
            ...(d.years ? evidenceProps(d.years.evidence, "years") : {}),
            salaryUsd: d.salaryUsd?.value ?? null,
            ...(d.salaryUsd ? evidenceProps(d.salaryUsd.evidence, "salary") : {}),
            ...(d.track ? evidenceProps(d.track.evidence, "track") : {}),
          },
        })),
    },
  ],
  reads: { byRole: "read/definitions-by-role", bySource: "read/definitions-by-source" },
  graphql: { object: "RoleDefinition" },
  stored: z
    .object({
      ...storedEvidence,
      role: z.string(),
      title: z.string(),
      rank: z.number().int().nullish(),
      track: TrackSchema.nullish(),
      summary: z.string(),
      summaryQuote: z.string(),
      summaryStart: z.number().int(),
      summaryEnd: z.number().int(),
      summaryNote: z.string().nullish(),
      yearsMin: z.number().nullish(),
      yearsMax: z.number().nullish(),
      yearsText: z.string().nullish(),
      yearsQuote: z.string().nullish(),
      yearsStart: z.number().int().nullish(),
      yearsEnd: z.number().int().nullish(),
      yearsNote: z.string().nullish(),
      salaryUsd: z.number().int().nullish(),
      salaryQuote: z.string().nullish(),
      salaryStart: z.number().int().nullish(),
      salaryEnd: z.number().int().nullish(),
      salaryNote: z.string().nullish(),
      trackQuote: z.string().nullish(),
      trackStart: z.number().int().nullish(),
      trackEnd: z.number().int().nullish(),
      trackNote: z.string().nullish(),
    })
    .transform((r): DefinitionClaim => {
      const quoted = <T>(value: T | null | undefined, evidence: Evidence | null, what: string): Quoted<T> | null => {
        if (value == null) return null;
        if (!evidence) throw new Error(`stored definition of ${r.role} by ${r.source} has a ${what} without its quote`);
        return { value, evidence };
      };
      const years = quoted(r.yearsText, figureEvidence(r.source, r.yearsQuote, r.yearsStart, r.yearsEnd, r.yearsNote), "years figure");
      return {
        source: r.source,
        role: r.role,
        title: r.title,
        rank: r.rank ?? null,
        summary: {
          value: r.summary,
          evidence: evidenceOf({ ...r, quote: r.summaryQuote, start: r.summaryStart, end: r.summaryEnd, note: r.summaryNote }),
        },
        track: quoted(r.track, figureEvidence(r.source, r.trackQuote, r.trackStart, r.trackEnd, r.trackNote), "track"),
        years: years && { min: r.yearsMin ?? null, max: r.yearsMax ?? null, text: years.value, evidence: years.evidence },
        salaryUsd: quoted(r.salaryUsd, figureEvidence(r.source, r.salaryQuote, r.salaryStart, r.salaryEnd, r.salaryNote), "salary"),
        evidence: evidenceOf(r),
      };
    }),
});

/** Every quote a definition rests on: title, summary, then track, years and salary where given. */
export function allEvidence(d: DefinitionClaim): Evidence[] {
  return [d.evidence, d.summary.evidence, d.track?.evidence, d.years?.evidence, d.salaryUsd?.evidence].filter(
    (e): e is Evidence => e !== undefined,
  );
}
