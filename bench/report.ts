import type { Summary } from "./measure.ts";
import { TARGET_LABELS, TARGETS } from "./operations.ts";
import type { BaselineComparison, BenchResults, ComparedOperation, ScaledOperation, TargetStatus } from "./results.ts";

const THROUGHPUT_VS_NEO4J_GRAPHQL = 1.5;
const THROUGHPUT_VS_RAW = 0.8;
const CACHED_VS_NEO4J_GRAPHQL = 5;
/** p50 at 100× over p50 at 1×: role- and source-scoped operations, and the global roles page. */
const LATENCY_GROWTH_AT_100X = { scoped: 1.2, global: 1.5 } as const;

function num(value: number, digits = 0): string {
  return Number.isFinite(value) ? value.toFixed(digits) : "–";
}

function spread(s: Summary, digits = 0): string {
  return `${num(s.median, digits)} (${num(s.min, digits)}–${num(s.max, digits)})`;
}

function cpu(value: number | null): string {
  return value === null ? "–" : value.toFixed(2);
}

function ratio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : "–";
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

export function comparisonTable(operations: readonly ComparedOperation[]): string {
  const rows = operations.flatMap((op) =>
    TARGETS.map((t) => [
      op.name,
      TARGET_LABELS[t],
      spread(op.measured[t].requestsPerSecond),
      spread(op.measured[t].p50, 1),
      spread(op.measured[t].p99, 1),
      String(op.cypherQueries[t]),
      `${cpu(op.measured[t].serverCpuMs)} / ${cpu(op.measured[t].neo4jCpuMs)}`,
      String(op.bytes[t]),
    ]),
  );
  return table(
    [
      "operation",
      "target",
      "req/s median (min–max)",
      "p50 ms",
      "p99 ms",
      "Cypher round trips",
      "CPU ms/request server / Neo4j",
      "response bytes",
    ],
    rows,
  );
}

export function baselineTable(operations: readonly ComparedOperation[], baseline: BaselineComparison): string {
  const rows = baseline.operations.map((b) => {
    const now = operations.find((o) => o.name === b.name)?.measured.laddergraph;
    return [
      b.name,
      now ? spread(now.requestsPerSecond) : "–",
      spread(b.measured.requestsPerSecond),
      ratio(b.ratio),
      now ? spread(now.p50, 1) : "–",
      spread(b.measured.p50, 1),
    ];
  });
  return table(["operation", "req/s now", "req/s baseline", "now ÷ baseline", "p50 ms now", "p50 ms baseline"], rows);
}

export function ratioTable(operations: readonly ComparedOperation[]): string {
  const rows = operations.map((op) => [
    op.name,
    ratio(op.ratios.vsNeo4jGraphql),
    ratio(op.ratios.vsRaw),
    ratio(op.measured.neo4jGraphql.p50.median / op.measured.laddergraph.p50.median),
    ratio(op.measured.raw.p50.median / op.measured.laddergraph.p50.median),
    ratio(op.ratios.cachedVsNeo4jGraphql),
    num(op.measured.laddergraphCached.p99.median, 1),
  ]);
  return table(
    [
      "operation",
      "req/s laddergraph ÷ @neo4j/graphql",
      "req/s laddergraph ÷ raw floor",
      "p50 @neo4j/graphql ÷ laddergraph",
      "p50 raw ÷ laddergraph",
      "req/s cached ÷ @neo4j/graphql",
      "cached p99 ms",
    ],
    rows,
  );
}

export function scaleTable(results: BenchResults): string {
  const runs = results.scaling;
  const names = runs[0]?.operations.map((o) => o.name) ?? [];
  const first = runs[0];
  const last = runs.at(-1);
  const rows = names.map((name) => {
    const at = (i: number) => runs[i]?.operations.find((o) => o.name === name) as ScaledOperation;
    const growth = first && last && runs.length > 1 ? at(runs.length - 1).measured.p50.median / at(0).measured.p50.median : Number.NaN;
    return [
      name,
      at(0).scope,
      ...runs.map((_, i) => `${num(at(i).measured.p50.median, 1)} / ${num(at(i).measured.p99.median, 1)}`),
      ...runs.map((_, i) => num(at(i).measured.requestsPerSecond.median)),
      ratio(growth),
      runs.map((_, i) => String(at(i).cypherQueries)).join(" / "),
      "1",
    ];
  });
  const scales = runs.map((r) => `${r.corpus.scale}×`);
  return table(
    [
      "operation",
      "scope",
      ...scales.map((s) => `${s} p50 / p99 ms`),
      ...scales.map((s) => `${s} req/s`),
      `p50 ${scales.at(-1)} ÷ ${scales[0]}`,
      `Cypher round trips (${scales.join(" / ")})`,
      "target round trips",
    ],
    rows,
  );
}

export function corpusTable(results: BenchResults): string {
  const rows = results.scaling.map(({ corpus: c }) => [
    `${c.scale}×`,
    String(c.sources),
    String(c.roles),
    String(c.nodes),
    String(c.relationships),
    num(c.generateMs / 1000, 1),
    num(c.readMs / 1000, 1),
    num(c.loadMs / 1000, 1),
    num(c.replanMs / 1000, 1),
  ]);
  return table(
    [
      "scale",
      "sources",
      "roles described",
      "nodes",
      "relationships",
      "generate s",
      "read + check s",
      "load s (one transaction)",
      "replan s",
    ],
    rows,
  );
}

