import { int } from "neo4j-driver";
import { z } from "zod";
import type { TitleEvidence } from "../../domain/titles.ts";
import type { RoleRow, Track } from "../../domain/types.ts";
import { type QueryScope, read } from "../query.ts";
import { EvidenceSchema, type Keyed, keyedRead, listRead, RoleRowSchema } from "./rows.ts";

export function rolesById(scope: QueryScope, ids: readonly string[]): Promise<Keyed<RoleRow | null>> {
  return keyedRead(scope, "read/roles-by-id", ids, RoleRowSchema.nullable(), null);
}

export async function allRoleIds(scope: QueryScope): Promise<string[]> {
  return listRead(scope, "read/role-ids", "id", z.string());
}

export function rolesPage(
  scope: QueryScope,
  filter: { track: Track | null; search: string | null },
  offset: number,
  limit: number,
): Promise<RoleRow[]> {
  return listRead(scope, "read/roles-page", "role", RoleRowSchema, {
    track: filter.track,
    search: filter.search === null ? null : filter.search.toLowerCase(),
    offset: int(offset),
    limit: int(limit),
  });
}

const TitleEvidenceSchema: z.ZodType<TitleEvidence> = z.object({
  role: z.string(),
  name: z.string(),
  title: z.string(),
  evidence: EvidenceSchema,
});

/** Every title any source writes for any role (definitions and mentions), with its evidence. */
export async function allRoleTitles(scope: QueryScope): Promise<TitleEvidence[]> {
  return z.array(TitleEvidenceSchema).parse(await read<unknown>(scope, "read/role-titles"));
}
