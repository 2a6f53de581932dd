import { bands } from "./band.ts";
import { definitions } from "./definition.ts";
import { nonPromotions } from "./deniedStep.ts";
import { identities } from "./identity.ts";
import { type ClaimKind, type ClaimRead, RELATIONSHIP_TYPE, type ReadClaim } from "./kind.ts";
import { management } from "./management.ts";
import { mentions } from "./mention.ts";
import { outsideRoles } from "./outsideRole.ts";
import { promotions } from "./promotion.ts";
import { readiness } from "./readiness.ts";
import { relativeRanks } from "./relativeRank.ts";
import { responsibilities } from "./responsibility.ts";
import { skills } from "./skill.ts";

/**
 * Every kind of claim, named once. The claims file's sections, the validator, the loader's
 * statements, the delete and index statements, the repositories, the request's loaders and the
 * generic claim objects of the schema all follow from this list (README: "Adding a claim kind").
 */
export const CLAIM_KINDS = {
  definitions,
  mentions,
  responsibilities,
  skills,
  promotions,
  identities,
  nonPromotions,
  readiness,
  bands,
  management,
  relativeRanks,
  outsideRoles,
} as const;

export type ClaimKindName = keyof typeof CLAIM_KINDS;
type KindOf<N extends ClaimKindName> = (typeof CLAIM_KINDS)[N];
export type ClaimOf<N extends ClaimKindName> = KindOf<N> extends ClaimKind<infer _I, infer C, infer _R, infer _Q> ? C : never;
/** One source's claims, kind by kind. */
export type Claims = { [N in ClaimKindName]: ClaimOf<N>[] };

/** The names of a kind's reads (`byRole`, `bySource`, `fromRole` …). */
export type ReadNameOf<N extends ClaimKindName> = Extract<keyof KindOf<N>["reads"], string>;
/** What a kind's read returns for each id. */
export type ReadClaimOf<N extends ClaimKindName, R extends ReadNameOf<N>> = ReadClaim<KindOf<N>["reads"][R], ClaimOf<N>>;

/** Every relationship type a claim is stored as: a closed union, derived from the kinds' load statements. */
export type RelationshipType = KindOf<ClaimKindName>["load"][number]["relationship"];

/**
 * The kinds as the generic code walks them: the validator, the loader and the repositories pass
 * claims through without looking inside, so each kind is seen through its erased interface.
 */
export const KINDS: readonly { name: ClaimKindName; kind: ClaimKind<unknown, unknown, string, Record<string, ClaimRead>> }[] = (
  Object.keys(CLAIM_KINDS) as ClaimKindName[]
).map((name) => ({ name, kind: CLAIM_KINDS[name] as ClaimKind<unknown, unknown, string, Record<string, ClaimRead>> }));

/** The relationship types of every kind, each once, in the registry's order; start-up stops on a malformed one. */
export const RELATIONSHIP_TYPES: readonly RelationshipType[] = [
  ...new Set(KINDS.flatMap(({ kind }) => kind.load.map((l) => l.relationship as RelationshipType))),
];
for (const type of RELATIONSHIP_TYPES) {
  if (!RELATIONSHIP_TYPE.test(type)) throw new Error(`claim relationship type '${type}' is not UPPER_SNAKE_CASE`);
}
