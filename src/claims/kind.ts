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

/** How a claim's relationship type is written: upper snake case (it is filled into statements, never user text). */
export const RELATIONSHIP_TYPE = /^[A-Z][A-Z_]*[A-Z]$/;

/** One load statement (cypher/load/) of a kind: the relationship type it MERGEs, and the parameter rows it takes. */
export interface ClaimLoad<Claim, Rel extends string = string> {
  statement: StatementName;
  /** The relationship type the statement writes; each carries the claim's `source` (the delete and index statements cover it). */
  relationship: Rel;
  rows(claims: readonly Claim[]): unknown[];
}

/**
 * One read statement (cypher/read/) of a kind: `UNWIND $ids` over role or source ids, one row
 * `{ key, value: [claims], sources?, roles?, skills? }` per id. `stored` parses a row's claims
 * when they are not the kind's own `stored` (a narrower claim, such as a skill tied to a role).
 */
export type ClaimRead = StatementName | { statement: StatementName; stored: z.ZodType<unknown> };

/** The claim a read returns: its own `stored` schema's output, else the kind's claim. */
export type ReadClaim<R, Claim> = R extends { stored: z.ZodType<infer C> } ? C : Claim;

/**
 * How the API shows a kind. `object` names its GraphQL object type. A kind that writes its object
 * by hand in src/schema/ gives only that; a kind that gives `fields` is built from this
 * declaration (src/schema/claimKinds.ts): `source` and `evidence` like every claim, `role` when the
 * claim has one, the scalar fields listed, and a list field on Role and/or Source reading it
 * through the read named by `onRole`/`onSource`.
 */
export interface ClaimObject<Reads extends string = string> {
  object: string;
  description?: string;
  /** The claim's `role` (a role id) as a Role field, described; omit for a claim without one. */
  role?: { description: string };
  fields?: Record<string, { type: "String" | "Int" | "Float" | "Boolean"; nullable?: boolean; description: string }>;
  onRole?: { field: string; read: Reads; description: string };
  onSource?: { field: string; read: Reads; description: string };
}

/**
 * One kind of claim, end to end: the section of the claims file that lists it, how one entry is
 * written and checked, the relationship types it is stored as and how it is loaded, the statements
 * that read it back and how their rows become the claim again, and the GraphQL object it is shown
 * as. Every kind is listed once, in `registry.ts`; the seed validator, the loader, the delete and
 * index statements, the repositories, the request's loaders and the generic part of the schema
 * follow from that list (README: "Adding a claim kind").
 */
export interface ClaimKind<Input, Claim, Rel extends string = string, Reads extends Record<string, ClaimRead> = Record<string, ClaimRead>> {
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
  /** The load statements (cypher/load/) of this kind, each with the relationship type it writes and the rows it takes. */
  load: readonly ClaimLoad<Claim, Rel>[];
  /** A stored claim as read statements return it (the relationship's properties and its ends), parsed into the claim. */
  stored: z.ZodType<Claim>;
  /** The read statements of this kind by name (`byRole`, `bySource`, `fromRole` …): each becomes a repository function and a request loader. */
  reads: Reads;
  /** The GraphQL object type the kind is shown as; none for a kind the API shows only through others (mentions become aliases). */
  graphql?: ClaimObject<Extract<keyof Reads, string>>;
}

/** Declares a kind, inferring its types from the entry schema, the claim `check` returns, its relationship types and its reads. */
export function claimKind<Input, Claim, const Rel extends string, const Reads extends Record<string, ClaimRead>>(
  kind: ClaimKind<Input, Claim, Rel, Reads>,
): ClaimKind<Input, Claim, Rel, Reads> {
  return kind;
}
