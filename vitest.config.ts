import { defineConfig } from "vitest/config";

// graphql 17 ships a separate "development" build; Vite would pick it for our code while Node
// loads the regular build for Pothos and Yoga: two graphql realms in one process. Resolve like Node.
const nodeConditions = ["module-sync", "node", "import", "default"];

export default defineConfig({
  resolve: { conditions: nodeConditions },
  ssr: { resolve: { conditions: nodeConditions, externalConditions: nodeConditions } },
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/globalSetup.ts"],
    // Files share one Neo4j, and some stop their own database or load fixtures: run them one at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
