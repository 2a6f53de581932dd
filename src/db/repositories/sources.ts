import { z } from "zod";
import type { SourceRow } from "../../domain/types.ts";
import type { QueryScope } from "../query.ts";
import { type Keyed, keyedRead, listRead, SourceRowSchema } from "./rows.ts";

export function listSources(scope: QueryScope): Promise<SourceRow[]> {
  return listRead(scope, "read/sources", "source", SourceRowSchema);
}

export function sourcesById(scope: QueryScope, ids: readonly string[]): Promise<Keyed<SourceRow | null>> {
  return keyedRead(scope, "read/sources-by-id", ids, SourceRowSchema.nullable(), null);
}

export function sourceTextsById(scope: QueryScope, ids: readonly string[]): Promise<Keyed<string | null>> {
  return keyedRead(scope, "read/source-texts-by-id", ids, z.string().nullable(), null);
}
