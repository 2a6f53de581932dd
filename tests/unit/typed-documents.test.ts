// The typed test documents are checked against the committed schema through
// web/src/graphql-env.d.ts (shared with the explorer page); this fails when it is older than schema.graphql.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

describe("typed documents", () => {
  it("web/src/graphql-env.d.ts is generated from the committed schema.graphql (run `npm run schema:print`)", () => {
    const dir = mkdtempSync(join(tmpdir(), "laddergraph-tada-"));
    try {
      const output = join(dir, "graphql-env.d.ts");
      const run = spawnSync(process.execPath, ["node_modules/gql.tada/bin/cli.js", "generate-output", "--output", output], {
        encoding: "utf8",
      });
      expect(run.status, run.stderr).toBe(0);
      expect(readFileSync("web/src/graphql-env.d.ts", "utf8")).toBe(readFileSync(output, "utf8"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
