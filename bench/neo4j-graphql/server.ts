/**
 * Target (b) of npm run bench: the Neo4j GraphQL Library serving laddergraph's graph, behind
 * graphql-yoga like laddergraph itself. It runs in its own process with its own node_modules
 * (graphql 16; laddergraph is on graphql 17), so the packages below are imported by name at run
 * time and typed here by the little this file uses of them: the root tsconfig never sees them.
 */
import { createServer, type RequestListener } from "node:http";
import { createDriver } from "../../src/db/driver.ts";
import { auditClaimsOf, conflictJson, conflictsOf } from "../targets/audit.ts";
import { answerPaths } from "../targets/paths.ts";
import { serve, targetEnv } from "../targets/ready.ts";
import { nextRolesOf } from "../targets/steps.ts";
import { typeDefs } from "./typeDefs.ts";

interface DriverLike {
  close(): Promise<void>;
}
interface Neo4jDriverModule {
  default: {
    driver(uri: string, auth: unknown, config?: Record<string, unknown>): DriverLike;
    auth: { basic(user: string, password: string): unknown };
  };
}
interface Neo4jGraphQLModule {
  Neo4jGraphQL: new (input: {
    typeDefs: string;
    driver: DriverLike;
    resolvers: Record<string, unknown>;
  }) => { getSchema(): Promise<unknown> };
}
interface YogaModule {
  createYoga(options: Record<string, unknown>): RequestListener;
}

/** Imported by a name held in a variable, so TypeScript does not resolve (graphql 16) types for it. */
async function load<T>(name: string): Promise<T> {
  return (await import(name)) as T;
}

/** laddergraph's own conflict rules over the claims the library fetched through the auditClaims @cypher field. */
function conflicts(role: { id: string; auditClaims: unknown }) {
  return conflictsOf(role.id, auditClaimsOf(role.auditClaims)).map(conflictJson);
}

async function main(): Promise<void> {
  const env = targetEnv();
  const neo4j = await load<Neo4jDriverModule>("neo4j-driver");
  const { Neo4jGraphQL } = await load<Neo4jGraphQLModule>("@neo4j/graphql");
  const { createYoga } = await load<YogaModule>("graphql-yoga");
  const driver = neo4j.default.driver(env.uri, neo4j.default.auth.basic(env.user, env.password), {
    userAgent: "laddergraph-bench/neo4j-graphql",
  });
  // The paths' resolver runs laddergraph's path repository, on a driver configured as laddergraph's.
  const pathsDriver = createDriver({ uri: env.uri, user: env.user, password: env.password });
  const resolvers = {
    Role: { conflicts, next: nextRolesOf },
    Query: { promotionPaths: (_root: unknown, args: Record<string, unknown>) => answerPaths(pathsDriver, args) },
  };
  const schema = await new Neo4jGraphQL({ typeDefs: typeDefs(), driver, resolvers }).getSchema();
  const yoga = createYoga({ schema, graphqlEndpoint: "/graphql", logging: false, landingPage: false, graphiql: false });
  serve(createServer(yoga), async () => {
    await Promise.all([driver.close(), pathsDriver.close()]);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
