import { ConfigError, readEnv, seedDirOf } from "../config/env.ts";
import { formatProblem, readCorpus } from "./corpus.ts";

async function main(command: string | undefined, args: string[]): Promise<number> {
  let seedDir: string;
  try {
    seedDir = seedDirOf(readEnv());
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`seed: ${error.message}`);
    return 2;
  }
  const onlyAt = args.indexOf("--only");
  const only = onlyAt === -1 ? undefined : args[onlyAt + 1];
  if (command === "load" && only !== undefined) {
    console.error("seed: --only is for checking one article; a load always takes the whole corpus");
    return 2;
  }
  const result = readCorpus(seedDir, only);
  if (!result.ok) {
    console.error(`seed: ${result.problems.length} problem(s) in ${seedDir}; nothing was loaded:`);
    for (const p of result.problems) console.error(`  ${formatProblem(p)}`);
    return 1;
  }
  const { sources } = result.corpus;
  const count = (f: (s: (typeof sources)[number]) => unknown[]) => sources.reduce((n, s) => n + f(s).length, 0);
  const summary = `${sources.length} sources, ${count((s) => s.definitions)} role definitions, ${count((s) => s.promotions)} promotion steps, ${count((s) => s.responsibilities)} responsibilities, ${count((s) => s.skills)} skill claims, ${count((s) => s.identities)} identity claims`;
  if (command === "check") {
    console.log(`seed:check ok: ${summary}`);
    return 0;
  }
  if (command === "load") {
    const { loadSeed } = await import("./loadCommand.ts");
    return loadSeed(result.corpus, summary, seedDir);
  }
  console.error("usage: cli.ts check|load");
  return 2;
}

process.exitCode = await main(process.argv[2], process.argv.slice(3));
