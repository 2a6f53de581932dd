import { useState } from "preact/hooks";
import { graphiqlLink, type ResultOf, runQuery } from "../graphql.ts";
import { type Disputes, disputesOf } from "../parts/disputes.ts";
import { ASPECT_LONG, ASPECT_SHORT, ASPECT_TINY, KIND_LONG, shortSource, TRACK_LONG, TRACK_SHORT, wrap } from "../parts/labels.ts";
import { type Box, COLUMN, ladderGeometry, type SourceLadder } from "../parts/ladderLayout.ts";
import { layeredDrawing, polyline } from "../parts/layered.ts";
import { Loaded, QueryLink } from "../parts/status.tsx";
import { useLoad, useQuery } from "../parts/useQuery.ts";
import { ConsensusQuery, DisagreementsQuery, LadderQuery, type SourcesQuery } from "../queries.ts";

type Source = ResultOf<typeof SourcesQuery>["sources"][number];

export interface Highlight {
  /** Roles on a path: drawn with a heavy outline. */
  roles: Set<string>;
  /** Steps on a path, as "from>to". */
  steps: Set<string>;
}

function toLadder(source: string, rungs: ResultOf<typeof LadderQuery>["ladder"]): SourceLadder {
  return {
    source,
    rungs: rungs.map((r) => ({
      rank: r.rank,
      roles: r.definitions.map((d) => ({
        slug: d.role.slug,
        name: d.role.name,
        title: d.title,
        track: d.track ?? null,
        years: d.yearsOfExperience?.text ?? null,
      })),
    })),
    steps: rungs.flatMap((r) =>
      r.promotesTo.map((e) => ({
        from: e.from.slug,
        to: e.to.slug,
        kinds: [...new Set(e.claims.map((c) => c.kind))],
        tracks: [...new Set(e.claims.flatMap((c) => (c.track ? [c.track] : [])))],
      })),
    ),
  };
}

/** Every source's ladder, one query per source (a new article gets a column with no code change). */
export function useLadders(sources: Source[]) {
  const ids = sources.map((s) => s.id);
  return useLoad(ids.join(","), async () => {
    const answers = await Promise.all(ids.map((id) => runQuery(LadderQuery, { source: id })));
    return answers.map((a, i) => toLadder(ids[i] ?? "", a.ladder));
  });
}

export function LaddersView({
  sources,
  tables,
  minSupport,
  onMinSupport,
  openRole,
  highlight,
}: {
  sources: Source[];
  tables: boolean;
  minSupport: number;
  onMinSupport: (n: number) => void;
  openRole: (slug: string) => void;
  highlight?: Highlight;
}) {
  const ladders = useLadders(sources);
  const disputes = useQuery(DisagreementsQuery, {});
  const first = sources[0]?.id ?? "";
  return (
    <section aria-labelledby="ladders-heading">
      <div class="view-head">
        <h2 id="ladders-heading">Ladders side by side</h2>
        <p class="queries">
          Drawn from <QueryLink href={graphiqlLink(LadderQuery, { source: first })} label={`ladder(source:) ×${sources.length}`} />,{" "}
          <QueryLink href={graphiqlLink(DisagreementsQuery)} label="conflicts" /> and{" "}
          <QueryLink href={graphiqlLink(ConsensusQuery, { minSupport })} label="consensus" />
        </p>
      </div>
      <Loaded state={ladders} what="the ladders">
        {(data) => {
          // The ladders are drawn at once; the disagreement marks join them when the conflicts arrive.
          const disputed = disputes.status === "done" ? disputesOf(disputes.data) : new Map<string, string[]>();
          return (
            <>
              {disputes.status === "done" ? null : (
                <Loaded state={disputes} what="the disagreement marks">
                  {() => null}
                </Loaded>
              )}
              {tables ? (
                <LadderTables sources={sources} ladders={data} disputes={disputed} openRole={openRole} />
              ) : (
                <LadderFigure sources={sources} ladders={data} disputes={disputed} openRole={openRole} highlight={highlight} />
              )}
            </>
          );
        }}
      </Loaded>
      {highlight ? null : (
        <Consensus sources={sources} tables={tables} minSupport={minSupport} onMinSupport={onMinSupport} openRole={openRole} />
      )}
    </section>
  );
}

