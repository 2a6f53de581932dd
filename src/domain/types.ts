/** The nodes claims point at, as repositories return them. Claims themselves live in src/claims/. */
import type { SkillKind } from "../claims/vocabulary.ts";

export { SKILL_KINDS, type Track } from "../claims/vocabulary.ts";

export interface SourceRow {
  id: string;
  title: string | null;
  author: string | null;
  publisher: string | null;
  sha256: string;
}

export interface RoleRow {
  id: string;
  name: string;
}

export interface SkillRow {
  id: string;
  name: string;
  kind: SkillKind;
}
