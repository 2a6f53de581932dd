import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDriver } from "../../src/db/driver.ts";
import { freePort } from "../support/database.ts";

/**
 * README "Adding a claim kind", done in a copy of the tree: a toy kind (`remarks`, a word a source
 * says about a role) is added the way the README says, the schema is printed again, and the files
 * that differ from this tree are counted. Then the copy's own server (`src/main.ts`) runs on the
 * test Neo4j: an article whose claims file has a `remarks:` section is added through `addSource`
 * (validated and loaded), its remarks are read through Source (the registry's derived
 * repository, loader and object), and `removeSource` takes them away again (the delete statement
 * covers the new relationship type without anyone listing it).
 */

const ROOT = process.cwd();
const work = mkdtempSync(join(tmpdir(), "laddergraph-toy-kind-"));
const tree = join(work, "tree");

/** The files a kind is made of, relative to the tree; the README lists the same. */
const vocabulary = existsSync(join(ROOT, "src/claims/vocabulary.ts")) ? "./vocabulary.ts" : "../seed/claimsSchema.ts";
const TOY: Record<string, string> = {
  "src/claims/remark.ts": `import { z } from "zod";
import { type Evidence, evidenceOf, evidenceProps, storedEvidence } from "./evidence.ts";
import { claimKind } from "./kind.ts";
import { note, QuoteSchema, Slug } from "${vocabulary}";

/** A word a source says about a role (a toy kind). */
export interface RemarkClaim {
  source: string;
  role: string;
  remark: string;
  evidence: Evidence;
}

export const remarks = claimKind({
  section: "remarks",
  input: z.object({ role: Slug, remark: z.string().min(1), quote: QuoteSchema, note }).strict(),
  label: (r) => r.role,
  check(r, c): RemarkClaim {
    c.role(r.role);
    return { source: c.source, role: r.role, remark: r.remark, evidence: c.evidence(r.quote, r.note) };
  },
  roles: (r) => [r.role],
  load: [
    {
      statement: "load/merge-remarks",
      relationship: "REMARKED_IN",
      rows: (claims) => claims.map((r) => ({ role: r.role, props: { ...evidenceProps(r.evidence), remark: r.remark } })),
    },
  ],
  reads: { bySource: "read/remarks-by-source" },
  graphql: {
    object: "RemarkClaim",
    description: "A word one source says about a role.",
    role: { description: "The role remarked on." },
    fields: { remark: { type: "String", description: "The remark, in the source's words." } },
    onSource: { field: "remarks", read: "bySource", description: "What this source remarks about roles." },
  },
  stored: z
    .object({ ...storedEvidence, role: z.string(), remark: z.string() })
    .transform((r): RemarkClaim => ({ source: r.source, role: r.role, remark: r.remark, evidence: evidenceOf(r) })),
});
`,
  "cypher/load/merge-remarks.cypher": `UNWIND $rows AS x
MATCH (r:Role {id: x.role}), (s:Source {id: x.props.source})
MERGE (r)-[e:REMARKED_IN {source: x.props.source, start: x.props.start}]->(s)
SET e += x.props
`,
  "cypher/read/remarks-by-source.cypher": `UNWIND $ids AS id
MATCH (r:Role)-[e:REMARKED_IN {source: id}]->(:Source)
WITH id, e, r ORDER BY e.start
RETURN id AS key, collect(e {.*, role: r.id}) AS value
`,
};

