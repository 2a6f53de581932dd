import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { graphql } from "../support/graphql.ts";
import { startTestServer } from "../support/server.ts";

/**
 * draftClaims through the real app on the real Neo4j (the seed graph): the drafter's answer for
 * article 004 as the API types it, every quote a verbatim span of the text sent, the validator's
 * problems, nothing written, and a clear refusal for bad input.
 */

const TOKEN = "draft-test-token";
const server = startTestServer({ adminToken: TOKEN });
afterAll(() => server.close());

const ARTICLE = readFileSync("seed/sources/004_502e8f18b33a844e.txt", "utf8");

interface Quote {
  text: string;
  start: number;
  end: number;
}
const QUERY = graphql(`query ($text: String!, $id: ID!) {
  draftClaims(text: $text, id: $id) {
    id sha256
    source { title { text start end } author { text start end } publisher { text start end } }
    definitions { role rank title { text start end } summary { text start end } confidence reason }
    promotions { from to kind quote { text start end } confidence }
    nonPromotions { from to quote { text start end } }
    bands { role band level quote { text start end } }
    responsibilities { role quote { text start end } }
    outsideRoles { role relation outsider title }
    proposedRoles { id }
    problems { claim message }
    claimsYaml
  }
}`);

function quotesIn(value: unknown, out: Quote[] = []): Quote[] {
  if (Array.isArray(value)) for (const v of value) quotesIn(v, out);
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.start === "number" && typeof o.end === "number" && typeof o.text === "string") out.push(o as unknown as Quote);
    for (const v of Object.values(o)) quotesIn(v, out);
  }
  return out;
}

