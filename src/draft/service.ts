import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { RoleCatalogSchema, SkillCatalogSchema } from "../claims/vocabulary.ts";
import type { Context } from "../context.ts";
import { allRoleTitles } from "../db/repositories/roles.ts";
import { InvalidInputError } from "../errors.ts";
import type { Problem } from "../seed/corpus.ts";
import { checkSourceId } from "../services/sourceIds.ts";
import { claimsFileText, draftProblems } from "./claimsFile.ts";
import { draftArticle } from "./draft.ts";
import type { ArticleDraft, DraftCatalog } from "./types.ts";

export interface ServedDraft extends ArticleDraft {
  problems: Problem[];
  claimsYaml: string;
}

/** The catalogue the validator checks against (seed/catalog, as addSource), with every title the graph's sources write. */
async function catalogFor(ctx: Context, id: string): Promise<DraftCatalog> {
  const roles = RoleCatalogSchema.parse(parseYaml(readFileSync(resolve(ctx.seedDir, "catalog", "roles.yaml"), "utf8")));
  const skills = SkillCatalogSchema.parse(parseYaml(readFileSync(resolve(ctx.seedDir, "catalog", "skills.yaml"), "utf8")));
  // An outage is DATABASE_UNAVAILABLE already: read() maps it.
  const titles = (await allRoleTitles(ctx.scope)).filter((t) => t.evidence.source !== id).map((t) => ({ role: t.role, title: t.title }));
  return { roles, skills, titles };
}

/**
 * Drafts an article's claims for the API: writes nothing. Bad input (empty, too large, binary,
 * another language, no roles) is a BAD_USER_INPUT error saying why, with `reason` its code.
 */
export async function draftForApi(ctx: Context, args: { text: string; id: string }): Promise<ServedDraft> {
  checkSourceId(args.id);
  const catalog = await catalogFor(ctx, args.id);
  const result = await draftArticle(args.text, { id: args.id, catalog });
  if (!result.ok) throw new InvalidInputError(`no draft: ${result.refusal.message}`, { reason: result.refusal.code });
  return {
    ...result.draft,
    problems: draftProblems(args.text, result.draft, catalog),
    claimsYaml: claimsFileText(args.text, result.draft),
  };
}
