import { definitions } from "./definition.ts";
import { nonPromotions } from "./deniedStep.ts";
import { identities } from "./identity.ts";
import type { ClaimKind } from "./kind.ts";
import { mentions } from "./mention.ts";
import { promotions } from "./promotion.ts";
import { readiness } from "./readiness.ts";
import { responsibilities } from "./responsibility.ts";
import { skills } from "./skill.ts";

/**
 * Every kind of claim, named once. The claims file's sections, the validator, the loader's
 * statements and the read side's row parsing all follow from this list (README: "Adding a claim kind").
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
} as const;

export type ClaimKindName = keyof typeof CLAIM_KINDS;
export type ClaimOf<N extends ClaimKindName> = (typeof CLAIM_KINDS)[N] extends ClaimKind<infer _I, infer C> ? C : never;
/** One source's claims, kind by kind. */
export type Claims = { [N in ClaimKindName]: ClaimOf<N>[] };

/**
 * The kinds as the generic code walks them: the validator, the loader and the repositories pass
 * claims through without looking inside, so each kind is seen through its erased interface.
 */
export const KINDS: readonly { name: ClaimKindName; kind: ClaimKind<unknown, unknown> }[] = (
  Object.keys(CLAIM_KINDS) as ClaimKindName[]
).map((name) => ({ name, kind: CLAIM_KINDS[name] }));
