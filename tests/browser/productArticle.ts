import { createHash } from "node:crypto";
import { writeArticle } from "../../bench/synth/article.ts";
import type { Family, RoleKey } from "../../bench/synth/families.ts";
import { planLadder } from "../../bench/synth/plan.ts";
import { Random } from "../../bench/synth/random.ts";

/**
 * A synthetic article of the real family (product management), written by the benchmark's article
 * generator (bench/synth/) with the catalogue's own roles, so it can be published beside the five
 * seed articles and disagree with them. One title is neither in the catalogue nor written by a
 * source: "Product Area Lead", which the generator means as the catalogue's Product Leader — the
 * drafter must propose it as a new role (never force it onto a near one), and the curator corrects
 * the mapping.
 */

const NAMES: Record<RoleKey, string> = {
  intern: "Product Manager Intern",
  coordinator: "Product Coordinator",
  associate: "Associate Product Manager",
  junior: "Junior Product Manager",
  mid: "Product Manager",
  technical: "Technical Product Manager",
  senior: "Senior Product Manager",
  lead: "Product Area Lead",
  staff: "Staff Product Manager",
  principal: "Principal Product Manager",
  distinguished: "Distinguished Product Manager",
  manager: "Group Product Manager",
  director: "Director of Product",
  head: "Head of Product",
  vp: "VP of Product",
  chief: "Chief Product Officer",
};
/** Catalogue slugs; staff and distinguished have none (an article naming them is not picked). */
const SLUGS: Record<RoleKey, string> = {
  intern: "product-manager-intern",
  coordinator: "product-coordinator",
  associate: "associate-product-manager",
  junior: "junior-product-manager",
  mid: "product-manager",
  technical: "technical-product-manager",
  senior: "senior-product-manager",
  lead: "product-leader",
  staff: "",
  principal: "principal-product-manager",
  distinguished: "",
  manager: "group-product-manager",
  director: "director-of-product",
  head: "head-of-product",
  vp: "vp-of-product",
  chief: "chief-product-officer",
};

export function productFamily(): Family {
  return {
    index: 0,
    discipline: "Product",
    practitioner: "Product Manager",
    names: NAMES,
    slugs: SLUGS,
    skills: [
      { id: "user-research", name: "User Research", kind: "HARD" },
      { id: "roadmapping", name: "Roadmapping", kind: "HARD" },
    ],
  };
}

export interface ProductArticle {
  seed: number;
  text: string;
  sha256: string;
  /** The claims the generator wrote it from (quotes as offsets). */
  claims: ReturnType<typeof writeArticle>["claims"];
}

/** The first article from `seed` on whose ladder has a lead and no staff or distinguished rung. */
export function productArticle(id: string, seed = 1): ProductArticle {
  for (let s = seed; s < seed + 1000; s++) {
    const rng = Random.derive(s, 0);
    const plan = planLadder(rng, 1);
    const keys = new Set(plan.roles.map((r) => r.key));
    if (!keys.has("lead") || keys.has("staff") || keys.has("distinguished")) continue;
    const { text, claims } = writeArticle({ id, sourceIndex: 5, seed: s, family: productFamily(), plan, rng });
    return { seed: s, text, sha256: createHash("sha256").update(text).digest("hex"), claims };
  }
  throw new Error("no product article with a lead rung");
}