function throughputTarget(
  ops: readonly ComparedOperation[],
  key: keyof ComparedOperation["ratios"],
  bound: number,
  label: string,
): TargetStatus {
  if (ops.length === 0) return { target: label, status: "not measured", figure: "" };
  const figures = ops.map((o) => `${o.name} ${ratio(o.ratios[key])}`).join(", ");
  return { target: label, status: ops.every((o) => o.ratios[key] >= bound) ? "met" : "missed", figure: figures };
}

function flatTarget(results: BenchResults): TargetStatus {
  const { scoped, global } = LATENCY_GROWTH_AT_100X;
  const label = `at 100×, role- and source-scoped operations within ${scoped}× of their p50 at 1×, the global roles page within ${global}×`;
  const one = results.scaling.find((r) => r.corpus.scale === 1);
  const hundred = results.scaling.find((r) => r.corpus.scale === 100);
  if (!one || !hundred) return { target: label, status: "not measured", figure: "needs --scales with 1 and 100" };
  const growth = one.operations.map((o) => {
    const big = hundred.operations.find((x) => x.name === o.name) as ScaledOperation;
    return {
      name: o.name,
      scope: o.scope,
      p50: big.measured.p50.median / o.measured.p50.median,
      p99: big.measured.p99.median / o.measured.p99.median,
    };
  });
  return {
    target: label,
    status: growth.every((g) => g.p50 <= (g.scope === "global" ? global : scoped)) ? "met" : "missed",
    figure: growth.map((g) => `${g.name} (${g.scope}) p50 ${ratio(g.p50)}, p99 ${ratio(g.p99)}`).join("; "),
  };
}

/** Each benchmark operation has one top-level field, so its target is one Cypher statement in all. */
function roundTripTarget(results: BenchResults): TargetStatus {
  const label = "one Cypher statement per top-level field (one per operation here)";
  const ops = results.scaling.flatMap((r) => r.operations.map((o) => ({ ...o, scale: r.corpus.scale })));
  if (ops.length === 0) return { target: label, status: "not measured", figure: "" };
  const byName = new Map<string, (typeof ops)[number][]>();
  for (const o of ops) byName.set(o.name, [...(byName.get(o.name) ?? []), o]);
  const verdicts = [...byName.values()].map((list) => {
    const o = list[0] as (typeof ops)[number];
    const worst = Math.max(...list.map((x) => x.cypherQueries));
    return { ok: worst <= 1, text: `${o.name} ${worst}` };
  });
  return { target: label, status: verdicts.every((v) => v.ok) ? "met" : "missed", figure: verdicts.map((v) => v.text).join(", ") };
}

export function evaluateTargets(results: BenchResults): TargetStatus[] {
  const ops = results.comparison?.operations ?? [];
  return [
    throughputTarget(
      ops,
      "vsNeo4jGraphql",
      THROUGHPUT_VS_NEO4J_GRAPHQL,
      `at least ${THROUGHPUT_VS_NEO4J_GRAPHQL}× the throughput of @neo4j/graphql on every shared operation`,
    ),
    throughputTarget(ops, "vsRaw", THROUGHPUT_VS_RAW, `at least ${THROUGHPUT_VS_RAW}× the auto-commit raw floor`),
    throughputTarget(
      ops,
      "cachedVsNeo4jGraphql",
      CACHED_VS_NEO4J_GRAPHQL,
      `cached: at least ${CACHED_VS_NEO4J_GRAPHQL}× the throughput of @neo4j/graphql on every shared operation`,
    ),
    flatTarget(results),
    roundTripTarget(results),
  ];
}

export function markdown(results: BenchResults): string {
  const m = results.machine;
  const o = results.options;
  const parts = [
    `# laddergraph benchmark — ${results.date}`,
    `\`${results.command}\` — ${m.nproc} cores (${m.cpuModel}), ${m.memoryGb} GB RAM, Node ${m.node}, Neo4j ${m.neo4j}; load average ${m.loadAverage.start.toFixed(2)} at start, ${m.loadAverage.end.toFixed(2)} at end.`,
    `${o.connections} connections, ${o.rounds} interleaved rounds of ${o.duration}s after a ${o.warmup}s warm-up per target (or scale) and operation; medians with (min–max) over rounds. "laddergraph" runs without its response cache, "laddergraph, cached" with it (reported apart). ${results.database === "own" ? "Each scale on a Neo4j of its own, scales interleaved too" : "One database (NEO4J_URI): scales one after another"}. Run took ${Math.round(results.durationSeconds)}s.`,
  ];
  if (results.comparison) {
    const c = results.comparison.corpus;
    parts.push(
      `## Side by side at ${c.scale}× (${c.sources} sources, ${c.nodes} nodes, ${c.relationships} relationships)`,
      comparisonTable(results.comparison.operations),
      "### Ratios",
      ratioTable(results.comparison.operations),
    );
    const b = results.comparison.baseline;
    if (b)
      parts.push(
        `### laddergraph against the baseline (${b.commit.slice(0, 7)}), same rounds`,
        baselineTable(results.comparison.operations, b),
      );
  }
  if (results.scaling.length > 0)
    parts.push("## laddergraph as the graph grows", scaleTable(results), "### Corpus per scale", corpusTable(results));
  parts.push(
    "## Targets",
    table(
      ["target", "status", "figure"],
      results.targets.map((t) => [t.target, t.status, t.figure]),
    ),
  );
  return `${parts.join("\n\n")}\n`;
}
