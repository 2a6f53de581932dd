// The seed pipeline on the real test Neo4j: what the validator refuses, and what a load guarantees.
// Every test leaves the database exactly as it found it (counts and a full fingerprint).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Driver } from "neo4j-driver";
import { afterAll, describe, expect, inject, it } from "vitest";
import { stringify } from "yaml";
import type { Corpus } from "../../src/claims/corpus.ts";
import { createDriver } from "../../src/db/driver.ts";
import { graphCounts, sourceCount } from "../../src/db/repositories/graph.ts";
import { loadCorpus, removeSources } from "../../src/db/writes/corpus.ts";
import { type Problem, readCorpus } from "../../src/seed/corpus.ts";
import { graphql } from "../support/graphql.ts";
import { startTestServer } from "../support/server.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SEED = join(ROOT, "seed");
const db = inject("neo4j");
const driver = createDriver({ uri: db.uri, user: db.user, password: db.password });
const server = startTestServer();

const S000 = "000_18567d4f4f5ab0b1";
const S002 = "002_d2d1fea17da82400";
const S003 = "003_24894dd3d8424456";
const S004 = "004_502e8f18b33a844e";
const FIVE = [S000, "001_a8ebed2f27fe2428", S002, S003, S004];

const tempDirs: string[] = [];
afterAll(async () => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  await server.close();
  await driver.close();
});

/** A fresh copy of seed/ in a temp dir, removed after the file's tests. */
function seedCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "laddergraph-seed-"));
  tempDirs.push(dir);
  cpSync(SEED, dir, { recursive: true });
  return dir;
}

/** Replaces `from` by `to` in a file, insisting `from` occurs there exactly once. */
function editOnce(path: string, from: string, to: string): void {
  const content = readFileSync(path, "utf8");
  const hits = content.split(from).length - 1;
  if (hits !== 1) throw new Error(`expected exactly one '${from}' in ${path}, found ${hits}`);
  writeFileSync(path, content.replace(from, to));
}

/** How readCorpus names a file: relative to the working directory. */
const named = (path: string) => relative(process.cwd(), path);

function problemsOf(seedDir: string): Problem[] {
  const result = readCorpus(seedDir);
  return result.ok ? [] : result.problems;
}

function validSeed(): Corpus {
  const result = readCorpus(SEED);
  if (!result.ok) throw new Error(`seed is invalid: ${JSON.stringify(result.problems)}`);
  return result.corpus;
}

/** JSON with sorted keys, so equal property maps print equally. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(",")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

interface Snapshot {
  nodes: number;
  relationships: number;
  /** Every node (labels + properties) and every relationship (type, ends, properties), sorted. */
  fingerprint: string[];
}

/**
 * The whole graph, down to every property: equal snapshots mean unchanged data. The DataVersion
 * bookkeeping node is left out: every load changes it (tests/integration/response-cache.test.ts).
 */
async function snapshot(d: Driver = driver): Promise<Snapshot> {
  const counts = await graphCounts(d);
  const nodes = await d.executeQuery(
    "MATCH (n) WHERE NOT n:DataVersion RETURN labels(n) AS labels, properties(n) AS props",
    {},
    { routing: "READ" },
  );
  const rels = await d.executeQuery(
    "MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a) AS fromLabels, a.id AS from, labels(b) AS toLabels, b.id AS to, properties(r) AS props",
    {},
    { routing: "READ" },
  );
  const fingerprint = [
    ...nodes.records.map((r) => `node ${stable(r.get("labels"))} ${stable(r.get("props"))}`),
    ...rels.records.map(
      (r) =>
        `rel ${r.get("type")} ${stable(r.get("fromLabels"))}:${r.get("from")} -> ${stable(r.get("toLabels"))}:${r.get("to")} ${stable(r.get("props"))}`,
    ),
  ].sort();
  return { ...counts, fingerprint };
}

// ---------------------------------------------------------------------------------------------

