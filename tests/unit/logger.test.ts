import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/** The log format as a process sees it: stdout here is a pipe, as under a supervisor or in Docker. */
function logLine(format: string): string {
  const script = `import { createLogger } from "./src/logger.ts"; createLogger("info", ${JSON.stringify(format)}).info({ port: 4000 }, "hello");`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

describe("log format", () => {
  it("is one JSON object a line when stdout is not a terminal (auto)", () => {
    const line = JSON.parse(logLine("auto")) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 30, service: "laddergraph", port: 4000, msg: "hello" });
  });

  it("is a readable line with LOG_FORMAT=pretty (what a terminal gets)", () => {
    expect(logLine("pretty")).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: hello\n {4}port: 4000\n$/);
  });
});
