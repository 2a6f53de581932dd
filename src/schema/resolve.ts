import type DataLoader from "dataloader";
import type { Context } from "../context.ts";
import type { RoleRow, SourceRow } from "../domain/types.ts";

/** Resolves ids to rows through the request's loaders, dropping ids no longer in the graph. */
export async function sourcesByIds(ctx: Context, ids: readonly string[]): Promise<SourceRow[]> {
  const rows = await ctx.loaders.source.loadMany([...ids]);
  return rows.filter((r): r is SourceRow => r !== null && !(r instanceof Error));
}

export async function rolesByIds(ctx: Context, ids: readonly string[]): Promise<RoleRow[]> {
  const rows = await ctx.loaders.role.loadMany([...ids]);
  return rows.filter((r): r is RoleRow => r !== null && !(r instanceof Error));
}

export async function roleById(ctx: Context, id: string): Promise<RoleRow> {
  return (await ctx.loaders.role.load(id)) ?? { id, name: id };
}

/** A source by id; evidence always names a loaded source, so the fallback only guards a concurrent reload. */
export async function sourceById(ctx: Context, id: string): Promise<SourceRow> {
  return (await ctx.loaders.source.load(id)) ?? { id, title: null, author: null, publisher: null, sha256: "" };
}

/** loadMany that rethrows a failed key's error instead of returning it in the list. */
export async function loadAll<V>(loader: DataLoader<string, V>, ids: readonly string[]): Promise<V[]> {
  const values = await loader.loadMany(ids);
  return values.map((v) => {
    if (v instanceof Error) throw v;
    return v;
  });
}
