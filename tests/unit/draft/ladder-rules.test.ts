import { describe, expect, it } from "vitest";
import { RoleIndex } from "../../../src/draft/roles.ts";
import { TIER_LABEL } from "../../../src/draft/rules/bands.ts";
import { scopesOf } from "../../../src/draft/rules/management.ts";
import { ACTS_AS, PLACED } from "../../../src/draft/rules/relativeRanks.ts";
import { listedItems, skillName, skillPattern } from "../../../src/draft/rules/skills.ts";
import { CATALOG, draft } from "./support.ts";

/** The career-ladder rules added for issue 22's eval targets, each on its own small article (none copied from the seeds). */

const whole = (text: string) => ({ start: 0, end: text.length, text });

describe("identities and mentions", () => {
  it("never joins two ranked rungs, and titles a role that has no section where an identity names it", async () => {
    const d = await draft(
      "Ladder\n\nProduct Manager\n\nA product manager owns one product.\n\nSenior Product Manager\n\nA senior product manager owns a product line. Past this rung you can pick the staff/principal product manager position if you like building more than managing.\n\nVP of Product\n\nThe VP of Product, also called the chief product officer in small firms, runs the product group. Sometimes labeled Head of Product, this position sets the strategy.\n\nChief Product Officer\n\nThe chief product officer answers to the board.\n",
    );
    // VP of Product and Chief Product Officer have rungs of their own: "also called" cannot make them one role.
    expect(d.claims.identities.map((i) => [i.role, i.other, i.kind])).toEqual([["vp-of-product", "head-of-product", "SAME_AS"]]);
    expect(d.claims.mentions.map((m) => [m.role, m.title, m.quote.text.slice(0, 26)])).toEqual([
      ["head-of-product", "Head of Product", "Sometimes labeled Head of "],
      ["principal-product-manager", "principal product manager", "Past this rung you can pic"],
    ]);
  });
  it("reads a title by the known abbreviation the article brackets after it, and plurals of known titles", () => {
    const index = new RoleIndex(CATALOG);
    const text = "They report to a chief product owner (CPO) and hire group product managers.";
    expect(index.spot(text, whole(text)).map((s) => [s.role, s.span.text])).toEqual([
      ["chief-product-officer", "chief product owner"],
      ["group-product-manager", "group product managers"],
    ]);
    const lead = "They coach associates and lead the product team.";
    expect(index.spot(lead, whole(lead))).toEqual([]);
  });
  it("mentions a plural title of three words, not people in general", async () => {
    const d = await draft(
      "Ladder\n\nProduct Manager\n\nA product manager owns one product. They meet technical product managers and junior product managers every week.\n",
    );
    expect(d.claims.mentions.map((m) => [m.role, m.title])).toEqual([["technical-product-manager", "technical product managers"]]);
  });
});

describe("relative ranks", () => {
  it("reads a slash pair of one rung, 'may act as' and 'beneath these roles'; no heading identity then", async () => {
    expect(ACTS_AS.test("the principal product manager may act as the head of product")).toBe(true);
    expect(PLACED.exec("hire group product managers beneath these roles")?.slice(1)).toEqual(["beneath", "these roles"]);
    const d = await draft(
      "Ladder\n\nSenior Product Manager\n\nA senior product manager owns a product line.\n\nPrincipal or Group Product Manager\n\nA Principal/Group Product Manager leads the biggest bets of the company. In many companies the principal product manager may act as the head of product for a business unit. Firms with a VP of Product often keep group product managers beneath these roles.\n\nVP of Product\n\nThe VP of Product runs the product group.\n",
    );
    expect(d.claims.relativeRanks.map((r) => [r.role, r.relation, r.other, r.condition])).toEqual([
      ["principal-product-manager", "EQUAL", "group-product-manager", null],
      ["principal-product-manager", "EQUAL", "head-of-product", "In many companies"],
      ["group-product-manager", "BELOW", "vp-of-product", null],
    ]);
    expect(d.claims.identities).toEqual([]);
  });
  it("reads each placement word after a role and a verb: 'sits below the X and above the Y'", async () => {
    const d = await draft(
      "Ladder\n\nProduct Manager\n\nA product manager owns one product.\n\nDirector of Product\n\nThe director of product sits below the VP of Product and above senior product managers.\n",
    );
    expect(d.claims.relativeRanks.map((r) => [r.role, r.relation, r.other])).toEqual([
      ["director-of-product", "BELOW", "vp-of-product"],
      ["director-of-product", "ABOVE", "senior-product-manager"],
    ]);
  });
});

describe("bands", () => {
  it("reads tier labels, 'considered', 'reached the … level', 'in their executive team' and tier + 'such as'", async () => {
    expect(TIER_LABEL.exec("Roles: Executive, Strategist")?.[1]).toBe("Executive");
    const d = await draft(
      "Ladder\n\nMid-Level Product Manager\n\nA mid-level product manager owns one product. Teams hire these entry-level product manager roles from college.\n\nSenior Product Manager\n\nOnce you have reached the Senior level, you own a product line.\n\nDirector of Product\n\nDirectors of product are often considered product leadership. Many firms list senior managers such as the director of product on their org charts.\n\nVP of Product\n\nRoles: Executive, Strategist\n\nThe VP of Product runs the product group. Smaller firms keep VPs of Product and CPOs in their executive team.\n\nChief Product Officer\n\nThe CPO answers to the board.\n",
    );
    // "a mid-level product manager" is the role's own title, banded once by its heading; "entry-level product manager roles" is a kind of job.
    expect(d.claims.bands.map((b) => [b.role, b.band, b.level])).toEqual([
      ["product-manager", "Mid-Level", "MID"],
      ["senior-product-manager", "Senior level", "SENIOR"],
      ["director-of-product", "product leadership", "LEADERSHIP"],
      ["director-of-product", "senior managers", "SENIOR"],
      ["vp-of-product", "Executive", "EXECUTIVE"],
      ["vp-of-product", "executive team", "EXECUTIVE"],
      ["chief-product-officer", "executive team", "EXECUTIVE"],
    ]);
  });
});

