import { z } from "zod";
import { evidenceOf, storedEvidence } from "../../claims/evidence.ts";
import { type IdentityClaim, identities } from "../../claims/identity.ts";
import { type RoleRow, SKILL_KINDS, type SkillRow, type SourceRow } from "../../domain/types.ts";
import type { StatementName } from "../cypher.ts";
import { alignTo, type QueryScope, read } from "../query.ts";

/** Every row a statement returns is parsed here, at the boundary, into the shape the rest of the code uses. */
export const SourceRowSchema: z.ZodType<SourceRow> = z.object({
  id: z.string(),
  title: z.string().nullable(),
  author: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  publisher: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  sha256: z.string(),
});
export const RoleRowSchema: z.ZodType<RoleRow> = z.object({ id: z.string(), name: z.string() });
export const SkillRowSchema: z.ZodType<SkillRow> = z.object({ id: z.string(), name: z.string(), kind: z.enum(SKILL_KINDS) });
/** A claim's evidence returned as a map (`t {.source, .quote, .start, .end, .note}`). */
export const EvidenceSchema = z.object(storedEvidence).transform(evidenceOf);

/** Nodes a statement read anyway; the data layer primes the request's loaders with them. */
export interface Nodes {
  sources: SourceRow[];
  roles: RoleRow[];
  skills: SkillRow[];
  /**
   * When a statement returns them: every identity claim of each of `sources` (as identities-by-source
   * reads them), which decide how each source's titles group into source roles.
   */
  sourceIdentities?: IdentityClaim[];
}

/** The node lists a statement may return beside its answer (absent: none). */
export const NodesSchema = {
  sources: z.array(SourceRowSchema).default([]),
  roles: z.array(RoleRowSchema).default([]),
  skills: z.array(SkillRowSchema).default([]),
  sourceIdentities: z.array(identities.stored).optional(),
};

/** Values aligned to the keys asked for (DataLoader's contract), and the nodes read on the way. */
export interface Keyed<V> {
  values: V[];
  nodes: Nodes;
}

/**
 * Runs one `UNWIND $ids` statement returning `{ key, value, sources?, roles? }` rows, parses each
 * value with `schema`, and aligns the values to `ids` (`missing` where a key found nothing).
 */
export async function keyedRead<V>(
  scope: QueryScope,
  name: StatementName,
  ids: readonly string[],
  schema: z.ZodType<V>,
  missing: V,
): Promise<Keyed<V>> {
  const rows = z.array(z.object({ key: z.string(), value: schema, ...NodesSchema })).parse(await read<unknown>(scope, name, { ids }));
  return {
    values: alignTo(ids, rows, missing),
    nodes: {
      sources: rows.flatMap((r) => r.sources),
      roles: rows.flatMap((r) => r.roles),
      skills: rows.flatMap((r) => r.skills),
      ...(rows.some((r) => r.sourceIdentities) ? { sourceIdentities: rows.flatMap((r) => r.sourceIdentities ?? []) } : {}),
    },
  };
}

/** Runs a statement whose rows each hold one node map under `column`, parsed with `schema`. */
export async function listRead<V>(
  scope: QueryScope,
  name: StatementName,
  column: string,
  schema: z.ZodType<V>,
  params: Record<string, unknown> = {},
): Promise<V[]> {
  const rows = z.array(z.object({ [column]: schema })).parse(await read<unknown>(scope, name, params));
  return rows.flatMap((r) => {
    const value = r[column];
    return value === undefined ? [] : [value];
  });
}
