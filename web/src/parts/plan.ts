import type { ResultOf } from "../graphql.ts";
import type { NextQuery } from "../queries.ts";

type Next = ResultOf<typeof NextQuery>;
export type PlanRole = NonNullable<Next["role"]>;
export type PlanEdge = Next["next"]["steps"][number];

/** One step reachable from the current role: the move it is taken on, the role it starts from, and how that role is reached. */
export interface PlanStep {
  /** 1: a step up from the current role; 2 and 3: a step up from a role first reached one or two moves before. */
  move: number;
  /** The role the step starts from, with each source's salary for it. */
  from: PlanRole;
  /** nextRoles' answer for the step: the role it leads to, its support, each source's claim. */
  edge: PlanEdge;
  /** One route to `from`: the roles from the current role to it, first to last (the one first reached). */
  route: { slug: string; name: string }[];
  /** When `edge.to` is reached sooner (or is the start, 0): the move it is first reached on; null otherwise. */
  reachedOn: number | null;
}

export interface Plan {
  role: PlanRole;
  /** Why the role has no step up, where the graph knows (nextRoleSearch's emptyBecause); null when it has one. */
  emptyBecause: Next["next"]["emptyBecause"];
  /** Steps by move: moves[0] the steps of move 1, best supported first as nextRoles gives them. */
  moves: PlanStep[][];
}

/**
 * The steps reachable in one to `maxMoves` moves, breadth first: move 1 is `nextRoles(from: role)`;
 * move n is `nextRoles(from: r)` for each role r first reached on move n − 1, in the order it was
 * first reached. Each role is asked about once, at the move it is first reached; a step to a role
 * reached sooner (or back to the start) is kept, and says so. `ask` is one nextRoles query (with the
 * role's definitions); null for a role nobody knows.
 */
export async function planMoves(start: string, ask: (slug: string) => Promise<Next>, maxMoves = 3): Promise<Plan | null> {
  const first = await ask(start);
  if (!first.role) return null;
  const reached = new Map<string, number>([[start, 0]]);
  let frontier: { answer: Next; route: { slug: string; name: string }[] }[] = [
    { answer: first, route: [{ slug: first.role.slug, name: first.role.name }] },
  ];
  const moves: PlanStep[][] = [];
  for (let move = 1; move <= maxMoves && frontier.length; move++) {
    const steps: PlanStep[] = [];
    const firstReached: { slug: string; route: { slug: string; name: string }[] }[] = [];
    for (const { answer, route } of frontier) {
      if (!answer.role) continue;
      for (const edge of answer.next.steps) {
        const earlier = reached.get(edge.to.slug);
        steps.push({ move, from: answer.role, edge, route, reachedOn: earlier !== undefined && earlier < move ? earlier : null });
        if (earlier === undefined) {
          reached.set(edge.to.slug, move);
          firstReached.push({ slug: edge.to.slug, route: [...route, { slug: edge.to.slug, name: edge.to.name }] });
        }
      }
    }
    moves.push(steps);
    if (move === maxMoves) break;
    frontier = await Promise.all(firstReached.map(async (r) => ({ answer: await ask(r.slug), route: r.route })));
  }
  return { role: first.role, emptyBecause: first.next.emptyBecause, moves };
}

/** What a source's years figure means for someone with `years` in the role: met, or how far short of its minimum. */
export function yearsVerdict(years: number, range: { min: number | null; max: number | null }): string | null {
  if (range.min === null) return null;
  if (years >= range.min) return `you meet its minimum of ${range.min} years`;
  const short = range.min - years;
  return `${short} year${short === 1 ? "" : "s"} short of its minimum of ${range.min}`;
}
