import { describe, expect, it } from "vitest";
import { checkArticle } from "../../../src/draft/checks.ts";
import { quoteOf } from "../../../src/draft/claimsFile.ts";
import { summaryCandidate } from "../../../src/draft/rules/definitions.ts";
import { scopesOf } from "../../../src/draft/rules/management.ts";
import { CANNOT_REACH, HARD_TO_ENTER } from "../../../src/draft/rules/nonPromotions.ts";
import { relationOf } from "../../../src/draft/rules/outsideRoles.ts";
import { INTO_THIS, MOVE, OUT_OF_THIS } from "../../../src/draft/rules/promotions.ts";
import { NEEDS_TO_REACH } from "../../../src/draft/rules/readiness.ts";
import { listItems } from "../../../src/draft/rules/responsibilities.ts";
import { classificationOf, emphasisOf, skillPattern } from "../../../src/draft/rules/skills.ts";
import { BYLINE, PUBLISHER } from "../../../src/draft/rules/source.ts";
import { draft } from "./support.ts";

/** One test per rule module: the patterns by themselves, and the rule on a small article. */

describe("definitions", () => {
  it("takes a plain statement as the summary, not a question, a label line or an aside", () => {
    expect(summaryCandidate("A product manager owns the roadmap.")).toBe(true);
    expect(summaryCandidate("What does a product manager do?")).toBe(false);
    expect(summaryCandidate("Average Salary (US): $86,000 / year")).toBe(false);
    expect(summaryCandidate("Well if you are coming straight out of college, look here.")).toBe(false);
  });
});

describe("years and salaries on definitions", () => {
  it("gives a figure to the role moved into, the role named before it, or the section's role", async () => {
    const d = await draft(
      "Ladder\n\nProduct Manager\n\nA product manager owns one product.\n\nAverage Salary (US): $117,444/ year\n\nOnce a product manager has around 3-5 years of experience under their belt, they can move up to the role of a senior product manager.\n\nSenior Product Manager\n\nA senior product manager owns a product line. Most people hold this title with 4-7 years of experience.\n",
    );
    const pm = d.claims.definitions.find((x) => x.role === "product-manager");
    const spm = d.claims.definitions.find((x) => x.role === "senior-product-manager");
    expect(pm?.salaryUsd?.amount).toBe(117444);
    expect(pm?.years).toBeNull();
    expect([spm?.years?.min, spm?.years?.max, spm?.years?.text]).toEqual([3, 5, "around 3-5 years of experience"]);
    expect(d.claims.readiness.map((r) => [r.from, r.to])).toEqual([["product-manager", "senior-product-manager"]]);
    expect(d.claims.promotions.map((p) => [p.from, p.to, p.kind, p.quote.text.slice(0, 20)])).toEqual([
      ["product-manager", "senior-product-manager", "EXPLICIT", "Once a product manag"],
    ]);
  });
});

describe("promotions", () => {
  it("recognises the sentences that state a step", () => {
    expect(INTO_THIS.test("An Associate Product Manager can ascend to this position by showing results.")).toBe(true);
    expect(INTO_THIS.test("Once you qualify for all the above stages, you reach this role to handle more.")).toBe(true);
    expect(OUT_OF_THIS.test("Taking this path leads to the Principal Product Manager position.")).toBe(true);
    expect(MOVE.test("they can move up to the role of a senior product manager")).toBe(true);
    expect(MOVE.test("The team moved the deadline.")).toBe(false);
  });
});

