import { allEvidence } from "../claims/definition.ts";
import { isHeading } from "../db/repositories/definitionHeadings.ts";
import { definitionOf } from "../services/roles.ts";
import { TrackEnum } from "./enums.ts";
import { EvidenceRef, RoleDefinitionRef, RoleRef, SourceRef, YearsRangeRef } from "./refs.ts";

RoleDefinitionRef.implement({
  description: "One source's definition of a role: the title it writes, its rung, track and figures, each with evidence.",
  fields: (t) => ({
    source: t.field({ type: SourceRef, description: "The source that defines the role.", resolve: (d) => d.source }),
    role: t.field({ type: RoleRef, description: "The canonical role defined.", resolve: (d) => d.role }),
    title: t.exposeString("title", { description: "The title exactly as the source writes it (usually its section heading)." }),
    rank: t.int({
      nullable: true,
      description: "Rung on this source's ladder (1 = its lowest); null for roles it keeps off its ladder.",
      resolve: (d) => d.rank,
    }),
    track: t.field({
      type: TrackEnum,
      nullable: true,
      description: "The track the source puts the role on; null when it does not say.",
      resolve: (d) => (isHeading(d) ? d.track : (d.track?.value ?? null)),
    }),
    yearsOfExperience: t.field({
      type: YearsRangeRef,
      nullable: true,
      description: "Years of experience the source gives for the role; null when it gives none.",
      resolve: async (d, _a, ctx) => (await definitionOf(ctx, d)).years,
    }),
    salaryUsd: t.int({
      nullable: true,
      description: "US dollars a year, as the source states it; null when it gives no figure.",
      resolve: async (d, _a, ctx) => (await definitionOf(ctx, d)).salaryUsd?.value ?? null,
    }),
    salaryEvidence: t.field({
      type: EvidenceRef,
      nullable: true,
      description: "The sentence stating the salary; null when there is no salary.",
      resolve: async (d, _a, ctx) => (await definitionOf(ctx, d)).salaryUsd?.evidence ?? null,
    }),
    summary: t.string({
      nullable: true,
      description: "One sentence of the source that sums the role up.",
      resolve: async (d, _a, ctx) => (await definitionOf(ctx, d)).summary.value,
    }),
    summaryEvidence: t.field({
      type: EvidenceRef,
      description: "Where the summary sentence sits in the source.",
      resolve: async (d, _a, ctx) => (await definitionOf(ctx, d)).summary.evidence,
    }),
    note: t.string({
      nullable: true,
      description: "What the reader noted about this definition (an ambiguity, how a rank was read); null: no note.",
      resolve: async (d, _a, ctx) => (await definitionOf(ctx, d)).evidence.note,
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: "Every quote the definition rests on: title, summary, then track, years and salary where given.",
      resolve: async (d, _a, ctx) => allEvidence(await definitionOf(ctx, d)),
    }),
  }),
});

YearsRangeRef.implement({
  description: "Years of experience a source gives for holding or taking up a role. Months are fractions (12–18 months = 1–1.5).",
  fields: (t) => ({
    min: t.float({
      nullable: true,
      description: "Lower bound in years; null when the source gives only an upper bound.",
      resolve: (y) => y.min,
    }),
    max: t.float({ nullable: true, description: 'Upper bound in years; null = open-ended ("8+ years").', resolve: (y) => y.max }),
    text: t.exposeString("text", { description: 'The figure exactly as written, e.g. "5-10+ years".' }),
    evidence: t.field({ type: EvidenceRef, description: "The sentence that gives the figure.", resolve: (y) => y.evidence }),
  }),
});
