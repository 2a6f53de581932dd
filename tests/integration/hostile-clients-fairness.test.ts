import { Agent, request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLES } from "../../src/server/examples.ts";
import { type ListeningServer, startListeningServer } from "../support/listening.ts";

/**
 * The cache-busting attack of issue 18, on a real socket against `npm start`'s configuration: one
 * client (its own address, 127.0.0.2) sends the 141-byte nested query with a fresh comment each
 * time, so every request misses the response cache and is executed; sixteen readers on 127.0.0.1
 * ask what the README asks (the worked examples, mostly answered from the cache, and now and then
 * a question nobody asked before). Their throughput with the attacker must stay above half of
 * what it is without, measured in the same test.
 */
let server: ListeningServer;
let port: number;

beforeAll(async () => {
  server = await startListeningServer();
  port = Number(new URL(server.origin).port);
});
afterAll(async () => {
  await server?.close();
});

interface Answer {
  status: number;
  text: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A keep-alive socket the server closed as it was reused is the client's race, not an answer: sent again once. */
async function post(agent: Agent, body: unknown): Promise<Answer> {
  try {
    return await postOnce(agent, body);
  } catch (error) {
    if ((error as { reused?: boolean }).reused) return postOnce(agent, body);
    throw error;
  }
}

function postOnce(agent: Agent, body: unknown): Promise<Answer> {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port,
        method: "POST",
        path: "/graphql",
        agent,
        headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(text)) },
        timeout: 30_000,
      },
      (res) => {
        let answer = "";
        res.setEncoding("utf8");
        res.on("data", (d) => (answer += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text: answer, headers: res.headers }));
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error("no answer within 30 s")));
    req.on("error", (error) => reject(Object.assign(error, { reused: req.reusedSocket })));
    req.end(text);
  });
}

const NEST =
  "{ sources { definitions { role { responsibilities { source { definitions { role { responsibilities { __typename } } } } } } } } }";

/** What a reader asks: the examples in turn, and every tenth request a question not in the cache. */
function readerRequest(reader: number, i: number): { query: string; variables?: Record<string, unknown>; operationName?: string } {
  if (i % 10 === 9) return { query: `# reader ${reader}, request ${i}\n{ sources { id title } }` };
  const example = EXAMPLES[(reader + i) % EXAMPLES.length] as (typeof EXAMPLES)[number];
  return { query: example.query, variables: example.variables ?? {}, operationName: example.name };
}

interface Phase {
  requests: number;
  perSecond: number;
  p99: number;
  errors: Map<string, number>;
}

/** Sixteen readers for `ms`: each sends its next request when the last one is answered. */
async function readFor(ms: number, agent: Agent): Promise<Phase> {
  const latencies: number[] = [];
  const errors = new Map<string, number>();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 16 }, async (_, reader) => {
      for (let i = 0; performance.now() - started < ms; i++) {
        const t = performance.now();
        const answer = await post(agent, readerRequest(reader, i));
        latencies.push(performance.now() - t);
        const code =
          answer.status === 200 ? (JSON.parse(answer.text).errors?.[0]?.extensions?.code as string | undefined) : `HTTP ${answer.status}`;
        if (code) errors.set(code, (errors.get(code) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p99: latencies[Math.floor(latencies.length * 0.99)] ?? 0,
    errors,
  };
}

/** The attacker: `loops` request loops from 127.0.0.2, each `query` under a fresh comment. */
function attack(loops: number, query: string): { stop: () => Promise<Map<string, number>> } {
  const agent = new Agent({ keepAlive: true, maxSockets: loops, localAddress: "127.0.0.2" });
  const outcomes = new Map<string, number>();
  let running = true;
  let n = 0;
  const done = Promise.all(
    Array.from({ length: loops }, async () => {
      while (running) {
        const answer = await post(agent, { query: `# ${n++} ${Math.random()}\n${query}` });
        const code =
          answer.status === 200
            ? ((JSON.parse(answer.text).errors?.[0]?.extensions?.code as string | undefined) ?? "OK")
            : `HTTP ${answer.status}`;
        outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
        if (answer.status === 429) {
          // Not a polite client: it waits a tenth of the Retry-After and comes back.
          await new Promise((r) => setTimeout(r, Number(answer.headers["retry-after"] ?? 1) * 100));
        }
      }
    }),
  );
  return {
    async stop() {
      running = false;
      await done;
      agent.destroy();
      return outcomes;
    },
  };
}

const show = (m: Map<string, number>) => JSON.stringify(Object.fromEntries(m));
const add = (into: Map<string, number>, from: Map<string, number>) => {
  for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v);
};

/** The heaviest request every limit lets through (README, reliability): 184 KB, every role's definitions and evidence. */
const FULL_EXPORT = `{ roles(first: 100) { edges { node { slug definitions { title summary note evidence { quote start end context source { id title } } } responsibilities { text evidence { quote context } } aliases { title } } } } }`;

describe("one client busting the response cache while sixteen read", () => {
  it.each([
    ["the issue's 141-byte nest, one loop", NEST, 1],
    ["the heaviest accepted request (the full export), eight loops at once", FULL_EXPORT, 8],
  ])(
    "%s: the readers keep more than half their normal throughput",
    async (name, query, loops) => {
      const readers = new Agent({ keepAlive: true, maxSockets: 16 });
      try {
        // Warm: every example answered once, so the cache holds what readers ask most.
        await readFor(1_000, readers);
        // Alone and attacked in turns, three times each, so a change in the machine's load falls on both.
        const normal = { requests: 0, seconds: 0, p99: 0, errors: new Map<string, number>() };
        const attacked = { requests: 0, seconds: 0, p99: 0, errors: new Map<string, number>() };
        const outcomes = new Map<string, number>();
        for (let round = 0; round < 3; round++) {
          const alone = await readFor(2_500, readers);
          const attacker = attack(loops, query);
          await new Promise((r) => setTimeout(r, 300));
          const under = await readFor(2_500, readers);
          add(outcomes, await attacker.stop());
          for (const [total, phase] of [
            [normal, alone],
            [attacked, under],
          ] as const) {
            total.requests += phase.requests;
            total.seconds += phase.requests / phase.perSecond;
            total.p99 = Math.max(total.p99, phase.p99);
            add(total.errors, phase.errors);
          }
        }
        const alone = normal.requests / normal.seconds;
        const under = attacked.requests / attacked.seconds;
        const ratio = under / alone;
        console.log(
          `fairness, ${name}: readers ${alone.toFixed(0)} req/s (p99 ${normal.p99.toFixed(0)} ms) alone, ` +
            `${under.toFixed(0)} req/s (p99 ${attacked.p99.toFixed(0)} ms) under attack: ratio ${ratio.toFixed(2)}; ` +
            `attacker's answers ${show(outcomes)}; readers' errors ${show(normal.errors)} / ${show(attacked.errors)}`,
        );
        expect([show(normal.errors), show(attacked.errors)]).toEqual(["{}", "{}"]);
        expect(ratio).toBeGreaterThan(0.5);
      } finally {
        readers.destroy();
      }
    },
    120_000,
  );
});