describe("draftClaims", () => {
  it("drafts article 004: its seven role sections in reading order, ladder steps, the explicit step and the band headings", async () => {
    const before = await server.execute(graphql(`{ sources { id } }`));
    const { draftClaims: d } = await server.execute(QUERY, { text: ARTICLE, id: "t_draft" });
    expect(d.id).toBe("t_draft");
    expect(d.sha256).toBe("3853654fa14a82168770ec8ef9e8ec1b6d3e6a20187c6b6dc62720cde28ab3c9");
    expect(d.source.title?.text).toBe("Career path for Product Management");
    expect(d.source.author?.text).toBe("Mahima Arora");
    expect(d.definitions.map((x) => [x.role, x.rank, x.title.text])).toEqual([
      ["product-manager-intern", 1, "Product Manager Intern"],
      ["associate-product-manager", 2, "Associate Product Manager"],
      ["product-manager", 3, "Product Manager"],
      ["senior-product-manager", 4, "Senior Product Manager"],
      ["director-of-product", 5, "Director of Product"],
      ["vp-of-product", 6, "VP of Product"],
      ["chief-product-officer", 7, "Chief Product Officer"],
    ]);
    expect(d.definitions[2]?.summary.text).toBe("This is the real role one likes to reach while climbing the ladder.");
    expect(d.promotions.map((p) => [p.from, p.to, p.kind])).toEqual([
      ["product-manager-intern", "associate-product-manager", "LADDER_ORDER"],
      ["associate-product-manager", "product-manager", "LADDER_ORDER"],
      ["product-manager", "senior-product-manager", "LADDER_ORDER"],
      ["senior-product-manager", "director-of-product", "EXPLICIT"],
      ["director-of-product", "vp-of-product", "LADDER_ORDER"],
      ["vp-of-product", "chief-product-officer", "LADDER_ORDER"],
    ]);
    expect(d.promotions[3]?.quote.text).toBe(
      "Once you qualify for all the above stages, you reach this role to handle more responsibilities.",
    );
    expect(d.nonPromotions).toEqual([
      expect.objectContaining({
        from: null,
        to: "senior-product-manager",
        quote: expect.objectContaining({ text: "Well, you can’t directly reach this position by any chance." }),
      }),
    ]);
    expect(d.bands.filter((b) => b.quote.text.endsWith("positions")).map((b) => [b.role, b.band, b.level])).toEqual([
      ["product-manager-intern", "Entry-level", "ENTRY"],
      ["associate-product-manager", "Entry-level", "ENTRY"],
      ["product-manager", "Mid-level", "MID"],
      ["senior-product-manager", "Mid-level", "MID"],
      ["director-of-product", "High-level", "EXECUTIVE"],
      ["vp-of-product", "High-level", "EXECUTIVE"],
      ["chief-product-officer", "High-level", "EXECUTIVE"],
    ]);
    expect(d.outsideRoles).toEqual([
      { role: "director-of-product", relation: "WORKS_WITH", outsider: "chief-executive-officer", title: "CEO" },
    ]);
    expect(d.proposedRoles).toEqual([]);
    // The validator (seed:check, addSource) would accept the draft as it is.
    expect(d.problems).toEqual([]);
    // Every quote is the text at its offsets.
    const quotes = quotesIn(d);
    expect(quotes.length).toBe(45);
    for (const q of quotes) expect(ARTICLE.slice(q.start, q.end)).toBe(q.text);
    // The claims file text is YAML in the seed shape, with comments.
    const file = parseYaml(d.claimsYaml) as { source: { id: string }; roles: { role: string }[] };
    expect(file.source.id).toBe("t_draft");
    expect(file.roles.map((r) => r.role)).toEqual(d.definitions.map((x) => x.role));
    expect(d.claimsYaml).toContain('# 0.90 · role section "Product Manager Intern"');
    // A query: nothing was written.
    expect(await server.execute(graphql(`{ sources { id } }`))).toEqual(before);
  });

  it("proposes a title no catalogue role has as a new role, and reports what the validator would refuse", async () => {
    const text = `Design Careers\n\nJunior Product Designer\n\nA junior product designer works on small features with a mentor and learns the craft.\n\nProduct Manager\n\nA product manager owns the roadmap for one product area and works with engineers every day.\n`;
    const { draftClaims: d } = await server.execute(QUERY, { text, id: "t_design" });
    expect(d.definitions.map((x) => [x.role, x.rank])).toEqual([
      ["junior-product-designer", 1],
      ["product-manager", 2],
    ]);
    expect(d.proposedRoles).toEqual([{ id: "junior-product-designer" }]);
    expect(d.definitions[0]?.confidence).toBeLessThan(0.5);
    expect(d.problems.map((p) => p.message)).toContain(
      "unknown role 'junior-product-designer': add it to seed/catalog/roles.yaml or fix the id",
    );
  });

  it("answers bad input with no draft and why (BAD_USER_INPUT with its reason)", async () => {
    const refusal = async (text: string, headers: Record<string, string> = {}) => {
      const { body } = await server.send(QUERY, { text, id: "t_bad" }, headers);
      expect(body.data ?? null).toBeNull();
      return body.errors?.map((e) => [e.extensions?.code, e.extensions?.reason, e.message]);
    };
    expect(await refusal("   \n ")).toEqual([["BAD_USER_INPUT", "EMPTY", "no draft: the article is empty: nothing to draft"]]);
    expect(await refusal(`Product Manager\n\n${"\u0000\u0001\u0002 binary ".repeat(50)}`)).toEqual([
      [
        "BAD_USER_INPUT",
        "BINARY",
        "no draft: the article is not text (150 control or undecodable characters): save it as UTF-8 plain text",
      ],
    ]);
    const german =
      "Produktmanager\n\nDer Produktmanager ist für die Strategie und die Entwicklung des Produkts verantwortlich. Er arbeitet mit den Entwicklern und dem Vertrieb zusammen und entscheidet, welche Funktionen als Nächstes gebaut werden.";
    expect(await refusal(german)).toEqual([
      [
        "BAD_USER_INPUT",
        "NOT_ENGLISH",
        "no draft: the article reads as another language (ISO 639-3 'deu'); the drafter's rules are for English",
      ],
    ]);
    const noRoles =
      "A note on gardening\n\nTomatoes like sun and water. Plant them in spring, after the last frost, and stake them as they grow.";
    expect((await refusal(noRoles))?.map((e) => e.slice(0, 2))).toEqual([["BAD_USER_INPUT", "NO_ROLES"]]);
    // Over the drafter's limit: only an admin-sized request body can carry it at all.
    const huge = `Product Manager\n\n${"A product manager owns a roadmap. ".repeat(30_000)}`;
    expect(await refusal(huge, { authorization: `Bearer ${TOKEN}` })).toEqual([
      ["BAD_USER_INPUT", "TOO_LARGE", "no draft: the article has 1020017 characters; at most 1000000 are drafted"],
    ]);
  });
});
