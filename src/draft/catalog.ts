import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { RoleCatalogSchema, SkillCatalogSchema } from "../claims/vocabulary.ts";
import type { DraftCatalog } from "./types.ts";

/** The titles a claims file writes: its definitions' titles and its mentions' titles, by role. */
const TitlesOfFile = z
  .object({
    roles: z.array(z.object({ role: z.string(), title: z.union([z.string(), z.object({ text: z.string() })]) }).loose()).default([]),
    mentions: z.array(z.object({ role: z.string(), title: z.string() }).loose()).default([]),
  })
  .loose();

export interface SeedKnowledge {
  catalog: DraftCatalog;
  /** Per claims file (by id): the roles and skills its claims name. */
  usage: Map<string, { roles: Set<string>; skills: Set<string> }>;
}

/** Every role and skill id a claims file's entries name (any field holding a catalogue id). */
function idsIn(
  value: unknown,
  roleIds: ReadonlySet<string>,
  skillIds: ReadonlySet<string>,
  into: { roles: Set<string>; skills: Set<string> },
) {
  if (typeof value === "string") {
    if (roleIds.has(value)) into.roles.add(value);
    if (skillIds.has(value)) into.skills.add(value);
  } else if (Array.isArray(value)) for (const v of value) idsIn(v, roleIds, skillIds, into);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) if (k !== "source" && k !== "quote" && k !== "note") idsIn(v, roleIds, skillIds, into);
  }
}

/**
 * What a seed directory tells the drafter: the catalogue (seed/catalog) and the titles the claims
 * files write. `exclude` leaves one article's own titles out (drafting an article already there).
 */
export function readSeedKnowledge(seedDir: string, exclude?: string): SeedKnowledge {
  const roles = RoleCatalogSchema.parse(parseYaml(readFileSync(join(seedDir, "catalog", "roles.yaml"), "utf8")));
  const skills = SkillCatalogSchema.parse(parseYaml(readFileSync(join(seedDir, "catalog", "skills.yaml"), "utf8")));
  const roleIds = new Set(roles.map((r) => r.id));
  const skillIds = new Set(skills.map((s) => s.id));
  const titles: { role: string; title: string; source: string }[] = [];
  const usage = new Map<string, { roles: Set<string>; skills: Set<string> }>();
  const dir = join(seedDir, "claims");
  for (const f of existsSync(dir) ? readdirSync(dir).filter((x) => x.endsWith(".yaml")) : []) {
    const id = basename(f, ".yaml");
    const raw: unknown = parseYaml(readFileSync(join(dir, f), "utf8"));
    const used = { roles: new Set<string>(), skills: new Set<string>() };
    idsIn(raw, roleIds, skillIds, used);
    usage.set(id, used);
    if (id === exclude) continue;
    const parsed = TitlesOfFile.safeParse(raw);
    if (!parsed.success) continue;
    for (const d of parsed.data.roles)
      titles.push({ role: d.role, title: typeof d.title === "string" ? d.title : d.title.text, source: id });
    for (const m of parsed.data.mentions) titles.push({ role: m.role, title: m.title, source: id });
  }
  return { catalog: { roles, skills, titles }, usage };
}

/**
 * The catalogue as it was before `id` was written: roles and skills only that article's claims
 * name are removed, and so are its titles (the evaluation's left-one-out).
 */
export function leaveOneOut(seedDir: string, id: string): DraftCatalog {
  const { catalog, usage } = readSeedKnowledge(seedDir, id);
  const own = usage.get(id) ?? { roles: new Set<string>(), skills: new Set<string>() };
  const others = [...usage.entries()].filter(([k]) => k !== id).map(([, v]) => v);
  const onlyHere = (set: ReadonlySet<string>, pick: (u: { roles: Set<string>; skills: Set<string> }) => Set<string>) =>
    new Set([...set].filter((x) => !others.some((o) => pick(o).has(x))));
  const roles = onlyHere(own.roles, (u) => u.roles);
  const skills = onlyHere(own.skills, (u) => u.skills);
  return {
    roles: catalog.roles.filter((r) => !roles.has(r.id)),
    skills: catalog.skills.filter((s) => !skills.has(s.id)),
    titles: catalog.titles.filter((t) => !roles.has(t.role)),
  };
}
