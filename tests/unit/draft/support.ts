import { readSeedKnowledge } from "../../../src/draft/catalog.ts";
import { draftArticle } from "../../../src/draft/draft.ts";
import type { ArticleDraft, DraftCatalog } from "../../../src/draft/types.ts";

/** The seed catalogue and titles, as the CLI reads them. */
export const CATALOG: DraftCatalog = readSeedKnowledge("seed").catalog;

/** Drafts a small article; throws when the drafter refuses it. */
export async function draft(text: string, catalog: DraftCatalog = CATALOG): Promise<ArticleDraft> {
  const r = await draftArticle(text, { id: "unit", catalog });
  if (!r.ok) throw new Error(`refused: ${r.refusal.message}`);
  return r.draft;
}
