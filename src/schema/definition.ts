import { allEvidence } from "../claims/definition.ts";
import { TrackEnum } from "./enums.ts";
import { EvidenceRef, RoleDefinitionRef, RoleRef, SourceRef, YearsRangeRef } from "./refs.ts";

RoleDefinitionRef.implement({
  description: "One source's definition of a role: the title it writes, its rung, track and figures, each with evidence.",
  fields: (t) => ({
    source: t.field({ type: SourceRef, resolve: (d) => d.source }),
    role: t.field({ type: RoleRef, resolve: (d) => d.role }),
    title: t.exposeString("title", { description: "The title exactly as the source writes it." }),
    rank: t.int({
      nullable: true,
      description: "Rung on this source's ladder (1 = its lowest); null for roles it keeps off its ladder.",
      resolve: (d) => d.rank ?? null,
    }),
    track: t.field({ type: TrackEnum, nullable: true, resolve: (d) => d.track?.value ?? null }),
    yearsOfExperience: t.field({ type: YearsRangeRef, nullable: true, resolve: (d) => d.years }),
    salaryUsd: t.int({
      nullable: true,
      description: "US dollars a year, as the source states it.",
      resolve: (d) => d.salaryUsd?.value ?? null,
    }),
    salaryEvidence: t.field({ type: EvidenceRef, nullable: true, resolve: (d) => d.salaryUsd?.evidence ?? null }),
    summary: t.string({ nullable: true, resolve: (d) => d.summary.value }),
    summaryEvidence: t.field({ type: EvidenceRef, resolve: (d) => d.summary.evidence }),
    note: t.string({ nullable: true, resolve: (d) => d.evidence.note }),
    evidence: t.field({
      type: [EvidenceRef],
      description: "Every quote the definition rests on: title, summary, then track, years and salary where given.",
      resolve: (d) => allEvidence(d),
    }),
  }),
});

YearsRangeRef.implement({
  description: "Years of experience a source gives for holding or taking up a role. Months are fractions (12–18 months = 1–1.5).",
  fields: (t) => ({
    min: t.float({ nullable: true, resolve: (y) => y.min }),
    max: t.float({ nullable: true, description: 'null = open-ended ("8+ years").', resolve: (y) => y.max }),
    text: t.exposeString("text", { description: "The figure as written." }),
    evidence: t.field({ type: EvidenceRef, resolve: (y) => y.evidence }),
  }),
});
