// The validator refuses SAME_AS claims that would make a source role no reader could draw: a loop,
// a title the article does not use, two roles the article ranks on different rungs. Nothing is loaded.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { type Problem, readUploadedSource } from "../../src/seed/corpus.ts";

const TEXT =
  "Junior Widget Manager\nA junior widget manager polishes widgets.\nWidget Manager\nA widget manager, also known as a product manager or a senior product manager, ships widgets.\nWidget Lead\nThe widget lead, sometimes labeled principal, runs the widget line.";

function claims(identities: string): string {
  return `
source:
  id: widgets
  title: Junior Widget Manager
  sha256: ${createHash("sha256").update(TEXT).digest("hex")}
roles:
  - role: associate-product-manager
    title: Junior Widget Manager
    rank: 1
    summary: A junior widget manager polishes widgets.
  - role: product-manager
    title: { text: Widget Manager, occurrence: 2 }
    rank: 2
    summary: "A widget manager, also known as a product manager or a senior product manager, ships widgets."
  - role: senior-product-manager
    title: { text: Widget Manager, occurrence: 2 }
    rank: 2
    summary: "A widget manager, also known as a product manager or a senior product manager, ships widgets."
  - role: group-product-manager
    title: { text: Widget Manager, occurrence: 2 }
    rank: 2
    summary: "A widget manager, also known as a product manager or a senior product manager, ships widgets."
  - role: product-leader
    title: Widget Lead
    rank: 3
    summary: The widget lead, sometimes labeled principal, runs the widget line.
identities:
${identities}`;
}

function problems(identities: string): Problem[] {
  const result = readUploadedSource("seed", { id: "widgets", text: TEXT, claimsYaml: claims(identities) });
  return result.ok ? [] : result.problems;
}

const SAME = (role: string, other: string, quote: string) => `  - { role: ${role}, other: ${other}, kind: SAME_AS, quote: "${quote}" }\n`;
const ALSO = "also known as a product manager or a senior product manager";

describe("SAME_AS claims the validator refuses, naming file, claim and quote", () => {
  it("accepts two titles of one rung joined once", () => {
    expect(problems(SAME("product-manager", "senior-product-manager", ALSO))).toEqual([]);
  });

  it("refuses a chain of titles that loops back", () => {
    const loop =
      SAME("product-manager", "senior-product-manager", ALSO) +
      SAME("senior-product-manager", "group-product-manager", ALSO) +
      SAME("group-product-manager", "product-manager", "widget manager, also known as a product manager");
    expect(problems(loop)).toEqual([
      {
        file: "widgets.yaml (uploaded)",
        claim: "identities[2] (group-product-manager SAME_AS product-manager)",
        quote: "widget manager, also known as a product manager",
        message:
          "the SAME_AS claims chain 'group-product-manager' and 'product-manager' into a loop: they are already one role through group-product-manager, product-manager, senior-product-manager; drop one claim",
      },
    ]);
  });

  it("refuses a title the article does not use", () => {
    const [problem] = problems(SAME("product-leader", "principal-product-manager", "sometimes labeled principal"));
    expect(problem).toMatchObject({
      claim: "identities[0] (product-leader SAME_AS principal-product-manager)",
      quote: "sometimes labeled principal",
    });
    expect(problem?.message).toContain("the article uses no title for 'principal-product-manager'");
  });

  it("refuses joining two roles the article ranks apart", () => {
    const [problem] = problems(SAME("associate-product-manager", "product-manager", "A junior widget manager polishes widgets."));
    expect(problem).toMatchObject({
      claim: "identities[0] (associate-product-manager SAME_AS product-manager)",
      quote: "A junior widget manager polishes widgets.",
    });
    expect(problem?.message).toContain("ranks 'associate-product-manager' (rung 1) and 'product-manager' (rung 2) apart");
  });

  it("loads nothing when one claim is refused", () => {
    const result = readUploadedSource("seed", {
      id: "widgets",
      text: TEXT,
      claimsYaml: claims(SAME("associate-product-manager", "product-manager", "A junior widget manager polishes widgets.")),
    });
    expect(result.ok).toBe(false);
  });
});