function LadderFigure({
  sources,
  ladders,
  disputes,
  openRole,
  highlight,
}: {
  sources: Source[];
  ladders: SourceLadder[];
  disputes: Disputes;
  openRole: (slug: string) => void;
  highlight?: Highlight | undefined;
}) {
  const [linked, setLinked] = useState<string | null>(null);
  const geometry = ladderGeometry(ladders);
  const boxOf = (source: string, slug: string) => geometry.boxes.find((b) => b.source === source && b.slug === slug);
  return (
    <figure class="ladders">
      <div class="scroll">
        <svg
          width={geometry.width}
          height={geometry.height}
          viewBox={`0 0 ${geometry.width} ${geometry.height}`}
          aria-label={`The ladders of ${sources.length} sources, one column each, lowest rung at the bottom`}
        >
          <Arrowheads />
          {geometry.rows.map((row) => (
            <g key={row.rank} class="row">
              <line x1={COLUMN.left - 8} x2={geometry.width} y1={row.y + COLUMN.boxHeight + 13} y2={row.y + COLUMN.boxHeight + 13} />
              <text x={4} y={row.y + COLUMN.boxHeight / 2 + 4}>
                rung {row.rank}
              </text>
            </g>
          ))}
          {geometry.columns.map((c) => {
            const source = sources.find((s) => s.id === c.source);
            return (
              <g key={c.source} class="column-head" data-source={c.source}>
                <text x={c.x} y={18} class="source-code">
                  {shortSource(c.source)}
                </text>
                {wrap(source?.title ?? c.source, 30, 2).map((line, i) => (
                  <text key={line} x={c.x + 34} y={18 + i * 15} class="source-title">
                    {line}
                  </text>
                ))}
                <text x={c.x + 34} y={50} class="source-sub">
                  {[source?.author, source?.publisher].filter(Boolean).join(", ")}
                </text>
                <title>{`${source?.title ?? ""} — source ${c.source}`}</title>
              </g>
            );
          })}
          {geometry.links.map((l) => (
            <path
              key={`${l.slug}:${l.from.source}`}
              class={`same-role${linked === l.slug ? " lit" : ""}`}
              d={`M${l.from.x + l.from.width},${l.from.y + l.from.height / 2} C${l.from.x + l.from.width + COLUMN.gap / 2},${l.from.y + l.from.height / 2} ${l.to.x - COLUMN.gap / 2},${l.to.y + l.to.height / 2} ${l.to.x},${l.to.y + l.to.height / 2}`}
            />
          ))}
          {ladders.flatMap((ladder) =>
            ladder.steps.map((s) => {
              const a = boxOf(ladder.source, s.from);
              const b = boxOf(ladder.source, s.to);
              if (!a || !b) return null;
              const onPath = highlight?.steps.has(`${s.from}>${s.to}`) ?? false;
              const kind = s.kinds.includes("EXPLICIT") ? "explicit" : "ladder-order";
              return (
                <path
                  key={`${ladder.source}:${s.from}>${s.to}`}
                  class={`step ${kind}${onPath ? " on-path" : ""}`}
                  data-source={ladder.source}
                  data-from={s.from}
                  data-to={s.to}
                  marker-end="url(#arrow)"
                  d={stepPath(a, b)}
                >
                  <title>{`${a.title} → ${b.title}: ${s.kinds.map((k) => KIND_LONG[k] ?? k).join(", ")}${s.tracks.length ? ` (${s.tracks.map((t) => TRACK_LONG[t] ?? t).join(", ")} track)` : ""}`}</title>
                </path>
              );
            }),
          )}
          {geometry.boxes.map((b) => (
            <RoleBox
              key={`${b.source}:${b.slug}`}
              box={b}
              aspects={disputes.get(b.slug) ?? []}
              lit={linked === b.slug}
              onPath={highlight?.roles.has(b.slug) ?? false}
              onLink={setLinked}
              open={() => openRole(b.slug)}
            />
          ))}
        </svg>
      </div>
      <figcaption>
        <LadderLegend />
      </figcaption>
    </figure>
  );
}

