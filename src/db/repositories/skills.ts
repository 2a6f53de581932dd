import { int } from "neo4j-driver";
import type { SkillRow } from "../../domain/types.ts";
import { alignTo, type QueryScope, read } from "../query.ts";

export async function skillsById(scope: QueryScope, ids: readonly string[]): Promise<(SkillRow | null)[]> {
  const rows = await read<{ key: string; value: SkillRow }>(scope, "read/skills-by-id", { ids });
  return alignTo(ids, rows, null);
}

export async function skillsPage(scope: QueryScope, offset: number, limit: number): Promise<SkillRow[]> {
  const rows = await read<{ skill: SkillRow }>(scope, "read/skills-page", { offset: int(offset), limit: int(limit) });
  return rows.map((r) => r.skill);
}
