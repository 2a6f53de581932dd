import { Fragment } from "preact";
import { graphiqlLink, type ResultOf, runQuery } from "../graphql.ts";
import { type Departures, departureKey, departuresOf } from "../parts/disputes.ts";
import { ASPECT_LONG, ASPECT_SHORT, KIND_LONG, shortSource, TRACK_LONG, TRACK_SHORT, wrap } from "../parts/labels.ts";
import { alignedRows, type Entry as LadderEntry, type SourceLadder } from "../parts/ladderLayout.ts";
import { layeredDrawing, polyline } from "../parts/layered.ts";
import { titleOf } from "../parts/sources.tsx";
import { Loaded, QueryLink } from "../parts/status.tsx";
import { useLoad, useQuery } from "../parts/useQuery.ts";
import { ConsensusQuery, DisagreementsQuery, LadderQuery, type SourcesQuery } from "../queries.ts";
import { routeHash } from "../route.ts";

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
      // One box per source role (titles the article says are one role are one), its heading role's definition.
      roles: r.sourceRoles.map((sr) => {
        const d = r.definitions.find((x) => x.role.slug === sr.role.slug);
        return {
          slug: sr.role.slug,
          roles: sr.roles.map((x) => x.slug),
          name: sr.role.name,
          title: sr.heading ?? d?.title ?? sr.role.name,
          also: sr.alsoCalled,
          track: d?.track ?? null,
          years: d?.yearsOfExperience?.text ?? null,
        };
      }),
    })),
    steps: rungs.flatMap((r) =>
      r.promotesTo.map((e) => ({
        from: e.from.slug,
        to: e.to.slug,
        fromRoles: e.fromRoles.map((x) => x.slug),
        toRoles: e.toRoles.map((x) => x.slug),
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
          const departures: Departures = disputes.status === "done" ? departuresOf(disputes.data) : new Map();
          return (
            <>
              {disputes.status === "done" ? null : (
                <Loaded state={disputes} what="the disagreement marks">
                  {() => null}
                </Loaded>
              )}
              {tables ? (
                <LadderTables sources={sources} ladders={data} departures={departures} openRole={openRole} />
              ) : (
                <LadderGrid sources={sources} ladders={data} departures={departures} highlight={highlight} />
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

function LadderGrid({
  sources,
  ladders,
  departures,
  highlight,
}: {
  sources: Source[];
  ladders: SourceLadder[];
  departures: Departures;
  highlight?: Highlight | undefined;
}) {
  const rows = alignedRows(ladders, []);
  const names = new Map(rows.map((r) => [r.slug, r.name]));
  return (
    <figure class="ladder-grid" data-columns={ladders.length}>
      <figcaption class="visually-hidden">
        The ladders of {ladders.length} articles side by side: one row per role, lowest first, in the order the articles agree on; each
        article's own rung is written in its box.
      </figcaption>
      <div class="grid-head" aria-hidden="true">
        <span class="corner">role</span>
        {ladders.map((l) => (
          <span key={l.source} class="column-head" data-source={l.source}>
            {titleOf(sources, l.source)}
          </span>
        ))}
      </div>
      <ol class="grid-rows">
        {rows.map((row) => (
          <li key={row.slug} class={`grid-row${highlight?.roles.has(row.slug) ? " on-path" : ""}`} data-role={row.slug}>
            <h3 class="row-head">
              <a href={routeHash("role", {}, row.slug)}>{row.name}</a>
            </h3>
            {row.cells.map((cell, i) => {
              const ladder = ladders[i];
              if (!ladder) return null;
              return (
                <div key={ladder.source} class={`cell${cell.length ? "" : " empty"}`} data-source={ladder.source}>
                  {cell.length ? <span class="cell-source">{titleOf(sources, ladder.source)}</span> : null}
                  {cell.map((entry) => (
                    <Entry
                      key={`${entry.slug}:${entry.title}`}
                      entry={entry}
                      steps={ladder.steps.filter((st) => st.fromRoles.some((r) => entry.roles.includes(r)))}
                      names={names}
                      aspects={entry.roles.flatMap((r) =>
                        (departures.get(departureKey(r, entry.source)) ?? []).map((aspect) => ({ role: r, aspect })),
                      )}
                      highlight={highlight}
                    />
                  ))}
                </div>
              );
            })}
          </li>
        ))}
      </ol>
      <LadderLegend />
    </figure>
  );
}

/** One article's entry for a role: its title as written, its own rung, track, years, its steps up and where it departs. */
function Entry({
  entry,
  steps,
  names,
  aspects,
  highlight,
}: {
  entry: LadderEntry;
  steps: SourceLadder["steps"];
  names: Map<string, string>;
  aspects: { role: string; aspect: string }[];
  highlight?: Highlight | undefined;
}) {
  const onPath = (st: SourceLadder["steps"][number]) => st.fromRoles.some((f) => st.toRoles.some((t) => highlight?.steps.has(`${f}>${t}`)));
  const meta = [`rung ${entry.rank}`, entry.track ? TRACK_SHORT[entry.track] : null, entry.years].filter(Boolean).join(" · ");
  return (
    <div
      class={`entry${aspects.length ? " departs" : ""}${entry.roles.some((r) => highlight?.roles.has(r)) ? " on-path" : ""}`}
      data-role={entry.slug}
      data-roles={entry.roles.join(" ")}
      data-source={entry.source}
      data-rank={entry.rank}
      data-title={entry.title}
      data-also={entry.also.join("|")}
    >
      <a class="entry-title" href={routeHash("role", {}, entry.slug)}>
        {entry.title}
      </a>
      {entry.also.length ? <span class="entry-also">also called {entry.also.map((t) => `“${t}”`).join(", ")}</span> : null}
      <span class="entry-meta">{meta}</span>
      {steps.map((st) => {
        const stated = st.kinds.includes("EXPLICIT");
        return (
          <span key={st.to} class={`entry-step ${stated ? "explicit" : "ladder-order"}${onPath(st) ? " on-path" : ""}`} data-to={st.to}>
            ↑ {names.get(st.to) ?? st.to} <span class="how">({stated ? "stated" : "implied by the article's order"})</span>
          </span>
        );
      })}
      {aspects.map(({ role, aspect: a }) => (
        <a
          key={`${role}:${a}`}
          class="mark"
          data-aspect={a}
          data-role={role}
          href={routeHash("role", { aspect: a, source: entry.source }, role)}
        >
          ≠ {ASPECT_SHORT[a] ?? a}
          {role === entry.slug ? null : <span class="mark-role"> ({names.get(role) ?? role})</span>}
          <span class="visually-hidden"> (this article departs from the others; see the sentences)</span>
        </a>
      ))}
    </div>
  );
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

function LadderLegend() {
  return (
    <ul class="legend">
      <li>Rows: one role each, lowest first, in the order most articles rank them; “rung N” is the article's own rung.</li>
      <li>
        <span class="entry-step explicit">↑ next role (stated)</span> a step the article states in a sentence;{" "}
        <span class="entry-step ladder-order">(implied by the article's order)</span> a step only its ladder's order implies
      </li>
      <li>
        <span class="mark sample">≠ years</span> this article departs from the others on that aspect of the role (held by fewer articles
        than another answer); it opens the sentences side by side
      </li>
      <li>IC / Mgmt: the track the article states</li>
    </ul>
  );
}

function LadderTables({
  sources,
  ladders,
  departures,
  openRole,
}: {
  sources: Source[];
  ladders: SourceLadder[];
  departures: Departures;
  openRole: (slug: string) => void;
}) {
  const names = new Map(ladders.flatMap((l) => l.rungs.flatMap((r) => r.roles.map((role) => [role.slug, role.name] as const))));
  const departs = (r: { roles: string[] }, source: string) => r.roles.flatMap((slug) => departures.get(departureKey(slug, source)) ?? []);
  return (
    <div class="tables">
      {ladders.map((ladder) => {
        const source = sources.find((s) => s.id === ladder.source);
        return (
          <table key={ladder.source} class="data" data-source={ladder.source}>
            <caption>{source?.title ?? ladder.source}</caption>
            <thead>
              <tr>
                <th scope="col">rung</th>
                <th scope="col">title as written</th>
                <th scope="col">role</th>
                <th scope="col">track</th>
                <th scope="col">years</th>
                <th scope="col">steps up</th>
                <th scope="col">departs from the others on</th>
              </tr>
            </thead>
            <tbody>
              {[...ladder.rungs].reverse().flatMap((rung) =>
                rung.roles.map((r) => (
                  <tr
                    key={r.slug}
                    data-role={r.slug}
                    data-roles={r.roles.join(" ")}
                    data-rank={rung.rank}
                    data-title={r.title}
                    data-also={r.also.join("|")}
                  >
                    <td data-label="rung">{rung.rank}</td>
                    <td data-label="title as written">
                      {r.title}
                      {r.also.length ? <span class="entry-also"> (also called {r.also.map((t) => `“${t}”`).join(", ")})</span> : null}
                    </td>
                    <td data-label="role">
                      <button type="button" class="link" onClick={() => openRole(r.slug)}>
                        {r.name}
                      </button>
                    </td>
                    <td data-label="track">{r.track ? TRACK_LONG[r.track] : ""}</td>
                    <td data-label="years">{r.years ?? ""}</td>
                    <td data-label="steps up">
                      {ladder.steps
                        .filter((s) => s.fromRoles.some((f) => r.roles.includes(f)))
                        .map((s) => `${names.get(s.to) ?? s.to} (${s.kinds.map((k) => KIND_LONG[k] ?? k).join(", ")})`)
                        .join("; ")}
                    </td>
                    <td data-label="departs on" title={[...new Set(departs(r, ladder.source))].map((a) => ASPECT_LONG[a] ?? a).join("; ")}>
                      {[...new Set(departs(r, ladder.source))].map((a) => ASPECT_SHORT[a] ?? a).join(", ")}
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
      <h3 id="consensus-heading">
        Consensus: the steps at least {minSupport} article{minSupport === 1 ? "" : "s"} assert
      </h3>
      <label class="inline">
        At least{" "}
        <select value={String(minSupport)} onChange={(e) => onMinSupport(Number((e.target as HTMLSelectElement).value))}>
          {sources.map((_, i) => (
            <option key={String(i + 1)} value={String(i + 1)}>
              {i + 1}
            </option>
          ))}
        </select>{" "}
        of {sources.length} articles
      </label>
      <Loaded state={state} what="the consensus steps">
        {(data) => {
          const names = new Map(data.roles.edges.map((e) => [e.node.slug, e.node.name]));
          const steps = data.roles.edges.flatMap((e) =>
            e.node.promotesTo.map((p) => ({ from: e.node.slug, to: p.to.slug, support: p.support, sources: p.sources.map((s) => s.id) })),
          );
          if (steps.length === 0)
            return (
              <p class="status">
                No step is asserted by {minSupport} articles: no {minSupport} of them name the same next role for any role.
              </p>
            );
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
                      <td data-label="from">{names.get(s.from)}</td>
                      <td data-label="to">{names.get(s.to)}</td>
                      <td data-label="support">{s.support}</td>
                      <td data-label="articles">{s.sources.map((id) => titleOf(sources, id)).join(", ")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          return (
            <>
              <StepGraph steps={steps} names={names} openRole={openRole} label={`Steps at least ${minSupport} articles assert`} />
              <ul class="step-list">
                {steps.map((st) => (
                  <li key={`${st.from}>${st.to}`} data-from={st.from} data-to={st.to}>
                    {names.get(st.from)} → {names.get(st.to)}{" "}
                    <span class="muted">
                      ({st.support}: {st.sources.map((id) => titleOf(sources, id)).join(", ")})
                    </span>
                  </li>
                ))}
              </ul>
            </>
          );
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
              {/* One text element, its lines as tspans with a space between: the accessible name reads as the name. */}
              <text x={85} y={wrap(name, 24, 2).length === 1 ? 25 : 17} text-anchor="middle">
                {wrap(name, 24, 2).map((line, i) => (
                  <Fragment key={line}>
                    {i ? " " : null}
                    <tspan x={85} dy={i ? 14 : 0}>
                      {line}
                    </tspan>
                  </Fragment>
                ))}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