function stepPath(a: Box, b: Box): string {
  const x1 = a.x + a.width / 2;
  const y1 = a.y;
  const x2 = b.x + b.width / 2;
  const y2 = b.y + b.height + 2;
  if (Math.abs(x1 - x2) < 1) return `M${x1},${y1} L${x2},${y2}`;
  return `M${x1},${y1} C${x1},${(y1 + y2) / 2} ${x2},${(y1 + y2) / 2} ${x2},${y2}`;
}

export function Arrowheads() {
  return (
    <defs>
      <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
        <path d="M0,0 L10,5 L0,10 z" class="arrowhead" />
      </marker>
    </defs>
  );
}

function RoleBox({
  box,
  aspects,
  lit,
  onPath,
  onLink,
  open,
}: {
  box: Box;
  aspects: string[];
  lit: boolean;
  onPath: boolean;
  onLink: (slug: string | null) => void;
  open: () => void;
}) {
  const chars = Math.max(10, Math.floor((box.width - 12) / 7.4));
  const lines = wrap(box.title, chars, 3);
  const meta =
    wrap([box.track ? TRACK_SHORT[box.track] : null, box.years].filter(Boolean).join(" · "), Math.floor(box.width / 6.1), 1)[0] ?? "";
  const words = box.width < 160 ? ASPECT_TINY : ASPECT_SHORT;
  const dispute = aspects.length ? wrap(`≠ ${aspects.map((a) => words[a] ?? a).join(", ")}`, Math.floor(box.width / 6.2), 2) : [];
  const label = `${box.title} (${box.name}), source ${shortSource(box.source)}, rung ${box.rank}${box.track ? `, ${TRACK_LONG[box.track]} track` : ""}${
    aspects.length ? `; sources disagree on ${aspects.map((a) => ASPECT_SHORT[a] ?? a).join(", ")}` : ""
  }. Open the role.`;
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it has the button role and keys
    <g
      class={`role-box${lit ? " lit" : ""}${onPath ? " on-path" : ""}${aspects.length ? " disputed" : ""}`}
      transform={`translate(${box.x},${box.y})`}
      tabIndex={0}
      role="button"
      aria-label={label}
      data-role={box.slug}
      data-source={box.source}
      data-rank={box.rank}
      data-title={box.title}
      onClick={open}
      onKeyDown={(e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          open();
        }
      }}
      onMouseEnter={() => onLink(box.slug)}
      onMouseLeave={() => onLink(null)}
      onFocus={() => onLink(box.slug)}
      onBlur={() => onLink(null)}
    >
      <title>{label}</title>
      <rect width={box.width} height={box.height} rx={6} />
      {lines.map((line, i) => (
        <text key={line} x={8} y={16 + i * 14} class="role-title">
          {line}
        </text>
      ))}
      <text x={8} y={58} class="role-meta">
        {meta}
      </text>
      {dispute.map((line, i) => (
        <text key={line} x={8} y={72 + i * 13} class="role-dispute">
          {line}
        </text>
      ))}
    </g>
  );
}

