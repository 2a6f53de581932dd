import { int } from "neo4j-driver";
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

export interface RoleTitleRow {
  role: string;
  name: string;
  title: string;
  source: string;
  quote: string;
  start: number;
  end: number;
}

export async function allRoleTitles(scope: QueryScope): Promise<RoleTitleRow[]> {
  return read<RoleTitleRow>(scope, "read/role-titles");
}
