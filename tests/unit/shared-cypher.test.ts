import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadStatements, SHARED } from "../../src/db/cypher.ts";

/** The Source projection is written once (src/db/cypher.ts, SHARED); the statements name it by its placeholder. */
describe("shared Cypher text", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".cypher") ? [join(dir, e.name)] : [],
    );
  const projection = SHARED["{{sourceProjection}}"];

  it("no statement file spells the Source projection out; those that read sources name its placeholder", () => {
    const texts = files("cypher").map((f) => readFileSync(f, "utf8"));
    expect(texts.filter((t) => t.includes(projection))).toEqual([]);
    expect(texts.filter((t) => t.includes("{{sourceProjection}}")).length).toBe(11);
  });

  it("the loader fills it in everywhere: no loaded statement keeps a placeholder but the bounded one's", () => {
    const loaded = Object.entries(loadStatements());
    expect(loaded.filter(([, text]) => text.includes("{{sourceProjection}}"))).toEqual([]);
    expect(loaded.filter(([, text]) => text.includes("{{")).map(([name]) => name)).toEqual(["read/promotion-paths"]);
    expect(loaded.filter(([, text]) => text.includes(projection)).length).toBe(11);
  });
});