describe("management", () => {
  it("reads hiring as a verb, not a noun or a firm's; supervision given, not received; player/coach is a track", () => {
    expect(scopesOf("The group product manager hires, coaches and reviews product managers.")).toEqual(["MANAGES_PEOPLE", "MENTORS"]);
    expect(scopesOf("Assists the recruiters with onboarding relevant hires")).toEqual([]);
    expect(scopesOf("Companies often hire product managers from college.")).toEqual([]);
    expect(scopesOf("Many teams hire APMs straight from college.")).toEqual([]);
    // Mentors the reader has are not the role mentoring; the verb is.
    expect(scopesOf("Mentors help, but nothing replaces shipping something yourself.")).toEqual([]);
    expect(scopesOf("Find a mentor outside your team early on.")).toEqual([]);
    expect(scopesOf("Mentors new hires during their first quarter")).toEqual(["MENTORS"]);
    expect(scopesOf("She mentors two associates and coaches the design lead.")).toEqual(["MENTORS"]);
    expect(scopesOf("A product manager works with almost no supervision.")).toEqual([]);
    expect(scopesOf("They have the same duties as an individual contributor or player/coach.")).toEqual([]);
    expect(scopesOf("It is the top title one can reach without managing people.")).toEqual(["NO_PEOPLE_MANAGEMENT"]);
  });
  it("gives a clause's scope to the roles it names, skips readiness lists and teaching copy, and takes whom for whom", async () => {
    const d = await draft(
      "Ladder\n\nSenior Product Manager\n\nCoaching product managers while working with design is the senior product manager's job. Learn how to lead product teams in our newsletter.\n\nWhen is a Senior Product Manager ready to advance to a Group Product Manager role?\n\n  • You mentor two product managers.\n\nGroup Product Manager\n\nAt the top you choose between the principal product manager role, which is an individual contributor track; and the group product manager role, which is a people management track.\n",
    );
    expect(d.claims.management.map((m) => [m.role, m.scope, m.quote.text.slice(0, 20)])).toEqual([
      ["senior-product-manager", "MENTORS", "Coaching product man"],
      ["group-product-manager", "MANAGES_PEOPLE", "At the top you choos"],
    ]);
  });
});

describe("skills", () => {
  it("matches word forms of catalogue skills and reads list items as skill names", () => {
    expect("a natural leader".match(skillPattern("Leadership"))?.[0]).toBe("leader");
    expect("you think critically".match(skillPattern("Critical Thinking"))?.[0]).toBe("think critically");
    expect("a strong project manager".match(skillPattern("Project Management"))?.[0]).toBe("project manager");
    expect("Associate PM Programs".match(skillPattern("Programming"))).toBeNull();
    const s = "Anyone with good empathy and contract negotiation skills can do it.";
    expect(listedItems(s, whole(s)).map((x) => x.text)).toEqual(["empathy", "contract negotiation"]);
    const k = "They need knowledge of pricing, design thinking, and finances.";
    expect(listedItems(k, whole(k)).map((x) => x.text)).toEqual(["pricing", "design thinking", "finances"]);
    expect([skillName("finances"), skillName("agile methodologies"), skillName("Flexibility in approach"), skillName("the team")]).toEqual([
      "finance",
      "agile methodologies",
      "Flexibility",
      null,
    ]);
  });
  it("gives a readiness sign's skills to the role stepped into, keeps transferable skills off the ladder, proposes what the catalogue lacks", async () => {
    const d = await draft(
      "Ladder\n\nProduct Manager\n\nA product manager owns one product.\n\nWhen is a Product Manager ready to advance to a Senior Product Manager role?\n\n  • You are a natural leader: you rally people around a plan.\n  • You write well: You have strong negotiation and storytelling skills.\n\nSenior Product Manager\n\nA senior product manager owns a product line.\n\nSkills for a great Senior Product Manager\n\nBring transferable skills from earlier jobs, such as copywriting, data analysis, or UX design. Good senior product managers need knowledge of pricing, design thinking, and finances.\n",
    );
    const step = { from: "product-manager", to: "senior-product-manager" };
    expect(d.claims.skills.map((k) => [k.skill, k.role, k.step, k.classification?.kind ?? null])).toEqual([
      ["leadership", "senior-product-manager", step, null],
      ["negotiation", "senior-product-manager", step, null],
      ["storytelling", "senior-product-manager", step, null],
      ["data-analysis", null, null, "OTHER"],
      ["ux-design", null, null, "OTHER"],
      ["copywriting", null, null, "OTHER"],
      // "design thinking" is not the catalogue's Design: one skill of its own.
      ["design-thinking", "senior-product-manager", null, null],
      ["finance", "senior-product-manager", null, null],
      ["pricing", "senior-product-manager", null, null],
    ]);
    expect(d.proposedSkills.map((k) => k.id)).toEqual(["negotiation", "storytelling", "copywriting", "pricing"]);
  });
});
