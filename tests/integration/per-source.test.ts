// Per-source questions in one request, through typed documents (checked against schema.graphql
// when the suite typechecks): the answers are read off the seed articles.
import { afterAll, describe, expect, it } from "vitest";
import { graphql } from "../support/graphql.ts";
import { startTestServer } from "../support/server.ts";
import { S } from "../support/sources.ts";

const server = startTestServer();
afterAll(() => server.close());

const Definitions = graphql(`
  query Definitions($role: ID!, $source: ID) {
    role(id: $role) { definitions(source: $source) { source { id } title rank yearsOfExperience { min max text } } }
  }
`);

const SourceSkills = graphql(`
  query SourceSkills($id: ID!) {
    source(id: $id) { skills { skill { slug kind } role { slug } source { id } evidence { quote } } }
  }
`);

const Requirements = graphql(`
  query Requirements($role: ID!) {
    role(id: $role) { requires { skill { slug } claims { source { id } skill { slug } role { slug } } } }
  }
`);

const RolesOf = graphql(`
  query RolesOf($source: ID!, $track: Track) {
    roles(source: $source, track: $track) { edges { node { slug } } }
  }
`);

const SourceLadder = graphql(`
  query SourceLadder($id: ID!) {
    source(id: $id) { ladder { rank roles { slug } } }
    ladder(source: $id) { rank roles { slug } }
  }
`);

describe("per-source fields", () => {
  it("Role.definitions(source:) keeps one source's definition", async () => {
    const data = await server.execute(Definitions, { role: "principal-product-manager", source: S.a003 });
    expect(data.role?.definitions).toEqual([
      {
        source: { id: S.a003 },
        title: "Principal OR GROUP Product Manager",
        rank: 4,
        yearsOfExperience: { min: 8, max: 10, text: "8-10 years of experience" },
      },
    ]);
    const all = await server.execute(Definitions, { role: "principal-product-manager" });
    expect(all.role?.definitions.map((d) => d.source.id)).toEqual([S.a000, S.a003]);
  });

  it("Source.skills lists 004's skill claims in reading order, each with its role and source", async () => {
    const data = await server.execute(SourceSkills, { id: S.a004 });
    expect(data.source?.skills.map((k) => [k.skill.slug, k.role?.slug ?? null, k.source.id])).toEqual([
      ["prioritization", "associate-product-manager", S.a004],
      ["collaboration", "associate-product-manager", S.a004],
      ["communication", "product-manager", S.a004],
      ["collaboration", "product-manager", S.a004],
      ["prioritization", "product-manager", S.a004],
      ["product-sense", "senior-product-manager", S.a004],
      ["data-driven-decision-making", "director-of-product", S.a004],
      ["product-sense", "chief-product-officer", S.a004],
      ["product-vision", "chief-product-officer", S.a004],
      ["data-driven-decision-making", "chief-product-officer", S.a004],
    ]);
  });

  it("RequirementClaim names its source, skill and role", async () => {
    const data = await server.execute(Requirements, { role: "director-of-product" });
    const claims = data.role?.requires.flatMap((r) => r.claims) ?? [];
    expect(claims.filter((c) => c.source.id === S.a004)).toEqual([
      { source: { id: S.a004 }, skill: { slug: "data-driven-decision-making" }, role: { slug: "director-of-product" } },
    ]);
  });

  it("roles(source:) lists one source's roles in its order, and with track: its track", async () => {
    const data = await server.execute(RolesOf, { source: S.a003 });
    expect(data.roles.edges.map((e) => e.node.slug)).toEqual([
      "associate-product-manager",
      "product-manager",
      "senior-product-manager",
      "group-product-manager",
      "principal-product-manager",
    ]);
    const ic = await server.execute(RolesOf, { source: S.a003, track: "INDIVIDUAL_CONTRIBUTOR" });
    expect(ic.roles.edges.map((e) => e.node.slug)).toEqual(["principal-product-manager"]);
  });

  it("roles(source:) with an unknown source is NOT_FOUND, naming the source ids", async () => {
    const errors = await server.expectErrors(RolesOf, { source: "003_nope" });
    expect(errors.map((e) => e.code)).toEqual(["NOT_FOUND"]);
    expect(errors[0]?.message).toContain("unknown source '003_nope' in source");
  });

  it("Source.ladder answers as ladder(source:) does", async () => {
    const data = await server.execute(SourceLadder, { id: S.a001 });
    expect(data.source?.ladder).toEqual(data.ladder);
    expect(data.ladder.map((r) => [r.rank, r.roles.map((x) => x.slug)])).toEqual([
      [1, ["associate-product-manager", "junior-product-manager"]],
      [2, ["product-manager"]],
      [3, ["senior-product-manager"]],
      [4, ["director-of-product", "product-leader"]],
      [5, ["chief-product-officer", "vp-of-product"]],
    ]);
  });
});
