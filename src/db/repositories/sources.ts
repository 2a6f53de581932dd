import type { SourceRow } from "../../domain/types.ts";
import { alignTo, type QueryScope, read } from "../query.ts";

export async function listSources(scope: QueryScope): Promise<SourceRow[]> {
  const rows = await read<{ source: SourceRow }>(scope, "read/sources");
  return rows.map((r) => r.source);
}

export async function sourcesById(scope: QueryScope, ids: readonly string[]): Promise<(SourceRow | null)[]> {
  const rows = await read<{ key: string; value: SourceRow }>(scope, "read/sources-by-id", { ids });
  return alignTo(ids, rows, null);
}

export async function sourceTextsById(scope: QueryScope, ids: readonly string[]): Promise<(string | null)[]> {
  const rows = await read<{ key: string; value: string }>(scope, "read/source-texts-by-id", { ids });
  return alignTo(ids, rows, null);
}
