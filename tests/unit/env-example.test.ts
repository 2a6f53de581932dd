import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ENV_VARIABLES, readEnv } from "../../src/config/env.ts";

/** `.env.example` and the README's configuration table list every variable the server reads. */
const example = readFileSync(".env.example", "utf8");
const listed = [...example.matchAll(/^# ?([A-Z][A-Z0-9_]+)=(.*)$/gm)].map((m) => ({ name: m[1] as string, value: m[2] as string }));

describe(".env.example", () => {
  it("lists every variable of src/config/env.ts", () => {
    const names = listed.map((v) => v.name);
    for (const name of ENV_VARIABLES) expect(names, name).toContain(name);
  });

  it("gives the real defaults: uncommenting every line with a value changes nothing", () => {
    const given = Object.fromEntries(listed.filter((v) => ENV_VARIABLES.includes(v.name) && v.value !== "").map((v) => [v.name, v.value]));
    const withValues = { ...given };
    delete withValues.NEO4J_URI;
    expect(readEnv(withValues)).toEqual(readEnv({}));
  });

  it("every variable is in the README's configuration table", () => {
    const readme = readFileSync("README.md", "utf8");
    for (const { name } of listed) expect(readme, name).toContain(`| \`${name}\``);
  });
});
