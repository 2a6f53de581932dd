import { int } from "neo4j-driver";
import type { TitleEvidence } from "../../domain/titles.ts";
import type { RoleRow, Track } from "../../domain/types.ts";
import { alignTo, type QueryScope, read } from "../query.ts";

export async function rolesById(scope: QueryScope, ids: readonly string[]): Promise<(RoleRow | null)[]> {
  const rows = await read<{ key: string; value: RoleRow }>(scope, "read/roles-by-id", { ids });
  return alignTo(ids, rows, null);
}

export async function allRoleIds(scope: QueryScope): Promise<string[]> {
  const rows = await read<{ id: string }>(scope, "read/role-ids");
  return rows.map((r) => r.id);
}

export async function rolesPage(
  scope: QueryScope,
  filter: { track: Track | null; search: string | null },
  offset: number,
  limit: number,
): Promise<RoleRow[]> {
  const rows = await read<{ role: RoleRow }>(scope, "read/roles-page", {
    track: filter.track,
    search: filter.search === null ? null : filter.search.toLowerCase(),
    offset: int(offset),
    limit: int(limit),
  });
  return rows.map((r) => r.role);
}

/** Every title any source writes for any role (definitions and mentions), with its evidence. */
export async function allRoleTitles(scope: QueryScope): Promise<TitleEvidence[]> {
  return read<TitleEvidence>(scope, "read/role-titles");
}
