import { describe, expect, it } from "vitest";
import { bandHeading, branchByTitle, roleLike, trackOf } from "../../../src/draft/structure.ts";
import { draft } from "./support.ts";

describe("ladder layout", () => {
  it("reads role headings and inline 'Title- ' paragraphs in reading order as ranks, off-ladder sections without one", async () => {
    const d = await draft(
      "Levels\n\nAssociate Product Manager- An APM learns the job on real projects.\n\nProduct Manager- A product manager owns the roadmap of one product.\n\nOther Product Roles\n\nProduct Owner\n\nThe product owner runs the backlog for a scrum team.\n",
    );
    expect(d.claims.definitions.map((x) => [x.role, x.rank, x.title.text, x.summary.text])).toEqual([
      ["associate-product-manager", 1, "Associate Product Manager", "An APM learns the job on real projects."],
      ["product-manager", 2, "Product Manager", "A product manager owns the roadmap of one product."],
      ["product-owner", null, "Product Owner", "The product owner runs the backlog for a scrum team."],
    ]);
  });
  it("branches: the two first rungs after 'two positions to choose from' share a rank, each branch counts on", async () => {
    const d = await draft(
      "Ladder\n\nSenior Product Manager\n\nA senior product manager owns a product line.\n\nOnce you reach the next level, you will have two positions to choose from: the product leader position, which is an individual contributor track; and the group product manager position, which is a people management track.\n\nProduct Leader\n\nThis is an individual contributor role with deep product work.\n\nGroup Product Manager\n\nThis position is on the people management track with a team to grow.\n\nPrincipal Product Manager\n\nThe principal product manager shapes product work across the company.\n\nVP of Product\n\nThe VP of Product runs product like a business.\n",
    );
    expect(d.claims.definitions.map((x) => [x.role, x.rank, x.track?.value ?? null])).toEqual([
      ["senior-product-manager", 1, null],
      ["product-leader", 2, "INDIVIDUAL_CONTRIBUTOR"],
      ["group-product-manager", 2, "MANAGEMENT"],
      ["principal-product-manager", 3, null],
      ["vp-of-product", 3, null],
    ]);
  });
  it("classifies headings and titles", () => {
    expect(bandHeading("Entry-level Product manager positions")).toEqual({ name: "Entry-level", level: "ENTRY" });
    expect(bandHeading("Other Product Roles")).toEqual({ name: "Other Product Roles", level: "OFF_LADDER" });
    expect(bandHeading("Mid-Level Product Manager")).toBeNull();
    expect(roleLike("Junior Product Designer")).toBe(true);
    expect(roleLike("The Product Manager Career Path")).toBe(false);
    expect(roleLike("Product ManagerProduct Owner")).toBe(false);
    expect(roleLike("Associate Product Marketer at")).toBe(false);
    expect(branchByTitle("Staff Data Scientist", "Data Scientist")).toBe("INDIVIDUAL_CONTRIBUTOR");
    expect(branchByTitle("Data Science Manager", "Data Scientist")).toBe("MANAGEMENT");
    expect(trackOf("This is one of the highest positions or titles an individual contributor can attain.")).toBe("INDIVIDUAL_CONTRIBUTOR");
    expect(trackOf("the player/coach manager will have the title Group Product Manager")).toBe("MANAGEMENT");
  });
});
