import type { Evidence } from "../claims/evidence.ts";
import type { builder } from "./builder.ts";
import { EvidenceRef, SourceRef } from "./refs.ts";

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** What every claim has: the source that makes it and the sentence it rests on. */
export interface Claim {
  source: string;
  evidence: Evidence;
}

/**
 * The fields every claim object shares, `source` and `evidence`, each described for its kind: one
 * place writes them for the claim types of the schema (spread them where the type lists them).
 */
export function claimFields<C extends Claim>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, C>,
  described: { source: string; evidence: string },
) {
  return {
    source: t.field({ type: SourceRef, description: described.source, resolve: (c) => c.source }),
    evidence: t.field({ type: EvidenceRef, description: described.evidence, resolve: (c) => c.evidence }),
  };
}
