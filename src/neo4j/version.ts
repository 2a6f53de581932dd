/** The one Neo4j version everywhere: the launcher's pom.xml, docker-compose.yml and testcontainers (a test checks they agree). */
export const NEO4J_VERSION = "5.26.30";
export const NEO4J_IMAGE = `neo4j:${NEO4J_VERSION}-community`;
