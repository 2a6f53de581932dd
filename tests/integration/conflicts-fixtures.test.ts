import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphCounts } from "../../src/db/repositories/graph.ts";
import { loadCorpus, removeSources } from "../../src/db/writes/corpus.ts";
import { readUploadedSource } from "../../src/seed/corpus.ts";
import { graphql } from "../support/graphql.ts";
import { startTestServer } from "../support/server.ts";

/**
 * The disagreement rules on small graphs made for the purpose, through the real loader, Neo4j and
 * API: two tiny articles that agree on some things and disagree on others (the second's claim that two of
 * its rungs are one role is refused: see the last test).
 */
const server = startTestServer();
const IDS = ["zz_conflict_a", "zz_conflict_b"];
let before: { nodes: number; relationships: number };

const ARTICLE_A = `Ladder A
Associate Product Manager: the first rung. It pays $90,000 a year.
Product Manager: after 2-4 years. It pays $120,000 a year.
Senior Product Manager: the top rung here.
`;
const ARTICLE_B = `Ladder B
Product Manager Intern: where everyone starts.
Associate Product Manager: the second rung.
Product Manager: after 2-4 years. It pays $130,000 a year.
Senior Product Manager: also called the Group Product Manager.
Group Product Manager: a rung above the senior product manager.
`;

const sha = (text: string) => createHash("sha256").update(text).digest("hex");
const claimsA = `
source: { id: zz_conflict_a, title: Ladder A, sha256: ${sha(ARTICLE_A)} }
roles:
  - { role: associate-product-manager, title: "Associate Product Manager", rank: 1, summary: "the first rung." }
  - role: product-manager
    title: { text: "Product Manager", occurrence: 2 }
    rank: 2
    summary: { text: "after 2-4 years.", occurrence: 1 }
    years: { min: 2, max: 4, text: "2-4 years", quote: { text: "after 2-4 years.", occurrence: 1 } }
    salaryUsd: { amount: 120000, quote: "It pays $120,000 a year." }
  - { role: senior-product-manager, title: "Senior Product Manager", rank: 3, summary: "the top rung here." }
promotions:
  - { from: associate-product-manager, to: product-manager, kind: LADDER_ORDER, quote: { text: "Product Manager", occurrence: 2 } }
  - { from: product-manager, to: senior-product-manager, kind: LADDER_ORDER, quote: "Senior Product Manager" }
`;
const claimsB = `
source: { id: zz_conflict_b, title: Ladder B, sha256: ${sha(ARTICLE_B)} }
roles:
  - { role: product-manager-intern, title: "Product Manager Intern", rank: 1, summary: "where everyone starts." }
  - { role: associate-product-manager, title: "Associate Product Manager", rank: 2, summary: "the second rung." }
  - role: product-manager
    title: { text: "Product Manager", occurrence: 3 }
    rank: 3
    summary: "after 2-4 years."
    years: { min: 2, max: 4, text: "2-4 years", quote: "after 2-4 years." }
    salaryUsd: { amount: 130000, quote: "It pays $130,000 a year." }
  - { role: senior-product-manager, title: { text: "Senior Product Manager", occurrence: 1 }, rank: 4, summary: "also called the Group Product Manager." }
  - { role: group-product-manager, title: { text: "Group Product Manager", occurrence: 2 }, rank: 5, summary: "a rung above the senior product manager." }
promotions:
  - { from: product-manager-intern, to: associate-product-manager, kind: LADDER_ORDER, quote: "Associate Product Manager" }
  - { from: associate-product-manager, to: product-manager, kind: LADDER_ORDER, quote: { text: "Product Manager", occurrence: 3 } }
  - { from: product-manager, to: senior-product-manager, kind: LADDER_ORDER, quote: { text: "Senior Product Manager", occurrence: 1 } }
  - { from: senior-product-manager, to: group-product-manager, kind: LADDER_ORDER, quote: "a rung above the senior product manager." }
`;
/** B's "also called" joins two roles B itself ranks on different rungs: a SAME_AS the validator refuses. */
const sameAsB = `identities:
  - { role: senior-product-manager, other: group-product-manager, kind: SAME_AS, quote: "also called the Group Product Manager." }
`;

beforeAll(async () => {
  before = await graphCounts(server.driver);
  for (const [id, text, claims] of [
    [IDS[0], ARTICLE_A, claimsA],
    [IDS[1], ARTICLE_B, claimsB],
  ] as const) {
    const result = readUploadedSource("seed", { id: id as string, text, claimsYaml: claims });
    if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
    await loadCorpus(server.driver, result.corpus);
  }
});

afterAll(async () => {
  await removeSources(server.driver, IDS);
  expect(await graphCounts(server.driver)).toEqual(before);
  await server.close();
});

const conflicts = async (role: string) => {
  const data = await server.execute(
    graphql(
      `query ($r: ID!, $s: [ID!]) { conflicts(role: $r, sources: $s) { role { slug } aspect withinSource { id } positions { value sources { id } } } }`,
    ),
    { r: role, s: IDS },
  );
  return data.conflicts.map((c) => [
    c.aspect,
    c.positions.map((p) => [p.value, p.sources.map((s) => s.id)]),
    c.withinSource.map((s) => s.id),
  ]);
};

describe("conflicts on fixture articles, through the database", () => {
  it("same years in both: no YEARS conflict; different salaries: a SALARY conflict", async () => {
    expect(await conflicts("product-manager")).toEqual([
      [
        "SALARY",
        [
          ["$120,000", ["zz_conflict_a"]],
          ["$130,000", ["zz_conflict_b"]],
        ],
        [],
      ],
    ]);
  });

  it("an entry level in one article with a rung below it in the other: ENTRY_LEVEL", async () => {
    expect(await conflicts("associate-product-manager")).toEqual([
      [
        "ENTRY_LEVEL",
        [
          ["above the entry level", ["zz_conflict_b"]],
          ["the entry level", ["zz_conflict_a"]],
        ],
        [],
      ],
    ]);
  });

  it("a top rung in one article and a next step in the other", async () => {
    expect(await conflicts("senior-product-manager")).toEqual([
      [
        "PROMOTION",
        [
          ["promotes to Group Product Manager", ["zz_conflict_b"]],
          ["top of this source's ladder", ["zz_conflict_a"]],
        ],
        [],
      ],
    ]);
  });

  it("refuses an article calling two of its rungs one role (SAME_AS), naming the claim and its quote", () => {
    const result = readUploadedSource("seed", { id: "zz_conflict_b", text: ARTICLE_B, claimsYaml: claimsB + sameAsB });
    expect(result.ok ? [] : result.problems.map((p) => [p.claim, p.quote])).toEqual([
      ["identities[0] (senior-product-manager SAME_AS group-product-manager)", "also called the Group Product Manager."],
    ]);
  });
});
