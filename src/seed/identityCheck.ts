import type { Claims } from "../claims/registry.ts";

/**
 * The checks a file's SAME_AS claims need beyond each claim on its own, since they decide which of
 * the article's titles are one role (src/domain/sourceRoles.ts): no chain of titles that loops back
 * on itself, no title the article does not use (each role named must have a section or a mention in
 * the file), and never two roles the article itself ranks on different rungs.
 */
export function identityProblems(claims: Claims): { claim: string; quote: string; message: string }[] {
  const problems: { claim: string; quote: string; message: string }[] = [];
  const titled = new Set([...claims.definitions.map((d) => d.role), ...claims.mentions.map((m) => m.role)]);
  const ranks = new Map<string, Set<number>>();
  for (const d of claims.definitions) if (d.rank !== null) ranks.set(d.role, new Set([...(ranks.get(d.role) ?? []), d.rank]));
  const group = new Map<string, Set<string>>();
  const groupOf = (role: string) => group.get(role) ?? new Set([role]);
  claims.identities.forEach((x, i) => {
    if (x.kind !== "SAME_AS") return;
    const claim = `identities[${i}] (${x.role} SAME_AS ${x.other})`;
    const problem = (message: string) => problems.push({ claim, quote: x.evidence.quote, message });
    for (const role of [x.role, x.other]) {
      if (!titled.has(role)) {
        problem(
          `the article uses no title for '${role}' (no section and no mention of it in this file): add the mention that names it, or fix the role`,
        );
      }
    }
    const [mine, theirs] = [groupOf(x.role), groupOf(x.other)];
    if (mine.has(x.other)) {
      problem(
        `the SAME_AS claims chain '${x.role}' and '${x.other}' into a loop: they are already one role through ${[...mine].sort().join(", ")}; drop one claim`,
      );
      return;
    }
    const rungs = (roles: Set<string>) => new Set([...roles].flatMap((r) => [...(ranks.get(r) ?? [])]));
    const [myRungs, theirRungs] = [rungs(mine), rungs(theirs)];
    if (myRungs.size > 0 && theirRungs.size > 0 && [...myRungs, ...theirRungs].some((r) => !myRungs.has(r) || !theirRungs.has(r))) {
      problem(
        `the article ranks '${x.role}' (rung ${[...myRungs].join(", ")}) and '${x.other}' (rung ${[...theirRungs].join(", ")}) apart, so it cannot also say they are one role; record what it says another way (a note, a mention)`,
      );
      return;
    }
    const joined = new Set([...mine, ...theirs]);
    for (const role of joined) group.set(role, joined);
  });
  return problems;
}
