import type { Context } from "../context.ts";
import { requireRoles } from "./lookup.ts";
import { groupRequirements } from "./roles.ts";
import type { SkillGap } from "./shapes.ts";

/** Skills the target role requires (by any source) that the current role does not, and those both require. */
export async function skillGap(ctx: Context, from: string, to: string): Promise<SkillGap> {
  await requireRoles(ctx, { from, to });
  const [have, need] = await ctx.loaders.requirementsByRole.loadMany([from, to]);
  if (have instanceof Error) throw have;
  if (need instanceof Error) throw need;
  const held = new Set((have ?? []).map((r) => r.skill));
  const required = groupRequirements(need ?? []);
  return {
    from,
    to,
    missing: required.filter((r) => !held.has(r.skill)),
    shared: required.filter((r) => held.has(r.skill)),
  };
}
