import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../src/config/limits.ts";
import { BOUNDS, boundedStatement, boundedTexts, loadStatements, STATEMENTS } from "../../src/db/cypher.ts";

/** One promotion-paths.cypher: the loader writes each allowed maxSteps into its pattern, and nothing else. */
describe("read/promotion-paths, bounded by the loader", () => {
  const cypher = loadStatements();

  it("one text per allowed maxSteps, 1 … LIMITS.maxSteps.max", () => {
    expect(BOUNDS["read/promotion-paths"]).toEqual({ placeholder: "{{maxSteps}}", min: 1, max: LIMITS.maxSteps.max });
    expect([...boundedTexts("read/promotion-paths", cypher).keys()]).toEqual(Array.from({ length: LIMITS.maxSteps.max }, (_, i) => i + 1));
  });

  it("each text bounds the pattern by its own number, and differs from the file in nothing else", () => {
    const template = cypher["read/promotion-paths"] as string;
    expect(template.match(/\)\{1,\{\{maxSteps\}\}\} \(b\)/g)).toHaveLength(1);
    for (let n = 1; n <= LIMITS.maxSteps.max; n++) {
      const text = boundedStatement("read/promotion-paths", n);
      expect(text.match(/\)\{1,(\d+)\} \(b\)/g)).toEqual([`){1,${n}} (b)`]);
      expect(text).not.toContain("{{");
      expect(text.replace(`){1,${n}} (b)`, "){1,{{maxSteps}}} (b)")).toBe(template);
    }
  });

  it("refuses any other bound: out of range, not an integer, not a number", () => {
    for (const bad of [
      0,
      -1,
      LIMITS.maxSteps.max + 1,
      2.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      "3",
      "3} (b) MATCH (n) DETACH DELETE n //",
    ]) {
      expect(() => boundedStatement("read/promotion-paths", bad as number)).toThrow(
        `read/promotion-paths takes a bound of 1 to ${LIMITS.maxSteps.max} (an integer); got ${JSON.stringify(bad)}`,
      );
    }
  });

  it("stops start-up when the file writes the placeholder other than once", () => {
    const dir = mkdtempSync(join(tmpdir(), "cypher-"));
    for (const name of STATEMENTS) {
      mkdirSync(dirname(join(dir, `${name}.cypher`)), { recursive: true });
      writeFileSync(join(dir, `${name}.cypher`), readFileSync(join("cypher", `${name}.cypher`), "utf8"));
    }
    const path = join(dir, "read/promotion-paths.cypher");
    writeFileSync(path, readFileSync(path, "utf8").replace("){1,{{maxSteps}}} (b)", "){1,10} (b)"));
    expect(() => loadStatements(dir)).toThrow(`Cypher statement ${path} must write {{maxSteps}} exactly once (outside comments)`);
  });
});