/** Every file of the parts of the tree a kind may touch, with its content. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const part of ["src", "cypher", "schema.graphql", "seed/CLAIMS.md"]) {
    const path = join(dir, part);
    if (!existsSync(path)) continue;
    const names = /\.\w+$/.test(part) ? [""] : readdirSync(path, { recursive: true, encoding: "utf8" });
    for (const name of names) {
      const file = join(path, name);
      if (name === "" || /\.(ts|cypher|js)$/.test(name)) files.set(relative(dir, file), readFileSync(file, "utf8"));
    }
  }
  return files;
}

let server: ChildProcess | undefined;
let output = "";
let port = 0;
const TOKEN = "toy-kind-admin-token-0123456789abcdef";

beforeAll(async () => {
  for (const part of ["src", "cypher", "seed", "schema.graphql", "package.json"])
    cpSync(join(ROOT, part), join(tree, part), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(tree, "node_modules"));
  // The README's steps: the kind's module, its line in the registry, its statements; then schema:print.
  for (const [file, text] of Object.entries(TOY)) writeFileSync(join(tree, file), text);
  const registry = join(tree, "src/claims/registry.ts");
  const before = readFileSync(registry, "utf8");
  const after = before
    .replace(
      'import { relativeRanks } from "./relativeRank.ts";',
      'import { relativeRanks } from "./relativeRank.ts";\nimport { remarks } from "./remark.ts";',
    )
    .replace("  outsideRoles,\n} as const;", "  outsideRoles,\n  remarks,\n} as const;");
  expect(after).not.toBe(before);
  writeFileSync(registry, after);
  const documented = join(tree, "seed/CLAIMS.md");
  writeFileSync(
    documented,
    `${readFileSync(documented, "utf8")}\n## remarks\n\nA word the article says about a role: \`{ role, remark, quote }\`.\n`,
  );
  execFileSync(process.execPath, [join(tree, "src/schema/print.ts")], { cwd: tree, stdio: "pipe" });
}, 120_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((done) => server?.once("exit", done));
    server.kill("SIGTERM");
    await exited;
  }
  rmSync(work, { recursive: true, force: true });
});

describe("adding a claim kind (README: Adding a claim kind)", () => {
  it("touches six files: the kind's module, one line of the registry, its load and read statements, schema.graphql printed again, its section in seed/CLAIMS.md", () => {
    const ours = snapshot(ROOT);
    const theirs = snapshot(tree);
    const touched = [...theirs].filter(([file, text]) => ours.get(file) !== text).map(([file]) => file);
    expect(touched.sort()).toEqual(
      [
        "cypher/load/merge-remarks.cypher",
        "cypher/read/remarks-by-source.cypher",
        "schema.graphql",
        "seed/CLAIMS.md",
        "src/claims/registry.ts",
        "src/claims/remark.ts",
      ].sort(),
    );
    expect(touched.length).toBeLessThanOrEqual(6);
    // The README names the same files.
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("To add a kind of claim"), readme.indexOf("## The API"));
    for (const part of [
      "src/claims/<kind>.ts",
      "registry.ts",
      "cypher/load/merge-<kind>.cypher",
      "cypher/read/<kind>-by-",
      "schema.graphql",
      "seed/CLAIMS.md",
    ]) {
      expect(section).toContain(part);
    }
    // The schema gained the object and its list field on Source.
    const schema = readFileSync(join(tree, "schema.graphql"), "utf8");
    expect(schema).toContain('"""A word one source says about a role."""\ntype RemarkClaim {');
    expect(schema).toContain('  """What this source remarks about roles."""\n  remarks: [RemarkClaim!]!');
  });

  it("the copy's server loads, reads, exposes and removes the new kind's claims", async () => {
    const db = inject("neo4j");
    port = await freePort();
    server = spawn(process.execPath, [join(tree, "src/main.ts")], {
      cwd: tree,
      env: {
        ...process.env,
        NEO4J_URI: db.uri,
        NEO4J_USER: db.user,
        NEO4J_PASSWORD: db.password,
        PORT: String(port),
        LADDERGRAPH_ADMIN_TOKEN: TOKEN,
        LADDERGRAPH_SEED_DIR: join(tree, "seed"),
        LADDERGRAPH_RESPONSE_CACHE: "off",
        LOG_LEVEL: "info",
        LOG_FORMAT: "json",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout?.on("data", (d) => (output += d));
    server.stderr?.on("data", (d) => (output += d));
    const deadline = Date.now() + 240_000;
    while (!output.includes("laddergraph ready")) {
      if (server.exitCode !== null) throw new Error(`the copy's server exited ${server.exitCode}:\n${output}`);
      if (Date.now() > deadline) throw new Error(`the copy's server is not ready:\n${output}`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
    const ask = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data: T; errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };

    const id = "zz_toy_remarks";
    const text = "The Toy Ladder\nA VP of Product is an executive position.\nThe Product Manager role is the backbone of the team.\n";
    const claims = `source: { id: ${id}, title: The Toy Ladder, sha256: ${createHash("sha256").update(text).digest("hex")} }
remarks:
  - { role: vp-of-product, remark: executive, quote: "is an executive position" }
  - { role: product-manager, remark: the backbone, quote: "is the backbone of the team" }
`;
    const added = await ask<{ addSource: { relationshipsAdded: number } }>(
      "mutation ($id: ID!, $text: String!, $claims: String!) { addSource(id: $id, text: $text, claims: $claims) { relationshipsAdded } }",
      { id, text, claims },
    );
    expect(added.addSource.relationshipsAdded).toBe(2);

    const read = await ask<{
      source: { remarks: { remark: string; role: { slug: string }; source: { id: string }; evidence: { quote: string; start: number } }[] };
    }>(`{
      source(id: "${id}") { remarks { remark role { slug } source { id } evidence { quote start } } }
    }`);
    expect(read.source.remarks).toEqual([
      { remark: "executive", role: { slug: "vp-of-product" }, source: { id }, evidence: { quote: "is an executive position", start: 31 } },
      {
        remark: "the backbone",
        role: { slug: "product-manager" },
        source: { id },
        evidence: { quote: "is the backbone of the team", start: 82 },
      },
    ]);

    await ask(`mutation { removeSource(id: "${id}") { removedId } }`);
    const driver = createDriver({ uri: db.uri, user: db.user, password: db.password });
    try {
      const { records } = await driver.executeQuery("MATCH ()-[r:REMARKED_IN]->() RETURN count(r) AS n");
      expect(Number(records[0]?.get("n"))).toBe(0);
      // The start-up's ensureSchema made the new type's source index from the same union.
      const indexes = await driver.executeQuery("SHOW INDEXES YIELD name WHERE name = 'remarked_in_source' RETURN name");
      expect(indexes.records.map((r) => r.get("name"))).toEqual(["remarked_in_source"]);
      await driver.executeQuery("DROP INDEX remarked_in_source IF EXISTS");
    } finally {
      await driver.close();
    }
  }, 300_000);
});
