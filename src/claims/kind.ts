import type { z } from "zod";
import type { StatementName } from "../db/cypher.ts";
import type { Evidence } from "./evidence.ts";
import type { Quote } from "./vocabulary.ts";

/**
 * What checking one claim of a claims file may ask for. Each failure becomes a problem naming the
 * file and the claim (`promotions[4] (a -> b)`, plus `part` such as `.years`), and the load refuses
 * the whole corpus.
 */
export interface ClaimCheck {
  /** The source (file stem) the claim belongs to. */
  source: string;
  /** Finds a verbatim quote in the article: its offsets, with the note the reader recorded. */
  evidence(quote: Quote, note: string | null | undefined, part?: string): Evidence;
  /** The role id is in seed/catalog/roles.yaml. */
  role(id: string): void;
  /** The skill id is in seed/catalog/skills.yaml. */
  skill(id: string): void;
  /** No earlier claim in this file has the same key (`what` names it in the problem). */
  once(key: string, what: string): void;
  /** Every claim in this file with the same key has the same value (`what` names the key in the problem). */
  consistent(key: string, value: string, what: string): void;
  problem(message: string, part?: string, quote?: string): void;
}

/**
 * One kind of claim, end to end: the section of the claims file that lists it, how one entry is
 * written and checked, how it is loaded, and how a read statement's row becomes the claim again.
 * Every kind is listed once, in `registry.ts`; the seed validator, the loader and the repositories
 * follow from that list.
 */
export interface ClaimKind<Input, Claim> {
  /** The YAML key of the claims file's section, e.g. `promotions`. */
  section: string;
  /** One entry of that section as a person writes it. */
  input: z.ZodType<Input>;
  /** What problems call the entry after its index: `a -> b` gives `promotions[4] (a -> b)`. */
  label(entry: Input): string;
  /** Checks one entry against its article and the catalogue, and returns the claim with its evidence. */
  check(entry: Input, check: ClaimCheck): Claim;
  /** The role ids a claim refers to (the load creates those Role nodes). */
  roles(claim: Claim): string[];
  /** The skill ids a claim refers to (the load creates those Skill nodes). */
  skills?(claim: Claim): string[];
  /** The load statements (cypher/load/) of this kind, each with the parameter rows it takes. */
  load: readonly { statement: StatementName; rows(claims: readonly Claim[]): unknown[] }[];
  /** A stored claim as read statements return it (the relationship's properties and its ends), parsed into the claim. */
  stored: z.ZodType<Claim>;
}

/** Declares a kind, inferring its types from the entry schema and the claim `check` returns. */
export function claimKind<Input, Claim>(kind: ClaimKind<Input, Claim>): ClaimKind<Input, Claim> {
  return kind;
}
