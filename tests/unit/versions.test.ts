import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NEO4J_IMAGE, NEO4J_VERSION } from "../../src/neo4j/version.ts";

describe("one Neo4j version everywhere", () => {
  it("the launcher's pom.xml, docker-compose.yml and testcontainers use the same version", () => {
    const pom = readFileSync("tools/neo4j/pom.xml", "utf8").match(/<neo4j\.version>([^<]+)<\/neo4j\.version>/)?.[1];
    const compose = readFileSync("docker-compose.yml", "utf8").match(/image: (neo4j:\S+)/)?.[1];
    expect(pom).toBe(NEO4J_VERSION);
    expect(compose).toBe(NEO4J_IMAGE);
  });
});
