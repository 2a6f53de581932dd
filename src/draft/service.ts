import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import type { SourceClaims } from "../claims/corpus.ts";
import { KINDS } from "../claims/registry.ts";
import { RoleCatalogSchema, SkillCatalogSchema } from "../claims/vocabulary.ts";
import type { Context } from "../context.ts";
import { allRoleTitles } from "../db/repositories/roles.ts";
import type { ConflictAspect, RoleAuditClaims } from "../domain/conflicts/index.ts";
import { InvalidInputError } from "../errors.ts";
import { type Problem, readUploadedSource } from "../seed/corpus.ts";
import { checkSourceId } from "../services/sourceIds.ts";
import { claimsFileText, draftProblems } from "./claimsFile.ts";
import { draftArticle } from "./draft.ts";
import { type PreviewConflict, previewConflicts, previewLadder, rolesTouched } from "./preview.ts";
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

/** The longest text or claims file previewSource takes: what addSource takes. */
const MAX_UPLOAD = 1_000_000;

export interface SourcePreview {
  id: string;
  /** The validator's problems (as addSource's): empty when Publish would load it. */
  problems: Problem[];
  /** Whether a source of this id is in the graph already (addSource would refuse it). */
  taken: boolean;
  ladder: ReturnType<typeof previewLadder>;
  conflicts: PreviewConflict[];
  /** Role names from the catalogue, for the ladder. */
  roleNames: ReadonlyMap<string, string>;
}

/**
 * An article and its claims file evaluated as addSource would load them, without writing: the
 * validator's problems, the article's ladder and the conflicts it would take part in with the
 * sources in the graph (the graph's claims read as the conflicts query reads them, the article's
 * added). With problems, the claims cannot be read, so ladder and conflicts are empty.
 */
export async function previewForApi(
  ctx: Context,
  upload: { id: string; text: string; claims: string; aspects?: readonly ConflictAspect[] | null | undefined },
): Promise<SourcePreview> {
  checkSourceId(upload.id);
  if (upload.text.length > MAX_UPLOAD || upload.claims.length > MAX_UPLOAD) {
    throw new InvalidInputError(`text and claims may be at most ${MAX_UPLOAD} characters each`);
  }
  const result = readUploadedSource(ctx.seedDir, { id: upload.id, text: upload.text, claimsYaml: upload.claims });
  const roles = RoleCatalogSchema.parse(parseYaml(readFileSync(resolve(ctx.seedDir, "catalog", "roles.yaml"), "utf8")));
  const roleNames = new Map(roles.map((r) => [r.id, r.name]));
  // An outage is DATABASE_UNAVAILABLE already: read() maps it.
  const taken = (await ctx.loaders.source.load(upload.id)) !== null;
  if (!result.ok) return { id: upload.id, problems: result.problems, taken, ladder: [], conflicts: [], roleNames };
  const source = result.corpus.sources[0] as SourceClaims;
  // One role at a time: each role's audit is its own statement (and transaction), so an article
  // naming many roles does not make one statement that outlasts the transaction timeout.
  const byRole = new Map<string, RoleAuditClaims | null>();
  for (const role of rolesTouched(source)) byRole.set(role, (await ctx.loaders.auditClaims.load(role)) ?? null);
  return {
    id: upload.id,
    problems: [],
    taken,
    ladder: previewLadder(source),
    conflicts: previewConflicts(source, byRole, roles, upload.aspects ?? undefined),
    roleNames,
  };
}

/** One claim kind's entry as the claims file writes it: its section and the JSON Schema of the validator's own schema. */
export function claimKindSchemas(): { section: string; schema: string }[] {
  return KINDS.map(({ kind }) => ({
    section: kind.section,
    schema: JSON.stringify(z.toJSONSchema(kind.input, { io: "input", unrepresentable: "any" })),
  }));
}
