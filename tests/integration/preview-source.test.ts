import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { startTestServer } from "../support/server.ts";

/**
 * previewSource on the real app and the real Neo4j (the seed graph): an article and its claims file
 * evaluated as addSource would load them, writing nothing. The conflicts it previews are exactly the
 * ones the conflicts query answers once the article is published; the validator's problems are
 * addSource's.
 */

const TOKEN = "preview-test-admin-token-0123456789";
const ADMIN = { authorization: `Bearer ${TOKEN}` };
const server = startTestServer({ adminToken: TOKEN });

interface Conflict {
  role: string;
  aspect: string;
  summary: string;
  isNew?: boolean;
  positions: { value: string; sources: string[]; evidence: { source: string; quote: string; start: number; end: number }[] }[];
  withinSource: string[];
}
interface Preview {
  id: string;
  problems: { claim: string | null; message: string }[];
  taken: boolean;
  publishable: boolean;
  ladder: { rank: number | null; roles: { role: string; name: string; title: string; track: string | null }[] }[];
  conflicts: Conflict[];
}

const PREVIEW = `query ($id: ID!, $text: String!, $claims: String!) {
  previewSource(id: $id, text: $text, claims: $claims) {
    id taken publishable problems { claim message }
    ladder { rank roles { role name title track } }
    conflicts { role aspect summary isNew withinSource positions { value sources evidence { source quote start end } } }
  }
}`;
const CONFLICTS = `query ($role: ID!) {
  conflicts(role: $role) { role { slug } aspect summary withinSource { id } positions { value sources { id } evidence { source { id } quote start end } } }
}`;

interface ApiConflict {
  role: { slug: string };
  aspect: string;
  summary: string;
  withinSource: { id: string }[];
  positions: {
    value: string;
    sources: { id: string }[];
    evidence: { source: { id: string }; quote: string; start: number; end: number }[];
  }[];
}
const plain = (c: ApiConflict): Conflict => ({
  role: c.role.slug,
  aspect: c.aspect,
  summary: c.summary,
  withinSource: c.withinSource.map((s) => s.id),
  positions: c.positions.map((p) => ({
    value: p.value,
    sources: p.sources.map((s) => s.id),
    evidence: p.evidence.map((e) => ({ source: e.source.id, quote: e.quote, start: e.start, end: e.end })),
  })),
});

async function sourceIds(): Promise<string[]> {
  return (await server.query<{ sources: { id: string }[] }>("{ sources { id } }")).sources.map((s) => s.id);
}

/** A seed article's text and claims file under another id (the claims file's source.id changed, nothing else). */
function seedAs(stem: string, id: string): { text: string; claims: string } {
  const doc = parseDocument(readFileSync(`seed/claims/${stem}.yaml`, "utf8"));
  doc.setIn(["source", "id"], id);
  return { text: readFileSync(`seed/sources/${stem}.txt`, "utf8"), claims: doc.toString({ lineWidth: 0 }) };
}

const added: string[] = [];
afterAll(async () => {
  for (const id of added) await server.send(`mutation ($id: ID!) { removeSource(id: $id) { removedId } }`, { id }, ADMIN);
  expect(await sourceIds()).toHaveLength(5);
  await server.close();
});

