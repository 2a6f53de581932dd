import { z } from "zod";
import type { DefinitionClaim } from "../../claims/definition.ts";
import { type Track, TrackSchema } from "../../claims/vocabulary.ts";

/**
 * A read model of the roles page, not a claim: the heading of a definition — who defines which
 * role under what title, at which rung and on which track, what a list of roles shows. The roles
 * page reads it instead of the whole claim when its query selects nothing else of a definition
 * (`src/services/roles.ts` decides, by look-ahead); any other field of the definition loads the
 * whole claim (`definitionOf`), so a heading never answers for what it does not hold.
 */
export interface DefinitionHeading {
  heading: true;
  source: string;
  role: string;
  title: string;
  rank: number | null;
  track: Track | null;
}

/** A definition as the API's RoleDefinition type holds it: the whole claim, or only its heading. */
export type Definition = DefinitionClaim | DefinitionHeading;

export function isHeading(d: Definition): d is DefinitionHeading {
  return "heading" in d;
}

/** The heading of a whole claim. */
export function headingOf(d: DefinitionClaim): DefinitionHeading {
  return { heading: true, source: d.source, role: d.role, title: d.title, rank: d.rank, track: d.track?.value ?? null };
}

/** A stored DESCRIBED_BY relationship projected to its heading (`d {.source, .title, .rank, .track, role: …}`). */
export const StoredHeadingSchema = z
  .object({ source: z.string(), role: z.string(), title: z.string(), rank: z.number().int().nullish(), track: TrackSchema.nullish() })
  .transform(
    (r): DefinitionHeading => ({
      heading: true,
      source: r.source,
      role: r.role,
      title: r.title,
      rank: r.rank ?? null,
      track: r.track ?? null,
    }),
  );
