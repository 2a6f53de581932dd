import type { TadaDocumentNode } from "gql.tada";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphCounts } from "../../src/db/repositories/graph.ts";
import { graphql, requestBody } from "../support/graphql.ts";
import { type ListeningServer, startListeningServer } from "../support/listening.ts";
import { widgetLadderClaims } from "../support/widgetLadder.ts";

/** Concurrent writes over real HTTP to a listening server: one id, eight writers, eight different articles. */
const TOKEN = "race-admin-token-0123456789abcdef";
const ID = "zz_race_fixture";
let server: ListeningServer;

beforeAll(async () => {
  server = await startListeningServer({ adminToken: TOKEN });
});
afterAll(async () => {
  await server?.close();
});

/** Article n: the same ladder, with a preamble of a different length, so every quote sits at different offsets. */
function article(n: number) {
  const text = `Widget Ladder ${n}\n\n${"Preamble sentence. ".repeat(n * 3)}\n\nJunior Widget Manager\nA junior widget manager polishes widgets.\n\nWidget Manager\nA widget manager is promoted from junior widget manager after ${n + 2} years.\n`;
  const quote = `A widget manager is promoted from junior widget manager after ${n + 2} years.`;
  const claims = widgetLadderClaims({ id: ID, title: `Widget Ladder ${n}`, text, quote });
  return { text, claims };
}

const ADD = graphql(`mutation ($id: ID!, $text: String!, $claims: String!) {
  addSource(id: $id, text: $text, claims: $claims) { source { id title } nodesAdded relationshipsAdded } }`);

interface Body {
  data?: { addSource?: { source: { id: string; title: string }; nodesAdded: number; relationshipsAdded: number } | null } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post<R, V>(document: TadaDocumentNode<R, V>, variables: NoInfer<V>): Promise<Body> {
  const response = await fetch(`${server.origin}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: requestBody(document, variables),
  });
  return (await response.json()) as Body;
}

/** Every quote of source `id` (its own evidence and each figure's) against the stored text, from the database itself. */
async function storedEvidence(id: string) {
  const { records } = await server.driver.executeQuery(
    "MATCH (s:Source {id: $id}) OPTIONAL MATCH ()-[r]->() WHERE r.source = $id RETURN s.text AS text, s.title AS title, collect(properties(r)) AS claims",
    { id },
    { routing: "READ" },
  );
  const record = records[0];
  const text = String(record?.get("text"));
  const quotes: { quote: string; at: string }[] = [];
  for (const claim of (record?.get("claims") ?? []) as Record<string, unknown>[]) {
    for (const prefix of ["", "summary", "years", "salary", "track"]) {
      const key = (k: string) => (prefix ? `${prefix}${k[0]?.toUpperCase()}${k.slice(1)}` : k);
      if (claim[key("quote")] === undefined) continue;
      quotes.push({ quote: String(claim[key("quote")]), at: text.slice(Number(claim[key("start")]), Number(claim[key("end")])) });
    }
  }
  return {
    sources: records.length,
    title: record?.get("title") as string,
    text,
    quotes,
    relationships: (record?.get("claims") ?? []).length,
  };
}

describe("concurrent addSource of one id", () => {
  it("eight writers at once: exactly one wins, seven get CONFLICT, and the stored article is the winner's with every quote at its offsets", async () => {
    const before = await graphCounts(server.driver);
    const articles = Array.from({ length: 8 }, (_, n) => article(n));
    const answers = await Promise.all(articles.map((a) => post(ADD, { id: ID, ...a })));
    try {
      const winners = answers.flatMap((a, n) => (a.data?.addSource ? [n] : []));
      expect(winners).toHaveLength(1);
      const winner = winners[0] as number;
      expect(answers[winner]?.data?.addSource).toEqual({
        source: { id: ID, title: `Widget Ladder ${winner}` },
        nodesAdded: 1,
        relationshipsAdded: 3,
      });
      const losers = answers.filter((_, n) => n !== winner);
      expect(losers.map((a) => [a.errors?.[0]?.extensions?.code, a.errors?.[0]?.message])).toEqual(
        losers.map(() => ["CONFLICT", `source '${ID}' already exists; nothing was written: remove it first (removeSource) to replace it`]),
      );

      const stored = await storedEvidence(ID);
      expect(stored.sources).toBe(1);
      expect(stored.title).toBe(`Widget Ladder ${winner}`);
      expect(stored.text).toBe(articles[winner]?.text);
      // Two definitions (title and summary quotes each) and one promotion: five quotes, each exactly at its offsets.
      expect(stored.relationships).toBe(3);
      expect(stored.quotes).toHaveLength(5);
      for (const q of stored.quotes) expect(q.at).toBe(q.quote);
      expect(await graphCounts(server.driver)).toEqual({ nodes: before.nodes + 1, relationships: before.relationships + 3 });
    } finally {
      await post(graphql(`mutation ($id: ID!) { removeSource(id: $id) { removedId } }`), { id: ID });
    }
    expect(await graphCounts(server.driver)).toEqual(before);
  });

  it("refuses ids outside the one pattern (dots, upper case, slashes, empty) with BAD_USER_INPUT, writing nothing", async () => {
    const before = await graphCounts(server.driver);
    for (const id of ["..", "../etc", "zz.race", "ZZ_RACE_FIXTURE", "Zz_race", "a/b", "", "-lead", "x".repeat(101)]) {
      const answer = await post(ADD, { id, ...article(0) });
      expect([id, answer.errors?.[0]?.extensions?.code, answer.errors?.[0]?.message.split(":")[0]]).toEqual([
        id,
        "BAD_USER_INPUT",
        "id must be a source id",
      ]);
    }
    expect(await graphCounts(server.driver)).toEqual(before);
  });
});