describe("the validator", () => {
  it("accepts the five seed articles", () => {
    const result = readCorpus(SEED);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok ? result.corpus.sources.map((s) => s.source.id) : []).toEqual(FIVE);
  });

  it("refuses a quote altered by one character, naming the file, the claim and the quote", () => {
    const dir = seedCopy();
    const file = join(dir, "claims", `${S000}.yaml`);
    editOnce(
      file,
      '"Taking this path leads to the Principal Product Manager position."',
      '"Taking this bath leads to the Principal Product Manager position."',
    );
    expect(problemsOf(dir)).toEqual([
      {
        file: named(file),
        claim: "promotions[4] (product-leader -> principal-product-manager)",
        quote: "Taking this bath leads to the Principal Product Manager position.",
        message: "quote not found in the article",
      },
    ]);
  });

  it("reports every problem at once: two broken quotes in two files give two problems", () => {
    const dir = seedCopy();
    const first = join(dir, "claims", `${S000}.yaml`);
    const second = join(dir, "claims", `${S004}.yaml`);
    editOnce(
      first,
      '"Taking this path leads to the Principal Product Manager position."',
      '"Taking this path leads to the Principal Product Manager positon."',
    );
    editOnce(second, 'quote: "Chief Product Officer-"', 'quote: "Chief Product Oficer-"');
    expect(problemsOf(dir)).toEqual([
      {
        file: named(first),
        claim: "promotions[4] (product-leader -> principal-product-manager)",
        quote: "Taking this path leads to the Principal Product Manager positon.",
        message: "quote not found in the article",
      },
      {
        file: named(second),
        claim: "promotions[5] (vp-of-product -> chief-product-officer)",
        quote: "Chief Product Oficer-",
        message: "quote not found in the article",
      },
    ]);
  });

  it("refuses an unknown role id, naming the file and the claim", () => {
    const dir = seedCopy();
    const file = join(dir, "claims", `${S004}.yaml`);
    editOnce(file, 'from: "product-manager-intern"', 'from: "product-manager-internn"');
    expect(problemsOf(dir)).toEqual([
      {
        file: named(file),
        claim: "promotions[0] (product-manager-internn -> associate-product-manager)",
        message: "unknown role 'product-manager-internn': add it to seed/catalog/roles.yaml or fix the id",
      },
    ]);
  });

  it("refuses a duplicate catalogue id, naming the catalogue and the entry", () => {
    const dir = seedCopy();
    const file = join(dir, "catalog", "roles.yaml");
    const entries = readFileSync(file, "utf8")
      .split("\n")
      .filter((l) => l.startsWith("- id: ")).length;
    writeFileSync(file, `${readFileSync(file, "utf8")}- id: product-manager\n  name: Product Manager Again\n`);
    expect(problemsOf(dir)).toEqual([{ file: named(file), claim: `[${entries}]`, message: "duplicate id 'product-manager'" }]);
    expect(entries).toEqual(18);
  });

  it("refuses malformed YAML, naming the file and where the YAML breaks", () => {
    const dir = seedCopy();
    const file = join(dir, "claims", `${S002}.yaml`);
    editOnce(file, 'title: "Hierarchical Levels of Product Managers"\n', 'title: "Hierarchical Levels of Product Managers\n');
    // The yaml parser's own first line: what is wrong and where (line 6 is the title line broken above).
    expect(problemsOf(dir)).toEqual([{ file: named(file), message: 'malformed YAML: Missing closing "quote at line 6, column 50:' }]);
  });

  it("refuses an article whose sha256 no longer matches its claims file", () => {
    const dir = seedCopy();
    const text = join(dir, "sources", `${S003}.txt`);
    const recorded = createHash("sha256")
      .update(readFileSync(join(SEED, "sources", `${S003}.txt`)))
      .digest("hex");
    writeFileSync(text, `${readFileSync(text, "utf8")} `);
    const now = createHash("sha256").update(readFileSync(text)).digest("hex");
    expect(problemsOf(dir)).toEqual([
      {
        file: named(join(dir, "claims", `${S003}.yaml`)),
        claim: "source.sha256",
        message: `seed/sources/${S003}.txt has sha256 ${now}, not the ${recorded} recorded here: the article changed, so re-check its quotes before updating the hash`,
      },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------

describe("the seed CLI on bad input", () => {
  it("exits non-zero, prints the file and the quote, and leaves the database exactly as it was", async () => {
    const dir = seedCopy();
    const file = join(dir, "claims", `${S000}.yaml`);
    editOnce(
      file,
      '"Taking this path leads to the Principal Product Manager position."',
      '"Taking this bath leads to the Principal Product Manager position."',
    );
    const before = await snapshot();
    const run = spawnSync(process.execPath, ["scripts/with-node.mjs", "node", "src/seed/cli.ts", "load"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 120_000,
      env: { ...process.env, LADDERGRAPH_SEED_DIR: dir, NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password },
    });
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
      status: 1,
      stdout: "",
      stderr: [
        `seed: 1 problem(s) in ${dir}; nothing was loaded:`,
        `  ${relative(ROOT, file)} › promotions[4] (product-leader -> principal-product-manager): quote "Taking this bath leads to the Principal Product Manager position." quote not found in the article`,
        "",
      ].join("\n"),
    });
    expect(await snapshot()).toEqual(before);
  });
});

// ---------------------------------------------------------------------------------------------

describe("loading into the real database", () => {
  it("starts from the seed the global setup loaded", async () => {
    expect(await sourceCount(driver)).toEqual(5);
  });

  it("loading the same corpus twice changes nothing: same counts, same graph", async () => {
    const corpus = validSeed();
    const before = await snapshot();
    const first = await loadCorpus(driver, corpus);
    expect(first).toEqual({ sources: 5, nodes: before.nodes, relationships: before.relationships });
    expect(await snapshot()).toEqual(before);
    const second = await loadCorpus(driver, corpus);
    expect(second).toEqual({ sources: 5, nodes: before.nodes, relationships: before.relationships });
    expect(await snapshot()).toEqual(before);
  });

  it("a load Neo4j rejects mid-transaction changes nothing", async () => {
    const corpus = structuredClone(validSeed());
    const last = corpus.sources[corpus.sources.length - 1];
    const definition = last?.definitions[0];
    if (!definition) throw new Error("the seed has no definitions to tamper with");
    // Neo4j refuses map property values; by then every old claim has been deleted in the same transaction.
    definition.title = { a: { b: 1 } } as never;
    const before = await snapshot();
    const error = await loadCorpus(driver, corpus).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error instanceof Error ? (error as Error & { code?: string }).code : error).toEqual("Neo.ClientError.Statement.TypeError");
    expect(await snapshot()).toEqual(before);
  });

  /** Within the staleness bound; polled every 100 ms, a little over the bound in all. */
  const STALENESS = { timeout: 2_000, interval: 100 };

  it("a sixth article goes in with no code change, answers through the API, and comes out again", async () => {
    const id = "zz_fixture_sixth";
    const dir = seedCopy();
    const text = [
      "A Fixture Ladder Of Two Rungs",
      "",
      "Mid Rung: Product Manager",
      "The product manager owns one product from idea to launch.",
      "",
      "Top Rung: Senior Product Manager",
      "After about two years a product manager can move up to senior product manager.",
      "The senior role sets the strategy for several products.",
      "",
    ].join("\n");
    writeFileSync(join(dir, "sources", `${id}.txt`), text);
    const claims = {
      source: { id, title: "A Fixture Ladder Of Two Rungs", sha256: createHash("sha256").update(text).digest("hex") },
      roles: [
        {
          role: "product-manager",
          title: "Mid Rung: Product Manager",
          rank: 1,
          summary: "The product manager owns one product from idea to launch.",
        },
        {
          role: "senior-product-manager",
          title: "Top Rung: Senior Product Manager",
          rank: 2,
          summary: "The senior role sets the strategy for several products.",
        },
      ],
      promotions: [
        {
          from: "product-manager",
          to: "senior-product-manager",
          kind: "EXPLICIT",
          quote: "After about two years a product manager can move up to senior product manager.",
        },
      ],
    };
    writeFileSync(join(dir, "claims", `${id}.yaml`), stringify(claims));

    const result = readCorpus(dir);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.corpus.sources.map((s) => s.source.id)).toEqual([...FIVE, id]);

    const before = await snapshot();
    try {
      const report = await loadCorpus(driver, result.corpus);
      // One Source node more; two DESCRIBED_BY and one PROMOTES_TO more (the roles exist already).
      expect(report).toEqual({ sources: 6, nodes: before.nodes + 1, relationships: before.relationships + 3 });

      const data = await server.execute(
        graphql(`query ($s: ID!) { ladder(source: $s) { rank roles { slug }
           promotesTo { from { slug } to { slug } claims { kind track evidence { quote start end } } } } }`),
        { s: id },
      );
      const quote = "After about two years a product manager can move up to senior product manager.";
      const at = text.indexOf(quote);
      expect(data.ladder).toEqual([
        {
          rank: 1,
          roles: [{ slug: "product-manager" }],
          promotesTo: [
            {
              from: { slug: "product-manager" },
              to: { slug: "senior-product-manager" },
              claims: [{ kind: "EXPLICIT", track: null, evidence: { quote, start: at, end: at + quote.length } }],
            },
          ],
        },
        { rank: 2, roles: [{ slug: "senior-product-manager" }], promotesTo: [] },
      ]);
      // A write from outside the server (as `npm run seed` is) shows within the response cache's
      // staleness bound (2 × LADDERGRAPH_CACHE_POLL_MS: 500 ms).
      await expect
        .poll(async () => (await server.execute(graphql(`{ sources { id } }`))).sources.map((s) => s.id), STALENESS)
        .toEqual([...FIVE, id]);
    } finally {
      await removeSources(driver, [id]);
    }

    expect(await snapshot()).toEqual(before);
    await expect.poll(() => server.execute(graphql(`{ sources { id } }`)), STALENESS).toEqual({ sources: FIVE.map((x) => ({ id: x })) });
    const gone = await server.send(graphql(`query ($s: ID!) { source(id: $s) { id } }`), { s: id });
    expect(gone.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
