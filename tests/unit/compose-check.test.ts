import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

/** `npm run compose:check` (dclint: the Compose specification's JSON schema and this repo's rules). */
function check(...files: string[]) {
  const r = spawnSync(process.execPath, ["node_modules/.bin/dclint", ...files, "--max-warnings", "0", "--color", "false"], {
    encoding: "utf8",
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

describe("compose:check", () => {
  it("passes on the repo's compose files", () => {
    const r = check("docker-compose.yml", "docker-compose.browser.yml");
    expect(r.status, r.output).toBe(0);
  });

  it("fails on a key the Compose specification does not have, and on a port published on every interface", () => {
    const dir = mkdtempSync(join(tmpdir(), "laddergraph-compose-"));
    const typo = join(dir, "typo.yml");
    writeFileSync(typo, 'name: x\nservices:\n  app:\n    image: "node:24"\n    portz:\n      - "127.0.0.1:4000:4000"\n');
    const typoRun = check(typo);
    expect(typoRun.status).toBe(1);
    expect(typoRun.output).toContain('instancePath="/services/app", schemaPath="#/additionalProperties"');

    const open = join(dir, "open.yml");
    writeFileSync(open, 'name: x\nservices:\n  app:\n    image: "node:24"\n    ports:\n      - "4000:4000"\n');
    const openRun = check(open);
    expect(openRun.status).toBe(1);
    expect(openRun.output).toContain("without specifying the interface to listen on");
  });
});

describe("docker-compose.yml supervises its processes", () => {
  const compose = parse(readFileSync("docker-compose.yml", "utf8")) as {
    services: Record<string, { restart?: string; stop_grace_period?: string; environment?: Record<string, string> }>;
  };

  it("restarts every service when its process exits (unless stopped on purpose)", () => {
    expect(Object.fromEntries(Object.entries(compose.services).map(([name, s]) => [name, s.restart]))).toEqual({
      laddergraph: "unless-stopped",
      neo4j: "unless-stopped",
    });
  });

  it("gives the server longer than its 10 s shutdown before Docker's SIGKILL, and a Host allow-list (it listens on 0.0.0.0 inside)", () => {
    expect(compose.services.laddergraph?.stop_grace_period).toBe("15s");
    expect(compose.services.laddergraph?.environment?.LADDERGRAPH_ALLOWED_HOSTS).toBe(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Compose's own interpolation, as written in the file
      "${LADDERGRAPH_ALLOWED_HOSTS:-localhost,127.0.0.1,[::1]}",
    );
  });
});
