import type { PromotionClaim } from "../claims/promotion.ts";

/** One step between two roles with the claims of every source that asserts it. */
export interface PromotionEdge {
  from: string;
  to: string;
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
export function edgeOf(claims: PromotionClaim[]): PromotionEdge {
  const first = claims[0];
  if (!first) throw new Error("edgeOf needs at least one claim");
  const sources = [...new Set(claims.map((c) => c.source))].sort();
  return { from: first.from, to: first.to, support: sources.length, sources, claims };
}

/** Groups per-source promotion claims into edges, keeping the chosen sources and the steps with enough support. */
export function groupEdges(claims: readonly PromotionClaim[], filter: SupportFilter): PromotionEdge[] {
  const chosen = filter.sources === null ? null : new Set(filter.sources);
  const byStep = new Map<string, PromotionClaim[]>();
  for (const c of claims) {
    if (chosen && !chosen.has(c.source)) continue;
    const key = `${c.from}\u0000${c.to}`;
    const list = byStep.get(key);
    if (list) list.push(c);
    else byStep.set(key, [c]);
  }
  return [...byStep.values()]
    .map(edgeOf)
    .filter((e) => e.support >= filter.minSupport)
    .sort((x, y) => y.support - x.support || x.to.localeCompare(y.to) || x.from.localeCompare(y.from));
}

export function pathOf(roles: string[], steps: PromotionClaim[][]): PromotionPath {
  const edges = steps.map(edgeOf);
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