function LadderLegend() {
  return (
    <ul class="legend">
      <li>
        <svg width="34" height="10" aria-hidden="true">
          <line x1="0" y1="5" x2="34" y2="5" class="step explicit" />
        </svg>{" "}
        a step the article states in a sentence
      </li>
      <li>
        <svg width="34" height="10" aria-hidden="true">
          <line x1="0" y1="5" x2="34" y2="5" class="step ladder-order" />
        </svg>{" "}
        a step implied by the ladder's order
      </li>
      <li>
        <svg width="34" height="10" aria-hidden="true">
          <line x1="0" y1="5" x2="34" y2="5" class="same-role" />
        </svg>{" "}
        the same role in the next column (hover or focus a role to light it in every column)
      </li>
      <li>
        <span class="dispute-sample">≠ years</span> sources disagree on these aspects of the role
      </li>
      <li>IC / Mgmt: the track the source states; on a shared rung the IC track is drawn left</li>
    </ul>
  );
}

function LadderTables({
  sources,
  ladders,
  disputes,
  openRole,
}: {
  sources: Source[];
  ladders: SourceLadder[];
  disputes: Disputes;
  openRole: (slug: string) => void;
}) {
  const names = new Map(ladders.flatMap((l) => l.rungs.flatMap((r) => r.roles.map((role) => [role.slug, role.name] as const))));
  return (
    <div class="tables">
      {ladders.map((ladder) => {
        const source = sources.find((s) => s.id === ladder.source);
        return (
          <table key={ladder.source} class="data" data-source={ladder.source}>
            <caption>
              {shortSource(ladder.source)}: {source?.title ?? ladder.source}
            </caption>
            <thead>
              <tr>
                <th scope="col">rung</th>
                <th scope="col">title as written</th>
                <th scope="col">role</th>
                <th scope="col">track</th>
                <th scope="col">years</th>
                <th scope="col">steps up</th>
                <th scope="col">disputed</th>
              </tr>
            </thead>
            <tbody>
              {[...ladder.rungs].reverse().flatMap((rung) =>
                rung.roles.map((r) => (
                  <tr key={r.slug} data-role={r.slug} data-rank={rung.rank}>
                    <td>{rung.rank}</td>
                    <td>{r.title}</td>
                    <td>
                      <button type="button" class="link" onClick={() => openRole(r.slug)}>
                        {r.name}
                      </button>
                    </td>
                    <td>{r.track ? TRACK_LONG[r.track] : ""}</td>
                    <td>{r.years ?? ""}</td>
                    <td>
                      {ladder.steps
                        .filter((s) => s.from === r.slug)
                        .map((s) => `${names.get(s.to) ?? s.to} (${s.kinds.map((k) => KIND_LONG[k] ?? k).join(", ")})`)
                        .join("; ")}
                    </td>
                    <td title={(disputes.get(r.slug) ?? []).map((a) => ASPECT_LONG[a] ?? a).join("; ")}>
                      {(disputes.get(r.slug) ?? []).map((a) => ASPECT_SHORT[a] ?? a).join(", ")}
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}

function Consensus({
  sources,
  tables,
  minSupport,
  onMinSupport,
  openRole,
}: {
  sources: Source[];
  tables: boolean;
  minSupport: number;
  onMinSupport: (n: number) => void;
  openRole: (slug: string) => void;
}) {
  const state = useQuery(ConsensusQuery, { minSupport });
  return (
    <section class="consensus" aria-labelledby="consensus-heading">
      <h3 id="consensus-heading">Consensus: the steps at least {minSupport} sources assert</h3>
      <label class="inline">
        At least{" "}
        <select value={String(minSupport)} onChange={(e) => onMinSupport(Number((e.target as HTMLSelectElement).value))}>
          {sources.map((_, i) => (
            <option key={String(i + 1)} value={String(i + 1)}>
              {i + 1}
            </option>
          ))}
        </select>{" "}
        of {sources.length} sources
      </label>
      <Loaded state={state} what="the consensus steps">
        {(data) => {
          const names = new Map(data.roles.edges.map((e) => [e.node.slug, e.node.name]));
          const steps = data.roles.edges.flatMap((e) =>
            e.node.promotesTo.map((p) => ({ from: e.node.slug, to: p.to.slug, support: p.support, sources: p.sources.map((s) => s.id) })),
          );
          if (steps.length === 0) return <p class="status">No step is asserted by {minSupport} sources.</p>;
          if (tables)
            return (
              <table class="data consensus-table">
                <thead>
                  <tr>
                    <th scope="col">from</th>
                    <th scope="col">to</th>
                    <th scope="col">support</th>
                    <th scope="col">sources</th>
                  </tr>
                </thead>
                <tbody>
                  {steps.map((s) => (
                    <tr key={`${s.from}>${s.to}`}>
                      <td>{names.get(s.from)}</td>
                      <td>{names.get(s.to)}</td>
                      <td>{s.support}</td>
                      <td>{s.sources.map(shortSource).join(", ")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          return <StepGraph steps={steps} names={names} openRole={openRole} label={`Steps at least ${minSupport} sources assert`} />;
        }}
      </Loaded>
    </section>
  );
}

export interface GraphStep {
  from: string;
  to: string;
  support: number;
  sources: string[];
}

/** A layered drawing (dagre) of promotion steps, bottom up, each step labelled with its support and sources. */
export function StepGraph({
  steps,
  names,
  openRole,
  label,
  lit,
}: {
  steps: GraphStep[];
  names: Map<string, string>;
  openRole: (slug: string) => void;
  label: string;
  lit?: Set<string>;
}) {
  const slugs = [...new Set(steps.flatMap((s) => [s.from, s.to]))];
  const labelOf = (s: GraphStep) => `${s.support} · ${s.sources.map(shortSource).join(" ")}`;
  const drawing = layeredDrawing(
    slugs.map((id) => ({ id, width: 170, height: 40 })),
    steps.map((s) => ({ from: s.from, to: s.to, labelWidth: labelOf(s).length * 6.4 + 8 })),
  );
  return (
    <div class="scroll">
      <svg
        class="step-graph"
        width={drawing.width}
        height={drawing.height}
        viewBox={`0 0 ${drawing.width} ${drawing.height}`}
        aria-label={label}
      >
        <Arrowheads />
        {steps.map((s, i) => {
          const e = drawing.edges[i];
          if (!e) return null;
          return (
            <g
              key={`${s.from}>${s.to}`}
              class={`graph-step${lit?.has(`${s.from}>${s.to}`) ? " on-path" : ""}`}
              data-from={s.from}
              data-to={s.to}
              data-support={s.support}
            >
              <path d={polyline(e.points)} marker-end="url(#arrow)" />
              <rect
                x={e.label.x - (labelOf(s).length * 6.4 + 8) / 2}
                y={e.label.y - 9}
                width={labelOf(s).length * 6.4 + 8}
                height={18}
                rx={4}
                class="step-label-bg"
              />
              <text x={e.label.x} y={e.label.y + 4} text-anchor="middle" class="step-label">
                {labelOf(s)}
              </text>
              <title>{`${names.get(s.from)} → ${names.get(s.to)}: asserted by ${s.support} source${s.support === 1 ? "" : "s"} (${s.sources.join(", ")})`}</title>
            </g>
          );
        })}
        {slugs.map((slug) => {
          const p = drawing.nodes.get(slug);
          if (!p) return null;
          const name = names.get(slug) ?? slug;
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it has the button role and keys
            <g
              key={slug}
              class="graph-role"
              transform={`translate(${p.x - 85},${p.y - 20})`}
              tabIndex={0}
              role="button"
              aria-label={`${name}: open the role`}
              data-role={slug}
              onClick={() => openRole(slug)}
              onKeyDown={(e) => {
                if (e.key === "Enter" || e.key === " ") {
                  e.preventDefault();
                  openRole(slug);
                }
              }}
            >
              <rect width={170} height={40} rx={6} />
              {wrap(name, 24, 2).map((line, i, all) => (
                <text key={line} x={85} y={(all.length === 1 ? 25 : 17) + i * 14} text-anchor="middle">
                  {line}
                </text>
              ))}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
