import { describe, expect, it } from "vitest";
import { loadStatements } from "../../src/db/cypher.ts";
import { MAX_PATH_STEPS } from "../../src/db/repositories/paths.ts";
import { LIMITS } from "../../src/services/limits.ts";

/** The ten path statements exist so that maxSteps bounds the search itself; they must not drift apart. */
describe("promotion-paths-1 … -10", () => {
  const cypher = loadStatements();
  const statement = (n: number) => cypher[`read/promotion-paths-${n}`] as string;

  it("one statement per allowed maxSteps", () => {
    expect(MAX_PATH_STEPS).toBe(LIMITS.maxSteps.max);
  });

  it("each bounds its pattern by its own number, and they differ in nothing else", () => {
    for (let n = 1; n <= MAX_PATH_STEPS; n++) {
      expect(statement(n).match(/\)\{1,(\d+)\} \(b\)/g)).toEqual([`){1,${n}} (b)`]);
      expect(statement(n).replace(`){1,${n}} (b)`, "){1,N} (b)")).toBe(statement(1).replace("){1,1} (b)", "){1,N} (b)"));
    }
  });
});
