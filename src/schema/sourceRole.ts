import type { DefinitionClaim } from "../claims/definition.ts";
import type { Context } from "../context.ts";
import { normalizeTitle, titleParts } from "../domain/titles.ts";
import { sourceRoleEntries } from "../services/ladder.ts";
import { requireSource } from "../services/lookup.ts";
import type { SourceRoleEntry } from "../services/shapes.ts";
import { sourceRolesOf } from "../services/sourceRoles.ts";
import { builder } from "./builder.ts";
import { RoleDefinitionRef, RoleRef, SourceRef, SourceRoleRef } from "./refs.ts";

/**
 * Every title the source writes for a source role: its definitions' titles (a heading naming each
 * joined role, "Director of Product/Product Leader", read as its parts), then the titles it
 * mentions its members by; each once, the heading role's first.
 */
async function titlesOf(ctx: Context, entry: SourceRoleEntry): Promise<string[]> {
  const headings = [...new Set((await definitionsOf(ctx, entry)).map((d) => d.title))];
  const parts = headings.length === 1 ? titleParts(headings[0] as string) : [];
  if (parts.length > 0 && entry.roles.length === 1) {
    // A heading naming this role and another ("Chief Product Officer/VP Of Product", two roles that may coexist): this role's part.
    const name = (await ctx.loaders.role.load(entry.role))?.name ?? entry.role;
    const own = parts.filter((p) => normalizeTitle(p) === normalizeTitle(name));
    parts.splice(0, parts.length, ...(own.length > 0 ? own : headings));
  }
  const mentions = (await ctx.loaders.claims.mentions.byRole.loadMany(entry.roles)).flatMap((list) => {
    if (list instanceof Error) throw list;
    return list.filter((m) => m.source === entry.source).map((m) => m.title);
  });
  const seen = new Set<string>();
  return [...(parts.length > 0 ? parts : headings), ...mentions].filter((t) => {
    const key = t.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The entry's definitions: as read with it, or (for an entry built from steps alone) its source's definitions of its members. */
async function definitionsOf(ctx: Context, entry: SourceRoleEntry): Promise<DefinitionClaim[]> {
  if (entry.definitions.length > 0) return entry.definitions;
  const lists = await ctx.loaders.claims.definitions.byRole.loadMany(entry.roles);
  return entry.roles.flatMap((_, i) => {
    const list = lists[i];
    if (list instanceof Error) throw list;
    return (list ?? []).filter((d) => d.source === entry.source);
  });
}

SourceRoleRef.implement({
  description:
    "A role as one source tells it: the catalogue roles the source says are one role (its SAME_AS; MAY_COEXIST joins nothing), as one entry with every title it writes for it. Other sources' SAME_AS never join roles here.",
  fields: (t) => ({
    source: t.field({ type: SourceRef, description: "The source.", resolve: (e) => e.source }),
    role: t.field({
      type: RoleRef,
      description: "The heading role: the one the source's identity claims name first (the role itself when it joins none).",
      resolve: (e) => e.role,
    }),
    roles: t.field({ type: [RoleRef], description: "Every catalogue role it joins, the heading first.", resolve: (e) => e.roles }),
    rank: t.int({
      nullable: true,
      description: "Its rung on the source's ladder; null off the ladder.",
      resolve: async (e, _a, ctx) => e.rank ?? (await definitionsOf(ctx, e)).find((d) => d.rank !== null)?.rank ?? null,
    }),
    heading: t.string({
      nullable: true,
      description:
        "Its first title as the source writes it; null when the source gives it no title (a role only on the far side of a step).",
      resolve: async (e, _a, ctx) => (await titlesOf(ctx, e))[0] ?? null,
    }),
    alsoCalled: t.stringList({
      description: "Its other titles as the source writes them (the titles it joins, the names it mentions it by).",
      resolve: async (e, _a, ctx) => (await titlesOf(ctx, e)).slice(1),
    }),
    definitions: t.field({
      type: [RoleDefinitionRef],
      description: "The source's definitions of its members, the heading's first.",
      resolve: (e, _a, ctx) => definitionsOf(ctx, e),
    }),
  }),
});

builder.objectFields(SourceRef, (t) => ({
  sourceRoles: t.field({
    type: [SourceRoleRef],
    description:
      "The roles this source describes, each once (titles it says are one role are one entry), in its ladder order; off-ladder roles last.",
    resolve: async (s, _a, ctx) => {
      await requireSource(ctx, s.id, "id");
      const [definitions, roles] = await Promise.all([ctx.loaders.claims.definitions.bySource.load(s.id), sourceRolesOf(ctx, [s.id])]);
      return sourceRoleEntries(s.id, definitions, roles);
    },
  }),
}));