describe("identities", () => {
  it("reads 'otherwise known as', 'Sometimes labeled … this position' and 'one or both of these roles'", async () => {
    const d = await draft(
      "Ladder\n\nAssociate Product Manager\n\nThe entry-level position is an associate product manager, otherwise known as a Junior Product Manager.\n\nVP of Product\n\nSometimes labeled Chief Product Officer, this is an executive position.\n\nDirector of Product\n\nOrganizations may have one or both of these roles: the Director of Product and the Head of Product.\n",
    );
    expect(d.claims.identities.map((i) => [i.role, i.other, i.kind])).toEqual([
      ["associate-product-manager", "junior-product-manager", "SAME_AS"],
      ["vp-of-product", "chief-product-officer", "SAME_AS"],
      ["director-of-product", "head-of-product", "MAY_COEXIST"],
    ]);
  });
  it("drafts a heading naming two titles as one role, with low confidence, when the article says no more", async () => {
    const d = await draft(
      "Ladder\n\nDirector of Product/Product Leader\n\nThe director of product sets the product strategy for a company.\n",
    );
    expect(d.claims.identities.map((i) => [i.role, i.other, i.kind, i.confidence])).toEqual([
      ["director-of-product", "product-leader", "SAME_AS", 0.35],
    ]);
  });
});

describe("responsibilities", () => {
  it("splits a prose list of duties into items", () => {
    const text = "Their duties often include managing operations, coming up with plans, and working with other departments, etc.";
    const list = { start: 27, end: text.length, text: text.slice(27) };
    expect(listItems(text, list).map((s) => s.text)).toEqual([
      "managing operations",
      "coming up with plans",
      "working with other departments",
    ]);
  });
  it("takes a role section's bullets, not a readiness heading's", async () => {
    const d = await draft(
      "Ladder\n\nProduct Manager\n\nA product manager owns one product.\n\n  • Defines the product vision\n  • Tracks product performance\n\nWhen is a Product Manager ready to advance to a Senior Product Manager role?\n\n  • You lead projects on your own.\n\nSenior Product Manager\n\nA senior product manager owns a product line.\n",
    );
    expect(d.claims.responsibilities.map((r) => [r.role, r.quote.text])).toEqual([
      ["product-manager", "Defines the product vision"],
      ["product-manager", "Tracks product performance"],
    ]);
    expect(d.claims.readiness.map((r) => [r.from, r.to, r.quote.text])).toEqual([
      ["product-manager", "senior-product-manager", "You lead projects on your own."],
    ]);
  });
});

describe("readiness", () => {
  it("reads what one needs to reach a position", () => {
    expect(NEEDS_TO_REACH.test("To reach this position one needs to be grilled enough in their initial roles.")).toBe(true);
  });
});

describe("skills", () => {
  it("matches catalogue skills in their word forms, with the article's classification and emphasis", () => {
    expect("prioritizing your tasks".match(skillPattern("Prioritization"))?.[0]).toBe("prioritizing");
    expect("strong communication skills".match(skillPattern("Communication"))?.[0]).toBe("communication");
    expect(classificationOf("a good mix of hard and soft skills such as user research")).toEqual({
      text: "hard and soft skills",
      kind: "MIXED",
    });
    expect(emphasisOf("I would put my money on empathy being the top skill")).toEqual({ text: "the top skill", level: "TOP" });
    expect(emphasisOf("Communication skills are necessary to succeed in this position.")).toEqual({
      text: "necessary to succeed in this position",
      level: "KEY",
    });
  });
  it("ties a skill to the section's role and proposes a listed skill the catalogue lacks", async () => {
    const d = await draft(
      "Ladder\n\nProduct Manager\n\nA product manager owns one product. Communication and leadership skills are necessary to succeed in this position.\n\nIn regards to other soft skills, you want these:\n\n  • Negotiation. Trade what you can.\n",
    );
    expect(d.claims.skills.map((k) => [k.skill, k.role, k.classification?.kind ?? null, k.emphasis?.level ?? null])).toEqual([
      ["communication", "product-manager", null, "KEY"],
      ["leadership", "product-manager", null, "KEY"],
      ["negotiation", "product-manager", "SOFT", null],
    ]);
    expect(d.proposedSkills.map((k) => [k.id, k.name, k.kind])).toEqual([["negotiation", "Negotiation", "SOFT"]]);
  });
});

