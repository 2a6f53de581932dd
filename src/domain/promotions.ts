import type { PromotionClaim } from "../claims/promotion.ts";
import { compareText } from "./sorting.ts";
import type { SourceRoles } from "./sourceRoles.ts";

/** One step between two roles with the claims of every source that asserts it. */
export interface PromotionEdge {
  from: string;
  to: string;
  /**
   * Every catalogue role the step leaves from / reaches, `from` / `to` first: more than one where
   * each asserting source holds them to be one role (its SAME_AS), so one source role's step is one edge.
   */
  fromRoles: string[];
  toRoles: string[];
  /** Number of distinct sources asserting the step. */
  support: number;
  sources: string[];
  claims: PromotionClaim[];
}

export interface PromotionPath {
  roles: string[];
  steps: PromotionEdge[];
  /** The sources that assert every step of the path. */
  supportedByAll: string[];
  /** The support of the weakest step. */
  minSupport: number;
}

export interface SupportFilter {
  sources: readonly string[] | null;
  minSupport: number;
}

/** Builds the edge for claims that all share one `from` and one `to`. */
export function edgeOf(claims: PromotionClaim[], from?: string, to?: string): PromotionEdge {
  const first = claims[0];
  if (!first) throw new Error("edgeOf needs at least one claim");
  const sources = [...new Set(claims.map((c) => c.source))].sort();
  const [a, b] = [from ?? first.from, to ?? first.to];
  return { from: a, to: b, fromRoles: [a], toRoles: [b], support: sources.length, sources, claims };
}

/**
 * Groups per-source promotion claims into edges, one per source-role step: claims are grouped by
 * their two catalogue roles (a claim leaving or reaching a title its source joins to `ends.from` /
 * `ends.to` counts as leaving or reaching that role: a path enters a role by one title and leaves
 * by another), then edges whose every asserting source holds their ends to be one role are one
 * edge (`mergeSourceRoleEdges`). Keeps the chosen sources and the steps with enough support.
 */
export function groupEdges(
  claims: readonly PromotionClaim[],
  filter: SupportFilter,
  roles: SourceRoles,
  ends: { from?: string; to?: string } = {},
): PromotionEdge[] {
  const chosen = filter.sources === null ? null : new Set(filter.sources);
  const byStep = new Map<string, { from: string; to: string; claims: PromotionClaim[] }>();
  for (const c of claims) {
    if (chosen && !chosen.has(c.source)) continue;
    const from = ends.from !== undefined && roles.same(c.source, c.from, ends.from) ? ends.from : c.from;
    const to = ends.to !== undefined && roles.same(c.source, c.to, ends.to) ? ends.to : c.to;
    if (from === to) continue;
    const key = `${from}\u0000${to}`;
    const step = byStep.get(key) ?? { from, to, claims: [] };
    if (!step.claims.some((x) => x.source === c.source && x.from === c.from && x.to === c.to)) step.claims.push(c);
    byStep.set(key, step);
  }
  const edges = [...byStep.values()].map((s) => edgeOf(s.claims, s.from, s.to));
  return mergeSourceRoleEdges(edges, roles)
    .filter((e) => e.support >= filter.minSupport)
    .sort((x, y) => y.support - x.support || compareText(x.to, y.to) || compareText(x.from, y.from));
}

/** An edge's step as its sources tell it: each source with the source roles the step joins. */
function stepSignature(e: PromotionEdge, roles: SourceRoles): string {
  return JSON.stringify(e.sources.map((s) => [s, roles.key(s, e.from), roles.key(s, e.to)]));
}

/**
 * Edges that are one step for every source asserting them (the same sources, each holding both
 * ends to be one role) become one edge, named by the sources' headings where they agree.
 */
export function mergeSourceRoleEdges(edges: readonly PromotionEdge[], roles: SourceRoles): PromotionEdge[] {
  const groups = new Map<string, PromotionEdge[]>();
  for (const e of edges) {
    const key = stepSignature(e, roles);
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as PromotionEdge;
    if (group.length === 1) return first;
    const source = first.sources[0] as string;
    const heading =
      group.find((e) => e.from === roles.key(source, e.from) && e.to === roles.key(source, e.to)) ??
      group.find((e) => e.to === roles.key(source, e.to)) ??
      first;
    const distinct = (ids: string[]) => [...new Set(ids)];
    return {
      from: heading.from,
      to: heading.to,
      fromRoles: distinct([heading.from, ...group.flatMap((e) => e.fromRoles)]),
      toRoles: distinct([heading.to, ...group.flatMap((e) => e.toRoles)]),
      support: heading.support,
      sources: heading.sources,
      claims: group.flatMap((e) => e.claims),
    };
  });
}

export function pathOf(roles: string[], steps: PromotionClaim[][], sourceRoles: SourceRoles): PromotionPath {
  const edges = steps.map((claims, i) => mergeSourceRoleEdges([edgeOf(claims, roles[i], roles[i + 1])], sourceRoles)[0] as PromotionEdge);
  const [firstStep, ...rest] = edges;
  let common = new Set(firstStep?.sources ?? []);
  for (const e of rest) common = new Set(e.sources.filter((s) => common.has(s)));
  return {
    roles,
    steps: edges,
    supportedByAll: [...common].sort(),
    minSupport: edges.reduce((m, e) => Math.min(m, e.support), Number.POSITIVE_INFINITY),
  };
}

/**
 * Paths that are one path in source-role terms (each step the same source-role step for every
 * source asserting it: 001's Senior PM → Director of Product → CPO and Senior PM → Product Leader →
 * CPO) are one path: the first kept, in the order given.
 */
export function distinctPaths(paths: readonly PromotionPath[], roles: SourceRoles): PromotionPath[] {
  const kept = new Map<string, PromotionPath>();
  for (const p of paths) {
    const key = JSON.stringify(p.steps.map((e) => stepSignature(e, roles)));
    const first = kept.get(key);
    if (!first) {
      kept.set(key, p);
      continue;
    }
    // The same source-role path by other titles: its steps' titles and claims join the first's.
    first.steps = first.steps.map((step, i) => {
      const other = p.steps[i] as PromotionEdge;
      return {
        ...step,
        fromRoles: [...new Set([...step.fromRoles, ...other.fromRoles])],
        toRoles: [...new Set([...step.toRoles, ...other.toRoles])],
        claims: [...step.claims, ...other.claims.filter((c) => !step.claims.includes(c))],
      };
    });
  }
  return [...kept.values()];
}

/**
 * A path the statement found from or to another title of `from` / `to` (a SAME_AS of a chosen
 * source) starts or ends at `from` / `to` only by the claims of the sources that join those titles:
 * its first (last) step keeps those sources' claims, or the path goes when none does or when the
 * step then has less than `minSupport`.
 */
export function throughTitles(
  p: { ids: string[]; steps: PromotionClaim[][] },
  from: string,
  to: string,
  roles: SourceRoles,
  minSupport: number,
): { ids: string[]; steps: PromotionClaim[][] } | null {
  const ids = [...p.ids];
  const steps = [...p.steps];
  const last = steps.length - 1;
  if (ids[0] !== from) {
    steps[0] = (steps[0] ?? []).filter((c) => roles.same(c.source, c.from, from));
    ids[0] = from;
  }
  if (ids[ids.length - 1] !== to) {
    steps[last] = (steps[last] ?? []).filter((c) => roles.same(c.source, c.to, to));
    ids[ids.length - 1] = to;
  }
  if (steps.some((s) => new Set(s.map((c) => c.source)).size < Math.max(1, minSupport))) return null;
  return { ids, steps };
}
