import { describe, expect, it } from "vitest";
import { findSalaries, findYears, prepareNumberWords } from "../../../src/draft/figures.ts";

describe("years figures", () => {
  it("reads ranges, open ranges, qualifiers and months as fractions", async () => {
    await prepareNumberWords("at least five years or more");
    const f = (s: string) => findYears(s).map((y) => [y.min, y.max, y.text]);
    expect(f("Once a product manager has around 3-5 years of experience under their belt")).toEqual([
      [3, 5, "around 3-5 years of experience"],
    ]);
    expect(f("To become a GPM, you must have 5-10+ years of experience")).toEqual([[5, null, "5-10+ years of experience"]]);
    expect(f("have around 8+ years of experience")).toEqual([[8, null, "around 8+ years of experience"]]);
    expect(f("often move straight to mid-level after 12-18 months of training")).toEqual([[1, 1.5, "12-18 months"]]);
    expect(f("at least five years or more—before moving into a director of product role")).toEqual([
      [5, null, "at least five years or more"],
    ]);
    expect(f("Principal PMs usually have 8-10 years of experience, while Senior PMs will have around 4-6.")).toEqual([
      [8, 10, "8-10 years of experience"],
      [4, 6, "around 4-6"],
    ]);
  });
  it("leaves out spans of time that are nobody's experience", () => {
    expect(findYears("Over the past five years, demand for product managers has exploded.")).toEqual([]);
  });
});

describe("salaries", () => {
  it("reads yearly US-dollar amounts where the text speaks of pay, in digits or with k", () => {
    expect(findSalaries("Average Salary (US): $117,444/ year").map((s) => [s.amount, s.text])).toEqual([[117444, "$117,444"]]);
    expect(
      findSalaries("the average product manager salary in the USA was $111,868, well above the average income of $51,480.").map(
        (s) => s.amount,
      ),
    ).toEqual([111868, 51480]);
    expect(findSalaries("A senior designer earns $140k a year.").map((s) => s.amount)).toEqual([140000]);
  });
  it("leaves out monthly prices and sentences that are not about pay", () => {
    expect(findSalaries("it's $79 a month to complete at your own pace")).toEqual([]);
    expect(findSalaries("The company raised $50,000,000 last year.")).toEqual([]);
  });
});
