import type { Claims } from "./registry.ts";
import type { RoleCatalog, SkillCatalog } from "./vocabulary.ts";

/** An article as validated: its metadata quotes resolved to their text, its bytes' sha256, its text. */
export interface ResolvedSource {
  id: string;
  title: string;
  author: string | null;
  publisher: string | null;
  sha256: string;
  text: string;
}

/** One article and everything it claims, every quote resolved to offsets. */
export type SourceClaims = { source: ResolvedSource } & Claims;

/** What a load writes: the catalogues and every article's claims (src/seed/ reads it from files, src/db/writes/ writes it). */
export interface Corpus {
  roles: RoleCatalog;
  skills: SkillCatalog;
  sources: SourceClaims[];
}
