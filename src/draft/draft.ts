import { createHash } from "node:crypto";
import { checkArticle, type Refusal } from "./checks.ts";
import type { RuleContext } from "./context.ts";
import { ArticleDocument } from "./document.ts";
import { prepareNumberWords } from "./figures.ts";
import { RoleIndex } from "./roles.ts";
import { draftBands } from "./rules/bands.ts";
import { draftDefinitions } from "./rules/definitions.ts";
import { draftHeadingIdentities, draftIdentities } from "./rules/identities.ts";
import { draftManagement } from "./rules/management.ts";
import { draftMentions } from "./rules/mentions.ts";
import { draftNonPromotions } from "./rules/nonPromotions.ts";
import { draftOutsideRoles } from "./rules/outsideRoles.ts";
import { draftPromotions } from "./rules/promotions.ts";
import { draftReadiness } from "./rules/readiness.ts";
import { draftRelativeRanks } from "./rules/relativeRanks.ts";
import { draftResponsibilities } from "./rules/responsibilities.ts";
import { draftSalaries } from "./rules/salaries.ts";
import { draftSkills } from "./rules/skills.ts";
import { draftSource } from "./rules/source.ts";
import { draftYears } from "./rules/years.ts";
import { readStructure } from "./structure.ts";
import { type ArticleDraft, type DraftCatalog, type Drafted, emptyClaims, LOW_CONFIDENCE, type Span } from "./types.ts";

export type DraftResult = { ok: true; draft: ArticleDraft } | { ok: false; refusal: Refusal };

/**
 * Drafts an article's claims: deterministic rules over its layout and sentences, every quote a
 * span of the text, every claim with its confidence and the rule that fired. Writes nothing.
 */
export async function draftArticle(text: string, options: { id: string; catalog: DraftCatalog }): Promise<DraftResult> {
  const began = performance.now();
  const refusal = checkArticle(text);
  if (refusal) return { ok: false, refusal };
  await prepareNumberWords(text);
  const doc = new ArticleDocument(text);
  const index = new RoleIndex(options.catalog);
  const structure = readStructure(doc, index);
  if (structure.sections.length === 0) {
    return {
      ok: false,
      refusal: {
        code: "NO_ROLES",
        message: 'the article has no role sections (a heading, or a paragraph opening "Title- ", that is a job title): nothing to draft',
      },
    };
  }
  const ctx: RuleContext = { text, doc, index, structure, catalog: options.catalog, claims: emptyClaims(), proposedSkills: new Map() };
  draftDefinitions(ctx);
  draftYears(ctx);
  draftSalaries(ctx);
  draftPromotions(ctx);
  draftIdentities(ctx);
  draftReadiness(ctx);
  draftNonPromotions(ctx);
  draftBands(ctx);
  draftResponsibilities(ctx);
  draftSkills(ctx);
  draftManagement(ctx);
  draftOutsideRoles(ctx);
  draftRelativeRanks(ctx);
  draftHeadingIdentities(ctx);
  draftMentions(ctx);
  const source = draftSource(ctx);
  const claims = ctx.claims;
  claims.readiness = claims.readiness.filter(
    (r, i, all) => all.findIndex((x) => x.from === r.from && x.to === r.to && x.quote.start === r.quote.start) === i,
  );
  const proposedRoles = structure.proposals;
  const proposed = new Set([...proposedRoles.map((p) => p.id), ...ctx.proposedSkills.keys()]);
  capProposed(claims, proposed);
  const draft: ArticleDraft = {
    id: options.id,
    sha256: createHash("sha256").update(text, "utf8").digest("hex"),
    source,
    claims,
    proposedRoles,
    proposedSkills: [...ctx.proposedSkills.values()],
    elapsedMs: 0,
  };
  assertVerbatim(text, draft);
  draft.elapsedMs = Math.round((performance.now() - began) * 10) / 10;
  return { ok: true, draft };
}

/** A claim naming a proposed role or skill cannot load until a person adds it to the catalogue: low confidence. */
function capProposed(claims: ArticleDraft["claims"], proposed: ReadonlySet<string>): void {
  for (const list of Object.values(claims) as (Drafted & Record<string, unknown>)[][]) {
    for (const c of list) {
      const ids = ["role", "other", "from", "to", "skill"].map((k) => c[k]).filter((v): v is string => typeof v === "string");
      if (ids.some((id) => proposed.has(id)) && c.confidence >= LOW_CONFIDENCE) {
        c.confidence = 0.45;
        c.reason = `${c.reason}; names a proposed catalogue entry`;
      }
    }
  }
}

/** Every span in a draft, wherever it sits. */
export function spansOf(value: unknown, out: Span[] = []): Span[] {
  if (Array.isArray(value)) for (const v of value) spansOf(v, out);
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.start === "number" && typeof o.end === "number" && typeof o.text === "string") out.push(o as unknown as Span);
    for (const v of Object.values(o)) if (v && typeof v === "object") spansOf(v, out);
  }
  return out;
}

/** The drafter's promise: every quote is a verbatim span of the text. A broken promise is a bug, not a draft. */
function assertVerbatim(text: string, draft: ArticleDraft): void {
  for (const s of spansOf([draft.source, draft.claims, draft.proposedRoles, draft.proposedSkills])) {
    if (text.slice(s.start, s.end) !== s.text || s.text.length === 0) {
      throw new Error(`drafter bug: quote "${s.text.slice(0, 60)}" is not the text at ${s.start}-${s.end}`);
    }
  }
}
