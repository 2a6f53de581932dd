import type { ArticleDocument, Line } from "./document.ts";
import { span } from "./document.ts";
import type { RoleIndex, Spotted } from "./roles.ts";
import type { Region, Section, Structure } from "./structure.ts";
import type { DraftCatalog, DraftClaimsByKind, ProposedSkill, Span } from "./types.ts";

/** What every rule reads: the text, its layout, the title index, the catalogue, and the claims drafted so far. */
export interface RuleContext {
  text: string;
  doc: ArticleDocument;
  index: RoleIndex;
  structure: Structure;
  catalog: DraftCatalog;
  claims: DraftClaimsByKind;
  proposedSkills: Map<string, ProposedSkill>;
}

export interface Located {
  line: Line;
  sentence: Span;
  section: Section | null;
  region: Region;
}

/** Every sentence with the section and region it sits in. */
export function* located(ctx: RuleContext): Generator<Located> {
  for (const { line, sentence } of ctx.doc.sentences()) {
    yield {
      line,
      sentence,
      section: ctx.structure.lineSection[line.index] ?? null,
      region: ctx.structure.lineRegion[line.index] as Region,
    };
  }
}

/** A part of a sentence, by offsets inside it. */
export function part(ctx: RuleContext, sentence: Span, from: number, to: number): Span {
  return span(ctx.text, sentence.start + from, sentence.start + to);
}

/** Roles named in a span, in order, keeping only roles this article defines (unless `any`). */
export function named(ctx: RuleContext, where: Span, any = false): Spotted[] {
  const defined = definedRoles(ctx);
  return ctx.index.spot(ctx.text, where).filter((s) => any || defined.has(s.role));
}

export function definedRoles(ctx: RuleContext): Set<string> {
  return new Set(ctx.structure.sections.flatMap((s) => s.roles));
}

/** The section of a role. */
export function sectionOf(ctx: RuleContext, role: string): Section | undefined {
  return ctx.structure.sections.find((s) => s.roles.includes(role));
}

/** Roles on the rung below a section on its branch (or the shared rung a branch starts from). */
export function rungBelow(ctx: RuleContext, s: Section): string[] {
  if (s.rank === null) return [];
  const below = ctx.structure.sections.filter(
    (x) => x.rank === (s.rank as number) - 1 && (x.branch === null || s.branch === null || x.branch === s.branch),
  );
  return below.flatMap((x) => x.roles);
}

/** The roles a section's text speaks for: its own roles where the region belongs to it. */
export function speakingFor(at: Located): string[] {
  if (!at.section || at.region.section !== at.section) return [];
  if (at.region.kind === "general" || at.region.kind === "howto" || at.region.kind === "comparison") return [];
  if (at.sentence.start < at.section.bodyStart) return [];
  return at.section.roles;
}

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
