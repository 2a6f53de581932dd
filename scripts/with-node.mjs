#!/usr/bin/env node
// Runs a command from node_modules/.bin on a supported Node (22+).
// On machines whose own Node is older (these build machines ship Node 20), it first provisions
// Node 24 from the npm registry into .tools/node24 and puts it first on PATH.
// Written in plain JavaScript that Node 18+ can run, because it runs before any check of the version.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const MIN_MAJOR = 22;
/** Node runs our TypeScript by stripping its types, unflagged from 22.18 on. */
const MIN_MINOR_OF_22 = 18;
const PROVISIONED = "24";

function supported(version) {
  const [major, minor] = version.split(".").map(Number);
  return major > MIN_MAJOR || (major === MIN_MAJOR && minor >= MIN_MINOR_OF_22);
}

function nodeBinDir() {
  if (supported(process.versions.node)) return dirname(process.execPath);
  const prefix = join(root, ".tools", "node24");
  const bin = join(prefix, "node_modules", ".bin");
  if (!existsSync(join(bin, "node"))) {
    console.error(
      `laddergraph: Node ${process.versions.node} is older than ${MIN_MAJOR}; installing Node ${PROVISIONED} into .tools/node24 (once)`,
    );
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const r = spawnSync(npm, ["install", "--prefix", prefix, `node@${PROVISIONED}`, "--no-audit", "--no-fund", "--loglevel=error"], {
      stdio: "inherit",
    });
    if (r.status !== 0) {
      console.error(
        `laddergraph: could not install Node ${PROVISIONED} from the npm registry; install Node ${MIN_MAJOR}+ yourself and retry.`,
      );
      process.exit(1);
    }
  }
  return bin;
}

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: with-node.mjs <command from node_modules/.bin> [args...]");
  process.exit(2);
}
const binDir = nodeBinDir();
const env = { ...process.env, PATH: [binDir, join(root, "node_modules", ".bin"), process.env.PATH].join(delimiter) };
// `node` runs our TypeScript directly (Node strips the types); anything else is a node_modules/.bin tool.
const executable = command === "node" ? null : join(root, "node_modules", ".bin", command);
if (executable && !existsSync(executable)) {
  console.error(`laddergraph: ${command} is not installed; run \`npm install\` first.`);
  process.exit(1);
}
// Run with the chosen node explicitly, whatever a .bin shim's shebang says.
const child = spawn(join(binDir, "node"), executable ? [executable, ...args] : args, { stdio: "inherit", env, cwd: root });
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => child.kill(signal));
}
child.on("exit", (code, signal) => {
  if (signal) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  } else process.exit(code ?? 1);
});
