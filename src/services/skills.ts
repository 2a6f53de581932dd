import type { RequirementClaim } from "../claims/skill.ts";
import type { Context } from "../context.ts";
import { requireRoles } from "./lookup.ts";
import { groupRequirements } from "./roles.ts";
import type { SkillGap } from "./shapes.ts";
import { ofRole, roleAcrossTitles } from "./sourceRoles.ts";

/**
 * Skills the target role requires (by any source) that the current role does not, and those both
 * require; each role read under every title a source joins to it (000's director is its group PM).
 */
export async function skillGap(ctx: Context, from: string, to: string): Promise<SkillGap> {
  await requireRoles(ctx, { from, to });
  const [have, need] = await Promise.all([requirementsAcrossTitles(ctx, from), requirementsAcrossTitles(ctx, to)]);
  const held = new Set(have.map((r) => r.skill));
  const required = groupRequirements(need);
  return {
    from,
    to,
    missing: required.filter((r) => !held.has(r.skill)),
    shared: required.filter((r) => held.has(r.skill)),
  };
}

/** A role's skill requirements under every title a source joins to it, each claim as written. */
async function requirementsAcrossTitles(ctx: Context, role: string): Promise<RequirementClaim[]> {
  const { roles, titles } = await roleAcrossTitles(ctx, role);
  const lists = await ctx.loaders.claims.skills.byRole.loadMany(titles);
  return ofRole(
    lists.flatMap((list) => {
      if (list instanceof Error) throw list;
      return list;
    }),
    role,
    roles,
    (r) => r.role,
  );
}
