import { int } from "neo4j-driver";
import type { SkillRow } from "../../domain/types.ts";
import type { QueryScope } from "../query.ts";
import { type Keyed, keyedRead, listRead, SkillRowSchema } from "./rows.ts";

export function skillsById(scope: QueryScope, ids: readonly string[]): Promise<Keyed<SkillRow | null>> {
  return keyedRead(scope, "read/skills-by-id", ids, SkillRowSchema.nullable(), null);
}

export function skillsPage(scope: QueryScope, offset: number, limit: number): Promise<SkillRow[]> {
  return listRead(scope, "read/skills-page", "skill", SkillRowSchema, { offset: int(offset), limit: int(limit) });
}
