import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { KINDS, RELATIONSHIP_TYPES } from "../../src/claims/registry.ts";
import { fillTypes, loadClaimStatements } from "../../src/db/claimStatements.ts";
import { CYPHER_FOLDER, STATEMENTS, statement } from "../../src/db/cypher.ts";

const ROOT = join(CYPHER_FOLDER, "..");

/** Every .ts file under a folder of the repository. */
function sources(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .map((f) => join(ROOT, folder, f));
}

describe("the statement list is the cypher/ folder", () => {
  const files = ["schema", "load", "admin", "seed", "read"].flatMap((folder) =>
    readdirSync(join(CYPHER_FOLDER, folder))
      .filter((f) => f.endsWith(".cypher"))
      .map((f) => `${folder}/${f.replace(/\.cypher$/, "")}`),
  );

  it("holds every statement file once, and nothing else", () => {
    expect([...STATEMENTS].sort()).toEqual(files.sort());
    expect(new Set(STATEMENTS).size).toBe(STATEMENTS.length);
  });

  it("has a file for every statement name the code and the bench write out, and every file is run by some code", () => {
    const named = new Map<string, string>();
    for (const file of [...sources("src"), ...sources("bench")]) {
      for (const m of readFileSync(file, "utf8").matchAll(/["`]((?:schema|load|admin|seed|read)\/[a-z0-9-]+)["`]/g)) {
        named.set(m[1] as string, relative(ROOT, file));
      }
    }
    const missing = [...named].filter(([name]) => !STATEMENTS.includes(name as (typeof STATEMENTS)[number]));
    expect(missing).toEqual([]);
    // Run by name, or found by the code by pattern: the path statements (one per maxSteps) and cypher/schema/ (ensureSchema runs them all).
    const unused = STATEMENTS.filter((n) => !named.has(n) && !n.startsWith("schema/"));
    expect(unused).toEqual([]);
  });

  it("an unknown name is an error naming it, not an undefined statement", () => {
    expect(() => statement("read/no-such-statement")).toThrow("no Cypher statement read/no-such-statement");
  });
});

describe("each claim kind declares its relationship types, and the delete and index statements cover exactly those", () => {
  it("each load statement writes the relationship type its kind declares for it, with the claim's source", () => {
    for (const { name, kind } of KINDS) {
      for (const load of kind.load) {
        const text = statement(load.statement);
        expect(text, `${name}: ${load.statement}`).toMatch(new RegExp(`\\[\\w+:${load.relationship}\\b`));
        expect(text, `${name}: ${load.statement}`).toMatch(/source:/);
      }
    }
  });

  it("no load statement writes a relationship type outside the union (a kind that forgot to declare one would keep stale claims)", () => {
    const written = new Set(
      STATEMENTS.filter((n) => n.startsWith("load/merge-")).flatMap((n) =>
        [...statement(n).matchAll(/MERGE \([^)]*\)-\[\w+:([A-Z_]+)/g)].map((m) => m[1] as string),
      ),
    );
    expect([...written].sort()).toEqual([...RELATIONSHIP_TYPES].sort());
  });

  it("the delete statement has one deletion per type; one source index per type, named as before", () => {
    const { deleteSourceClaims, sourceIndexes } = loadClaimStatements();
    const deleted = [...deleteSourceClaims.matchAll(/MATCH \(\)-\[r:([A-Z_]+) \{source: sid\}\]->\(\) DELETE r/g)].map((m) => m[1]);
    expect(deleted).toEqual([...RELATIONSHIP_TYPES]);
    expect(sourceIndexes).toHaveLength(RELATIONSHIP_TYPES.length);
    expect(sourceIndexes).toContain(
      "CREATE INDEX tied_to_outside_role_source IF NOT EXISTS FOR ()-[r:TIED_TO_OUTSIDE_ROLE]-() ON (r.source)",
    );
    expect(sourceIndexes).toContain("CREATE INDEX described_by_source IF NOT EXISTS FOR ()-[r:DESCRIBED_BY]-() ON (r.source)");
    // The templates are filled from the code only; a new type is one more line.
    expect(fillTypes("a\nX {{TYPE}} {{type}}\nb", ["ONE_TWO", "THREE"])).toBe("a\nX ONE_TWO one_two\nX THREE three\nb");
  });

  it("every kind's reads name read statements, each kind's section and GraphQL object are its own", () => {
    for (const { name, kind } of KINDS) {
      for (const spec of Object.values(kind.reads)) {
        const read = typeof spec === "string" ? spec : spec.statement;
        expect(read, name).toMatch(/^read\//);
        expect(STATEMENTS, name).toContain(read);
      }
    }
    const sections = KINDS.map(({ kind }) => kind.section);
    expect(new Set(sections).size).toBe(sections.length);
    const objects = KINDS.flatMap(({ kind }) => (kind.graphql ? [kind.graphql.object] : []));
    expect(new Set(objects).size).toBe(objects.length);
  });
});
