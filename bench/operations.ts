/**
 * The four operations of the benchmark, as each target is asked them, and the canonical form of
 * each target's answer used to check, before anything is timed, that all three answer the same data.
 */
import { allEvidence, definitions } from "../src/claims/definition.ts";
import { ladderSteps } from "./targets/steps.ts";

/** laddergraphCached is laddergraph with its response cache on (reported apart: it answers from memory). */
export const TARGETS = ["laddergraph", "neo4jGraphql", "raw", "laddergraphCached"] as const;
export type TargetName = (typeof TARGETS)[number];
export const TARGET_LABELS: Record<TargetName, string> = {
  laddergraph: "laddergraph",
  neo4jGraphql: "@neo4j/graphql",
  raw: "raw floor",
  laddergraphCached: "laddergraph, cached",
};

export type OperationName = "rolesPage" | "roleAudit" | "promotionPaths" | "sourceLadder";

export interface GraphQLRequest {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface Operation {
  name: OperationName;
  title: string;
  /** What the answer's size depends on: one role (or two), one source, or every role. */
  scope: "role" | "source" | "global";
  /** A path query: its target is one Cypher round trip in all, not one per nesting level. */
  pathQuery: boolean;
  /** laddergraph's request; the raw floor is sent the same body and reads its operationName and variables. */
  laddergraph: GraphQLRequest;
  neo4jGraphql: GraphQLRequest;
  /** The data of a target's answer in a form that does not depend on the target's schema or list order. */
  canonical: Record<Exclude<TargetName, "laddergraphCached">, (data: unknown) => unknown>;
}

// ---------------------------------------------------------------------------------------------
// Answer shapes (only what the operations select)

type Ref = { id: string };
type Slug = { slug: string; name?: string };
interface EvidenceJson {
  quote: string;
  start: number;
  end: number;
  source?: Ref;
}
interface ConflictJson {
  aspect: string;
  summary: string;
  withinSource: Ref[];
  positions: { value: string; sources: Ref[]; evidence: EvidenceJson[] }[];
}
interface Edges<P, N> {
  edges: { properties: P; node: N }[];
}

// ---------------------------------------------------------------------------------------------
// Canonical helpers

function by<T>(key: (x: T) => string | number) {
  return (a: T, b: T) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
}

function ids(refs: readonly Ref[]): string[] {
  return refs.map((r) => r.id).sort();
}

function evidence(list: readonly EvidenceJson[], source?: string) {
  return list
    .map((e) => ({ source: e.source?.id ?? source ?? null, quote: e.quote, start: e.start, end: e.end }))
    .sort(by((e) => `${e.source}\u0000${String(e.start).padStart(9, "0")}\u0000${e.quote}`));
}

function conflicts(list: readonly ConflictJson[]) {
  return list
    .map((c) => ({
      aspect: c.aspect,
      summary: c.summary,
      withinSource: ids(c.withinSource),
      positions: c.positions
        .map((p) => ({ value: p.value, sources: ids(p.sources), evidence: evidence(p.evidence) }))
        .sort(by((p) => p.value)),
    }))
    .sort(by((c) => `${c.aspect}\u0000${c.summary}`));
}

// ---------------------------------------------------------------------------------------------
// 1. A page of roles, each with its definitions and their sources and its next roles

interface LgRolesPage {
  roles: {
    edges: {
      node: Slug & {
        definitions: { title: string; rank: number | null; track: string | null; source: Ref & { title: string | null } }[];
        promotesTo: { to: Slug; support: number; sources: Ref[] }[];
      };
    }[];
  };
}
interface NgRolesPage {
  roles: (Ref & {
    name: string;
    definitionsConnection: Edges<{ title: string; rank: number | null; track: string | null }, Ref & { title: string | null }>;
    next: { to: Ref & { name: string }; support: number; sources: Ref[] }[];
  })[];
}

function rolesPageFromLaddergraph(data: unknown) {
  return (data as LgRolesPage).roles.edges.map(({ node }) => ({
    slug: node.slug,
    name: node.name,
    definitions: node.definitions
      .map((d) => ({ source: d.source.id, sourceTitle: d.source.title, title: d.title, rank: d.rank, track: d.track }))
      .sort(by((d) => d.source)),
    next: node.promotesTo
      .map((e) => ({ to: e.to.slug, toName: e.to.name, support: e.support, sources: ids(e.sources) }))
      .sort(by((e) => e.to)),
  }));
}

function rolesPageFromNeo4jGraphql(data: unknown) {
  return (data as NgRolesPage).roles.map((role) => ({
    slug: role.id,
    name: role.name,
    definitions: role.definitionsConnection.edges
      .map((e) => ({
        source: e.node.id,
        sourceTitle: e.node.title,
        title: e.properties.title,
        rank: e.properties.rank,
        track: e.properties.track,
      }))
      .sort(by((d) => d.source)),
    next: role.next.map((e) => ({ to: e.to.id, toName: e.to.name, support: e.support, sources: ids(e.sources) })).sort(by((e) => e.to)),
  }));
}

// ---------------------------------------------------------------------------------------------
// 2. One role's full audit: definitions with their evidence, and every conflict

interface LgRoleAudit {
  role:
    | (Slug & {
        definitions: {
          title: string;
          rank: number | null;
          track: string | null;
          salaryUsd: number | null;
          yearsOfExperience: { min: number | null; max: number | null; text: string } | null;
          source: Ref;
          evidence: EvidenceJson[];
        }[];
        conflicts: ConflictJson[];
      })
    | null;
}
interface NgRoleAudit {
  roles: (Ref & { name: string; definitionsConnection: Edges<Record<string, unknown>, Ref>; conflicts: ConflictJson[] })[];
}

function roleAuditFromLaddergraph(data: unknown) {
  const role = (data as LgRoleAudit).role;
  if (!role) return null;
  return {
    slug: role.slug,
    name: role.name,
    definitions: role.definitions
      .map((d) => ({
        source: d.source.id,
        title: d.title,
        rank: d.rank,
        track: d.track,
        salaryUsd: d.salaryUsd,
        years: d.yearsOfExperience,
        evidence: evidence(d.evidence, d.source.id),
      }))
      .sort(by((d) => d.source)),
    conflicts: conflicts(role.conflicts),
  };
}

function roleAuditFromNeo4jGraphql(data: unknown) {
  const role = (data as NgRoleAudit).roles[0];
  if (!role) return null;
  return {
    slug: role.id,
    name: role.name,
    definitions: role.definitionsConnection.edges
      .map(({ properties, node }) => {
        // The library returns the stored properties; laddergraph's own boundary parser makes them a definition.
        // The query does not select `summary` (the audit does not show it): a placeholder satisfies the parser.
        const d = definitions.stored.parse({ summary: "", ...properties, role: role.id });
        return {
          source: node.id,
          title: d.title,
          rank: d.rank,
          track: d.track?.value ?? null,
          salaryUsd: d.salaryUsd?.value ?? null,
          years: d.years && { min: d.years.min, max: d.years.max, text: d.years.text },
          evidence: evidence(
            allEvidence(d).map((e) => ({ quote: e.quote, start: e.start, end: e.end })),
            node.id,
          ),
        };
      })
      .sort(by((d) => d.source)),
    conflicts: conflicts(role.conflicts),
  };
}

// ---------------------------------------------------------------------------------------------
// 3. Promotion paths between two roles (the order is part of the answer: shortest, best supported)

interface PathsJson {
  promotionPaths: {
    length: number;
    minSupport: number;
    roles: Slug[];
    supportedByAll: Ref[];
    steps: { from: Slug; to: Slug; support: number; sources: Ref[]; evidence: EvidenceJson[] }[];
  }[];
}

function promotionPaths(data: unknown) {
  return (data as PathsJson).promotionPaths.map((p) => ({
    length: p.length,
    minSupport: p.minSupport,
    roles: p.roles.map((r) => `${r.slug}:${r.name}`),
    supportedByAll: ids(p.supportedByAll),
    steps: p.steps.map((s) => ({
      from: s.from.slug,
      to: s.to.slug,
      support: s.support,
      sources: ids(s.sources),
      evidence: evidence(s.evidence),
    })),
  }));
}

// ---------------------------------------------------------------------------------------------
// 4. One source's ladder, rung by rung, with the steps it asserts from each rung

interface LgLadder {
  ladder: {
    rank: number;
    roles: Slug[];
    definitions: { title: string; track: string | null; summary: string | null }[];
    promotesTo: { from: Slug; to: Slug; claims: { kind: string; track: string | null; evidence: EvidenceJson }[] }[];
  }[];
}
interface NgLadder {
  sources: {
    id: string;
    rolesConnection: Edges<
      { rank: number; title: string; track: string | null; summary: string | null },
      Ref & {
        name: string;
        promotesToConnection: Edges<{ kind: string; track: string | null } & EvidenceJson, Ref>;
        sameAsConnection: Edges<Record<string, never>, Ref>;
      }
    >;
  }[];
}

interface Rung {
  rank: number;
  roles: { slug: string; name: string | undefined }[];
  definitions: { title: string; track: string | null; summary: string | null }[];
  promotions: { from: string; to: string; claims: { kind: string; track: string | null; quote: string; start: number; end: number }[] }[];
}

function sortRung(r: Rung): Rung {
  return {
    rank: r.rank,
    roles: r.roles.sort(by((x) => x.slug)),
    definitions: r.definitions.sort(by((d) => `${d.title}\u0000${d.summary}`)),
    promotions: r.promotions.map((p) => ({ ...p, claims: p.claims.sort(by((c) => c.start)) })).sort(by((p) => `${p.from}\u0000${p.to}`)),
  };
}

function ladderFromLaddergraph(data: unknown) {
  return (data as LgLadder).ladder
    .map((rung) =>
      sortRung({
        rank: rung.rank,
        roles: rung.roles.map((r) => ({ slug: r.slug, name: r.name })),
        definitions: rung.definitions.map((d) => ({ title: d.title, track: d.track, summary: d.summary })),
        promotions: rung.promotesTo.map((p) => ({
          from: p.from.slug,
          to: p.to.slug,
          claims: p.claims.map((c) => ({
            kind: c.kind,
            track: c.track,
            quote: c.evidence.quote,
            start: c.evidence.start,
            end: c.evidence.end,
          })),
        })),
      }),
    )
    .sort(by((r) => r.rank));
}

/**
 * The library's generated answer (each catalogue role's rung and its own edges), grouped as
 * laddergraph groups one source's ladder (`ladderSteps`: laddergraph's own rules): the titles the
 * source joins by its SAME_AS (fetched with the roles) are one entry, and their steps one step.
 * A page built on the library does this fold itself.
 */
function ladderFromNeo4jGraphql(data: unknown) {
  const source = (data as NgLadder).sources[0];
  const edges = source?.rolesConnection.edges ?? [];
  const id = source?.id ?? "";
  const stepsOf = ladderSteps(
    id,
    edges.flatMap(({ node }) => node.promotesToConnection.edges.map((e) => ({ from: node.id, to: e.node.id, ...e.properties }))),
    edges.flatMap(({ node }) => node.sameAsConnection.edges.map((e) => ({ role: node.id, other: e.node.id }))),
  );
  const rungs = new Map<number, Rung>();
  for (const { properties: d, node } of edges) {
    const rung = rungs.get(d.rank) ?? { rank: d.rank, roles: [], definitions: [], promotions: [] };
    rung.roles.push({ slug: node.id, name: node.name });
    rung.definitions.push({ title: d.title, track: d.track, summary: d.summary });
    rungs.set(d.rank, rung);
  }
  for (const rung of rungs.values()) {
    rung.promotions = stepsOf(rung.roles.map((r) => r.slug)).map((e) => ({
      from: e.from,
      to: e.to,
      claims: e.claims.map((c) => ({ kind: c.kind, track: c.track, ...c.evidence })),
    }));
  }
  return [...rungs.values()].map(sortRung).sort(by((r) => r.rank));
}

// ---------------------------------------------------------------------------------------------
// The operations

const EVIDENCE = "evidence { quote start end source { id } }";

const PROMOTION_PATHS_REQUEST = {
  operationName: "PromotionPaths",
  variables: { from: "associate-product-manager", to: "vp-of-product", maxSteps: 6, first: 20 },
  query: `query PromotionPaths($from: ID!, $to: ID!, $maxSteps: Int!, $first: Int!) {
  promotionPaths(from: $from, to: $to, maxSteps: $maxSteps, first: $first) {
    length minSupport roles { slug name } supportedByAll { id }
    steps { from { slug } to { slug } support sources { id } ${EVIDENCE} }
  }
}`,
};

export const OPERATIONS: readonly Operation[] = [
  {
    name: "rolesPage",
    pathQuery: false,
    title: "roles page (20 roles, definitions + sources, next roles)",
    scope: "global",
    laddergraph: {
      operationName: "RolesPage",
      variables: { first: 20 },
      query: `query RolesPage($first: Int!) {
  roles(first: $first) {
    edges { node { slug name definitions { title rank track source { id title } } promotesTo { to { slug name } support sources { id } } } }
  }
}`,
    },
    neo4jGraphql: {
      operationName: "RolesPage",
      variables: { first: 20 },
      query: `query RolesPage($first: Int!) {
  roles(limit: $first, sort: [{ lowestRank: ASC }, { name: ASC }]) {
    id
    name
    definitionsConnection(sort: [{ edge: { source: ASC } }]) { edges { properties { title rank track } node { id title } } }
    next { to { id name } support sources { id } }
  }
}`,
    },
    canonical: { laddergraph: rolesPageFromLaddergraph, neo4jGraphql: rolesPageFromNeo4jGraphql, raw: rolesPageFromLaddergraph },
  },
  {
    name: "roleAudit",
    pathQuery: false,
    title: "role audit (definitions + evidence, all conflicts)",
    scope: "role",
    laddergraph: {
      operationName: "RoleAudit",
      variables: { id: "associate-product-manager" },
      query: `query RoleAudit($id: ID!) {
  role(id: $id) {
    slug
    name
    definitions { title rank track salaryUsd yearsOfExperience { min max text } source { id } evidence { quote start end } }
    conflicts { aspect summary withinSource { id } positions { value sources { id } ${EVIDENCE} } }
  }
}`,
    },
    neo4jGraphql: {
      operationName: "RoleAudit",
      variables: { id: "associate-product-manager" },
      query: `query RoleAudit($id: ID!) {
  roles(where: { id: { eq: $id } }) {
    id
    name
    definitionsConnection(sort: [{ edge: { source: ASC } }]) {
      edges {
        properties {
          source quote start end note title rank track salaryUsd yearsMin yearsMax yearsText
          summaryQuote summaryStart summaryEnd trackQuote trackStart trackEnd yearsQuote yearsStart yearsEnd salaryQuote salaryStart salaryEnd
        }
        node { id }
      }
    }
    conflicts { aspect summary withinSource { id } positions { value sources { id } ${EVIDENCE} } }
  }
}`,
    },
    canonical: { laddergraph: roleAuditFromLaddergraph, neo4jGraphql: roleAuditFromNeo4jGraphql, raw: roleAuditFromLaddergraph },
  },
  {
    name: "promotionPaths",
    pathQuery: true,
    title: "promotion paths (APM → VP of Product, all simple paths)",
    scope: "role",
    // The library serves the same query shape through a @cypher field: one request for both.
    laddergraph: PROMOTION_PATHS_REQUEST,
    neo4jGraphql: PROMOTION_PATHS_REQUEST,
    canonical: { laddergraph: promotionPaths, neo4jGraphql: promotionPaths, raw: promotionPaths },
  },
  {
    name: "sourceLadder",
    pathQuery: false,
    title: "one source's ladder (rungs, definitions, steps + evidence)",
    scope: "source",
    laddergraph: {
      operationName: "SourceLadder",
      variables: { source: "001_a8ebed2f27fe2428" },
      query: `query SourceLadder($source: ID!) {
  ladder(source: $source) {
    rank
    roles { slug name }
    definitions { title track summary }
    promotesTo { from { slug } to { slug } claims { kind track evidence { quote start end } } }
  }
}`,
    },
    neo4jGraphql: {
      operationName: "SourceLadder",
      variables: { source: "001_a8ebed2f27fe2428" },
      query: `query SourceLadder($source: ID!) {
  sources(where: { id: { eq: $source } }) {
    id
    rolesConnection(where: { edge: { rank: { gt: 0 } } }, sort: [{ edge: { rank: ASC } }]) {
      edges {
        properties { rank title track summary }
        node {
          id
          name
          promotesToConnection(where: { edge: { source: { eq: $source } } }) { edges { properties { kind track quote start end } node { id } } }
          sameAsConnection(where: { edge: { source: { eq: $source } } }) { edges { node { id } } }
        }
      }
    }
  }
}`,
    },
    canonical: { laddergraph: ladderFromLaddergraph, neo4jGraphql: ladderFromNeo4jGraphql, raw: ladderFromLaddergraph },
  },
];
