import { z } from "zod";
import { type DefinitionClaim, definitions } from "../../claims/definition.ts";
import { identities } from "../../claims/identity.ts";
import { type PromotionClaim, promotions } from "../../claims/promotion.ts";
import type { SourceRow } from "../../domain/types.ts";
import { type QueryScope, read } from "../query.ts";
import { type Nodes, RoleRowSchema, SourceRowSchema } from "./rows.ts";

/** One source's whole ladder as one statement reads it (`cypher/read/ladder-of-source.cypher`). */
export interface LadderClaims {
  /** Null: no such source (then both lists are empty). */
  source: SourceRow | null;
  /** As `definitionsBySource` returns them. */
  definitions: DefinitionClaim[];
  /** As `promotionsBySource` returns them. */
  promotions: PromotionClaim[];
  nodes: Nodes;
}

const LadderRowSchema = z.object({
  source: SourceRowSchema.nullable(),
  definitions: z.array(definitions.stored),
  promotions: z.array(promotions.stored),
  roles: z.array(RoleRowSchema),
  sourceIdentities: z.array(identities.stored),
});

/** The source, its definitions and its promotion claims, in one statement. */
export async function ladderOfSource(scope: QueryScope, sourceId: string): Promise<LadderClaims> {
  const [row] = z.array(LadderRowSchema).parse(await read<unknown>(scope, "read/ladder-of-source", { source: sourceId }));
  if (!row) throw new Error("read/ladder-of-source returned no row");
  return {
    source: row.source,
    definitions: row.definitions,
    promotions: row.promotions,
    nodes: { sources: row.source ? [row.source] : [], roles: row.roles, skills: [], sourceIdentities: row.sourceIdentities },
  };
}
