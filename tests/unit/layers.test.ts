import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { cruise, type ICruiseResult } from "dependency-cruiser";
import { afterAll, describe, expect, it } from "vitest";

/**
 * The layers of src/, lowest first (the README's "Design in a page" lists them): a module imports
 * from its own layer and the layers below it, never from one above, and no import circle runs
 * through src/. A layer is files and folders of src/; a file belongs to its most specific entry
 * (src/db/cypher.ts, the statement catalogue the claim kinds name their statements from, sits
 * below claims/, the rest of db/ above domain/). Type-only and dynamic imports count too.
 */
export const LAYERS: readonly (readonly string[])[] = [
  ["errors.ts", "config/", "timeLimit.ts"],
  ["observability/"],
  ["logger.ts"],
  ["db/cypher.ts"],
  ["claims/"],
  ["domain/"],
  ["search/"],
  ["db/"],
  ["neo4j/"],
  ["seed/"],
  ["loaders/"],
  ["context.ts"],
  ["cache/"],
  ["services/"],
  ["draft/"],
  ["schema/"],
  ["server/"],
  ["startup/"],
  ["main.ts"],
];

/** The layer of a path relative to the root (`db/query.ts`): the index of its most specific entry, or undefined. */
function layerOf(path: string, layers: readonly (readonly string[])[]): { index: number; entry: string } | undefined {
  let found: { index: number; entry: string } | undefined;
  layers.forEach((entries, index) => {
    for (const entry of entries) {
      const matches = entry.endsWith("/") ? path.startsWith(entry) : path === entry;
      if (matches && (!found || entry.length > found.entry.length)) found = { index, entry };
    }
  });
  return found;
}

/**
 * Every import of `root` (a folder under `baseDir`) that runs up a layer, every import that is part
 * of a circle, and every module in no layer, as lines that name the importing and imported files.
 */
async function importProblems(baseDir: string, root: string, layers: readonly (readonly string[])[]): Promise<string[]> {
  const { output } = await cruise([root], {
    baseDir,
    tsPreCompilationDeps: true,
    doNotFollow: { path: "node_modules" },
    exclude: { path: "node_modules" },
    validate: true,
    ruleSet: { forbidden: [{ name: "no-circular", severity: "error", from: { path: `^${root}/` }, to: { circular: true } }] },
  });
  const result = output as ICruiseResult;
  const inRoot = (path: string) => path.startsWith(`${root}/`);
  const within = (path: string) => path.slice(root.length + 1);
  const problems: string[] = [];
  for (const module of result.modules.filter((m) => inRoot(m.source))) {
    const from = layerOf(within(module.source), layers);
    if (!from) {
      problems.push(`${module.source} is in no layer: add it to LAYERS (tests/unit/layers.test.ts) and the README`);
      continue;
    }
    for (const dependency of module.dependencies.filter((d) => inRoot(d.resolved))) {
      const to = layerOf(within(dependency.resolved), layers);
      if (to && to.index > from.index) {
        problems.push(`upward import: ${module.source} (${from.entry}) imports ${dependency.resolved} (${to.entry}, a layer above)`);
      }
    }
  }
  for (const violation of result.summary.violations.filter((v) => v.rule.name === "no-circular")) {
    problems.push(`import circle: ${[violation.from, ...(violation.cycle ?? []).map((step) => step.name)].join(" → ")}`);
  }
  return problems;
}

describe("the layers of src/", () => {
  it("no import runs up a layer, none is part of a circle, and every module is in a layer", async () => {
    const problems = await importProblems(process.cwd(), "src", LAYERS);
    expect(problems, problems.join("\n")).toEqual([]);
  });

  describe("the check itself, on a small tree", () => {
    const dir = mkdtempSync(join(tmpdir(), "laddergraph-layers-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const files: Record<string, string> = {
      "lib/low/a.ts": 'import { b } from "./b.ts";\nexport const a = () => b;\n',
      "lib/low/b.ts": 'import type { a } from "./a.ts";\nexport const b = 1;\nexport type A = typeof a;\n',
      "lib/low/up.ts": 'import { top } from "../high/top.ts";\nexport const up = top;\n',
      "lib/high/top.ts": 'import { b } from "../low/b.ts";\nexport const top = b;\n',
      "lib/stray.ts": "export const stray = 1;\n",
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }

    it("names an upward import, a circle (closed by a type-only import), and a module in no layer", async () => {
      const problems = await importProblems(dir, "lib", [["low/"], ["high/"]]);
      expect(problems.sort()).toEqual([
        "import circle: lib/low/a.ts → lib/low/b.ts → lib/low/a.ts",
        "lib/stray.ts is in no layer: add it to LAYERS (tests/unit/layers.test.ts) and the README",
        "upward import: lib/low/up.ts (low/) imports lib/high/top.ts (high/, a layer above)",
      ]);
    });
  });
});
