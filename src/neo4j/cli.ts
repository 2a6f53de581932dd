import { buildLauncher, LauncherError } from "./localNeo4j.ts";

/** `npm run neo4j:build`: builds the local Neo4j launcher ahead of time (npm start does it on demand). */
try {
  buildLauncher();
  console.log("laddergraph: the local Neo4j launcher is built (tools/neo4j/target)");
} catch (error) {
  console.error(`laddergraph: ${error instanceof LauncherError ? error.message : String(error)}`);
  process.exitCode = 1;
}
