import { describe, expect, it } from "vitest";
import { cleanTitle, RoleIndex, wordsNearlyEqual } from "../../../src/draft/roles.ts";
import { CATALOG } from "./support.ts";

const index = () => new RoleIndex(CATALOG);

describe("title index", () => {
  it("maps titles through names, known titles, word order and abbreviations", () => {
    const i = index();
    expect(i.resolve("Product Director")?.role).toBe("director-of-product");
    expect(i.resolve("VP Product")?.role).toBe("vp-of-product");
    expect(i.resolve("Sr. Product Manager")?.role).toBe("senior-product-manager");
    expect(i.resolve("Mid-Level Product Manager")?.role).toBe("product-manager");
    expect(i.resolve("APM")).toEqual({ role: "associate-product-manager", by: "ABBREVIATION", matched: "APM" });
  });
  it("tolerates misspellings word by word, but never forces a new title onto a near one", () => {
    const i = index();
    expect(i.resolve("Senoir Product Manger")).toEqual({ role: "senior-product-manager", by: "FUZZY", matched: "Senior Product Manager" });
    expect(i.resolve("Product Manager Apprentice")).toBeNull();
    expect(i.resolve("Junior Product Designer")).toBeNull();
    expect(wordsNearlyEqual("junior product manager", "senior product manager")).toBe(false);
  });
  it("spots titles in a sentence: longest first, plurals, an abbreviation in brackets", () => {
    const text = "The position is also known as the head of product or vice president (VP) of product, and APMs report to it.";
    const spotted = index().spot(text, { start: 0, end: text.length, text });
    expect(spotted.map((s) => [s.role, s.span.text])).toEqual([
      ["head-of-product", "head of product"],
      ["vp-of-product", "vice president (VP) of product"],
      ["associate-product-manager", "APMs"],
    ]);
  });
  it("cuts a heading to its title", () => {
    expect(cleanTitle("Associate Product Manager (APM)")).toBe("Associate Product Manager");
    expect(cleanTitle("Mid-level Product Manager role")).toBe("Product Manager");
  });
});
