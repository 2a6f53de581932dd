/**
 * Target (c) of npm run bench, the raw floor: a bare node:http handler that answers each benchmark
 * operation with ONE hand-written Cypher statement through neo4j-driver (configured as laddergraph
 * configures it), run as an auto-commit read, and returns the JSON laddergraph answers. No GraphQL: it dispatches on the
 * request's operationName and reads only its variables.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { session as accessMode, type Driver, int } from "neo4j-driver";
import { statement } from "../../src/db/cypher.ts";
import { createDriver } from "../../src/db/driver.ts";
import { benchCypher } from "../statements.ts";
import { auditClaimsOf, conflictJson, conflictsOf, definitionJson } from "./audit.ts";
import { answerPaths } from "./paths.ts";
import { serve, targetEnv } from "./ready.ts";
import { type FlatStep, ladderSteps, stepsUpOf } from "./steps.ts";

type Variables = Record<string, unknown>;

/** A ladder step as laddergraph answers `promotesTo { from { slug } to { slug } claims { … } }`. */
function stepJson(step: ReturnType<ReturnType<typeof ladderSteps>>[number]) {
  return { from: { slug: step.from }, to: { slug: step.to }, claims: step.claims };
}
type Handler = (driver: Driver, variables: Variables) => Promise<unknown>;

const STATEMENTS = {
  rolesPage: benchCypher("raw/roles-page"),
  roleAudit: statement("read/audit-claims-by-role"),
  sourceLadder: benchCypher("raw/source-ladder"),
};

/** One auto-commit read (RUN + PULL, no BEGIN/COMMIT) in a READ-mode session: the cheapest correct use of the driver. */
async function rows<T>(driver: Driver, statement: string, params: Variables, column: string): Promise<T[]> {
  const session = driver.session({ defaultAccessMode: accessMode.READ });
  try {
    const result = await session.run(statement, params, { timeout: 10_000 });
    return result.records.map((r) => r.get(column) as T);
  } finally {
    await session.close();
  }
}

const HANDLERS: Record<string, Handler> = {
  RolesPage: async (driver, v) => {
    const edges = await rows<{ node: { slug: string }; steps: unknown }>(
      driver,
      STATEMENTS.rolesPage,
      { offset: int(0), limit: int(Number(v.first ?? 20)) },
      "edge",
    );
    const promotesTo = (slug: string, steps: unknown) =>
      stepsUpOf(slug, steps).map(({ to, name, ...step }) => ({ to: { slug: to, name }, ...step }));
    return { roles: { edges: edges.map(({ node, steps }) => ({ node: { ...node, promotesTo: promotesTo(node.slug, steps) } })) } };
  },
  RoleAudit: async (driver, v) => {
    const id = String(v.id);
    const [row] = await rows<unknown>(driver, STATEMENTS.roleAudit, { ids: [id] }, "value");
    if (!row) return { role: null };
    const claims = auditClaimsOf(row);
    return {
      role: {
        slug: id,
        name: claims.names.find((r) => r.id === id)?.name,
        definitions: claims.definitions.map(definitionJson),
        conflicts: conflictsOf(id, claims).map(conflictJson),
      },
    };
  },
  // laddergraph's own path statement, read through its repository, shaped by its domain rules (paths.ts).
  PromotionPaths: async (driver, v) => ({ promotionPaths: await answerPaths(driver, v) }),
  SourceLadder: async (driver, v) => {
    const source = String(v.source);
    const found = await rows<{ rung: { roles: { slug: string }[] }; claims: FlatStep[]; sameAs: { role: string; other: string }[] }>(
      driver,
      STATEMENTS.sourceLadder,
      { source },
      "row",
    );
    const first = found[0];
    if (!first) return { ladder: [] };
    const stepsOf = ladderSteps(source, first.claims, first.sameAs);
    return { ladder: found.map(({ rung }) => ({ ...rung, promotesTo: stepsOf(rung.roles.map((r) => r.slug)).map(stepJson) })) };
  },
};

async function body(req: IncomingMessage): Promise<{ operationName?: string; variables?: Variables }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8")) as { operationName?: string; variables?: Variables };
}

function reply(res: ServerResponse, status: number, payload: unknown): void {
  const text = JSON.stringify(payload);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

function handler(driver: Driver) {
  return (req: IncomingMessage, res: ServerResponse) => {
    body(req)
      .then(async ({ operationName, variables }) => {
        const handle = operationName ? HANDLERS[operationName] : undefined;
        if (!handle) return reply(res, 400, { errors: [{ message: `unknown operation ${operationName ?? "(none)"}` }] });
        return reply(res, 200, { data: await handle(driver, variables ?? {}) });
      })
      .catch((error: unknown) => reply(res, 500, { errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
  };
}

const env = targetEnv();
const driver = createDriver({ uri: env.uri, user: env.user, password: env.password });
serve(createServer(handler(driver)), () => driver.close());
