/** The nodes claims point at, as repositories return them. Claims themselves live in src/claims/. */
export type { Track } from "../seed/claimsSchema.ts";

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

/** Our catalogue's classification of a skill. */
export const SKILL_KINDS = ["HARD", "SOFT"] as const;

export interface SkillRow {
  id: string;
  name: string;
  kind: (typeof SKILL_KINDS)[number];
}