describe("management, steps denied, outside roles", () => {
  it("reads people-management wording", () => {
    expect(scopesOf("In larger businesses, product leaders have multiple junior product managers reporting to them")).toEqual([
      "MANAGES_PEOPLE",
    ]);
    expect(scopesOf("You will have a bunch of product managers under you, whom you will instruct and mentor.")).toEqual([
      "MANAGES_PEOPLE",
      "MENTORS",
    ]);
    expect(scopesOf("there are rarely any people management tasks and you mentor no one")).toEqual(["NO_PEOPLE_MANAGEMENT"]);
    expect(scopesOf("A senior product manager is in charge of leading the design and development team.")).toEqual(["LEADS"]);
  });
  it("reads steps that do not happen", () => {
    expect(CANNOT_REACH.test("Well, you can’t directly reach this position by any chance.")).toBe(true);
    expect(
      HARD_TO_ENTER.exec("It's extremely difficult to transition into senior product management roles from a non-product background.")?.[1],
    ).toBe("senior product management");
  });
  it("reads how a ladder role is tied to someone off the ladder", () => {
    expect(relationOf("acting as CTO’s advisor at times")).toBe("ADVISES");
    expect(relationOf("Typically, the company's chief executive officer is the chief product officer (CEO).")).toBe("HELD_BY");
    expect(relationOf("You are in touch with the VP and CPO along with the CEO to make major decisions.")).toBe("WORKS_WITH");
  });
});

describe("bands, mentions, relative ranks", () => {
  it("bands from headings and tier words; a known role named in passing; 'equal in rank to'", async () => {
    const d = await draft(
      "Ladder\n\nEntry-level positions\n\nAssociate Product Manager\n\nAn APM supports a product manager. Some people start as a product coordinator instead.\n\nMid-level positions\n\nProduct Manager\n\nA product manager owns one product.\n\nProduct Leader\n\nIn some organizations, this position is equal in rank to the Senior Product Manager and in others to the VP of Product.\n",
    );
    expect(d.claims.bands.map((b) => [b.role, b.band, b.level])).toEqual([
      ["associate-product-manager", "Entry-level", "ENTRY"],
      ["product-manager", "Mid-level", "MID"],
      ["product-leader", "Mid-level", "MID"],
    ]);
    expect(d.claims.mentions.map((m) => [m.role, m.title])).toEqual([
      ["product-coordinator", "product coordinator"],
      ["senior-product-manager", "Senior Product Manager"],
      ["vp-of-product", "VP of Product"],
    ]);
    expect(d.claims.relativeRanks.map((r) => [r.role, r.relation, r.other, r.condition])).toEqual([
      ["product-leader", "EQUAL", "senior-product-manager", "In some organizations"],
      ["product-leader", "EQUAL", "vp-of-product", "in others"],
    ]);
  });
});

describe("source, checks, claims file", () => {
  it("reads a byline and a publisher", () => {
    expect(BYLINE.exec("By Ada Okafor for Ladder Weekly · article 7")?.slice(1)).toEqual(["Ada Okafor", "Ladder Weekly"]);
    expect(PUBLISHER.exec("make sure to subscribe to The Product Manager newsletter.")?.[1]).toBe("The Product Manager");
  });
  it("refuses empty, binary and non-English text with its reason", () => {
    expect(checkArticle(" \n ")?.code).toBe("EMPTY");
    expect(checkArticle("ab\u0000cd")?.code).toBe("BINARY");
    expect(
      checkArticle("Le chef de produit est responsable de la stratégie du produit et travaille avec les équipes de développement.")?.code,
    ).toBe("NOT_ENGLISH");
    expect(checkArticle("The product manager owns the roadmap and works with engineers and designers every day.")).toBeNull();
  });
  it("writes a quote that occurs more than once with its occurrence", () => {
    const text = "Product Manager\nA Product Manager";
    expect(quoteOf(text, { start: 18, end: 33, text: "Product Manager" })).toEqual({ text: "Product Manager", occurrence: 2 });
    expect(quoteOf(text, { start: 16, end: 33, text: "A Product Manager" })).toBe("A Product Manager");
  });
});