describe("previewSource", () => {
  for (const stem of ["000_18567d4f4f5ab0b1", "004_502e8f18b33a844e"]) {
    it(`a copy of seed ${stem}: the ladder of its claims file, and exactly the conflicts the API has once it is published`, async () => {
      const id = `zz_preview_${stem.slice(0, 3)}`;
      const { text, claims } = seedAs(stem, id);
      const before = await sourceIds();
      const { previewSource: p } = await server.query<{ previewSource: Preview }>(PREVIEW, { id, text, claims });
      expect(await sourceIds()).toEqual(before);
      expect({ problems: p.problems, taken: p.taken, publishable: p.publishable }).toEqual({
        problems: [],
        taken: false,
        publishable: true,
      });

      // The ladder: the claims file's ranked roles rung by rung (the seed's own ladder, as the API answers it).
      const { ladder } = await server.query<{ ladder: { rank: number; definitions: { role: { slug: string }; title: string }[] }[] }>(
        "query ($s: ID!) { ladder(source: $s) { rank definitions { role { slug } title } } }",
        { s: stem },
      );
      expect(p.ladder.filter((r) => r.rank !== null).map((r) => [r.rank, r.roles.map((x) => [x.role, x.title]).sort()])).toEqual(
        ladder.map((r) => [r.rank, r.definitions.map((d) => [d.role.slug, d.title]).sort()]),
      );
      // A copy of a seed article agrees with it everywhere, so it joins the conflicts the seed is in.
      expect(p.conflicts.length).toBeGreaterThan(0);
      const roles = [...new Set(p.conflicts.map((c) => c.role))];
      const aspectsBefore = new Map<string, Set<string>>();
      for (const role of roles) {
        const { conflicts } = await server.query<{ conflicts: ApiConflict[] }>(CONFLICTS, { role });
        aspectsBefore.set(role, new Set(conflicts.map((c) => c.aspect)));
      }

      const published = await server.send(
        "mutation ($id: ID!, $text: String!, $claims: String!) { addSource(id: $id, text: $text, claims: $claims) { source { id } } }",
        { id, text, claims },
        ADMIN,
      );
      expect(published.body.errors).toBeUndefined();
      added.push(id);

      // Every role the article names: the API's conflicts with the new source in a position are the preview's, field for field.
      const touched = [...new Set(claims.match(/\b[a-z]+(?:-[a-z]+)+\b/g) ?? [])];
      const after: Conflict[] = [];
      for (const role of touched) {
        const answer = await server.send<{ conflicts: ApiConflict[] }>(CONFLICTS, { role });
        if (answer.body.errors) continue; // not a role slug (a skill's, a word with a hyphen)
        after.push(...(answer.body.data?.conflicts ?? []).map(plain).filter((c) => c.positions.some((x) => x.sources.includes(id))));
      }
      const key = (c: Conflict) => `${c.role}/${c.aspect}`;
      expect(p.conflicts.map(({ isNew: _, ...c }) => c).sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
        after.sort((a, b) => key(a).localeCompare(key(b))),
      );
      expect(p.conflicts.map((c) => [key(c), c.isNew])).toEqual(
        p.conflicts.map((c) => [key(c), !aspectsBefore.get(c.role)?.has(c.aspect)]),
      );

      // Previewing it again: the id is now taken, so it is not publishable.
      const again = await server.query<{ previewSource: Preview }>(PREVIEW, { id, text, claims });
      expect([again.previewSource.taken, again.previewSource.publishable]).toEqual([true, false]);
    }, 120_000);
  }

  it("a claims file with an unknown role and a quote not in the text: addSource's problems, no ladder, nothing written", async () => {
    const id = "zz_preview_bad";
    const text = "The Tiny Ladder\n\nWidget Wrangler\nA widget wrangler wrangles widgets.\n";
    const { createHash } = await import("node:crypto");
    const sha256 = createHash("sha256").update(text).digest("hex");
    const claims = `source:\n  id: ${id}\n  title: The Tiny Ladder\n  sha256: ${sha256}\nroles:\n  - role: widget-wrangler\n    title: Widget Wrangler\n    rank: 1\n    summary: A widget wrangler wrangles gadgets.\n`;
    const before = await sourceIds();
    const { previewSource: p } = await server.query<{ previewSource: Preview }>(PREVIEW, { id, text, claims });
    const add = await server.send(
      "mutation ($id: ID!, $text: String!, $claims: String!) { addSource(id: $id, text: $text, claims: $claims) { source { id } } }",
      { id, text, claims },
      ADMIN,
    );
    const refused = add.body.errors?.[0]?.extensions?.problems as { claim?: string; message: string }[];
    expect(p.problems.map((x) => [x.claim, x.message])).toEqual(refused.map((x) => [x.claim ?? null, x.message]));
    expect(p.problems.map((x) => x.message)).toEqual([
      "unknown role 'widget-wrangler': add it to seed/catalog/roles.yaml or fix the id",
      expect.stringContaining("not found"),
    ]);
    expect([p.publishable, p.ladder, p.conflicts]).toEqual([false, [], []]);
    expect(await sourceIds()).toEqual(before);
  });

  it("claimKinds: every section of a claims file with the JSON Schema of its entry", async () => {
    const { claimKinds } = await server.query<{ claimKinds: { section: string; schema: string }[] }>("{ claimKinds { section schema } }");
    expect(claimKinds.map((k) => k.section)).toEqual([
      "roles",
      "mentions",
      "responsibilities",
      "skills",
      "promotions",
      "identities",
      "nonPromotions",
      "readiness",
      "bands",
      "management",
      "relativeRanks",
      "outsideRoles",
    ]);
    const promotions = JSON.parse(claimKinds.find((k) => k.section === "promotions")?.schema ?? "{}");
    expect(promotions.required).toEqual(["from", "to", "kind", "quote"]);
    expect(promotions.properties.kind.enum).toEqual(["EXPLICIT", "LADDER_ORDER"]);
  });
});
