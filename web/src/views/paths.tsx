import { useState } from "preact/hooks";
import { graphiqlLink, type ResultOf, runQuery } from "../graphql.ts";
import { EmptyBecause } from "../parts/emptyReason.tsx";
import { shortSource, TRACK_LONG } from "../parts/labels.ts";
import { Loaded, QueryLink } from "../parts/status.tsx";
import { useLoad, useQuery } from "../parts/useQuery.ts";
import { KnownTitlesQuery, PathsQuery, type SourcesQuery, TitleQuery, TitleSuggestionsQuery } from "../queries.ts";
import { type Highlight, LaddersView, StepGraph } from "./ladders.tsx";

type Source = ResultOf<typeof SourcesQuery>["sources"][number];
type Match = ResultOf<typeof TitleQuery>["resolveTitle"][number];

export interface PathRequest {
  from: string;
  to: string;
  sources: string[];
  track: string;
  minSupport: number;
}

export function PathsView({
  sources,
  request,
  setRequest,
  tables,
  openRole,
}: {
  sources: Source[];
  request: PathRequest;
  setRequest: (r: PathRequest) => void;
  tables: boolean;
  openRole: (slug: string) => void;
}) {
  return (
    <section aria-labelledby="paths-heading">
      <div class="view-head">
        <h2 id="paths-heading">Path finder</h2>
        <p class="queries">
          Titles resolved by <QueryLink href={graphiqlLink(TitleQuery, { title: request.from || "Sr PM" })} label="resolveTitle" />; paths
          from <QueryLink href={graphiqlLink(PathsQuery, { from: "product-manager", to: "vp-of-product" })} label="pathSearch" />
        </p>
      </div>
      <PathForm sources={sources} request={request} setRequest={setRequest} />
      {request.from && request.to ? (
        <Resolved request={request} sources={sources} tables={tables} openRole={openRole} setRequest={setRequest} />
      ) : null}
    </section>
  );
}

function PathForm({ sources, request, setRequest }: { sources: Source[]; request: PathRequest; setRequest: (r: PathRequest) => void }) {
  const [from, setFrom] = useState(request.from);
  const [to, setTo] = useState(request.to);
  const [chosen, setChosen] = useState<string[]>(request.sources);
  const [track, setTrack] = useState(request.track);
  const [minSupport, setMinSupport] = useState(request.minSupport);
  const known = useQuery(KnownTitlesQuery, {});
  const titles =
    known.status === "done"
      ? [...new Set(known.data.roles.edges.flatMap((e) => [e.node.name, ...e.node.aliases.map((a) => a.title)]))].sort()
      : [];
  return (
    <form
      class="path-form"
      aria-label="Find promotion paths"
      onSubmit={(e) => {
        e.preventDefault();
        setRequest({ from: from.trim(), to: to.trim(), sources: chosen, track, minSupport });
      }}
    >
      <datalist id="known-titles">
        {titles.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      <label>
        From{" "}
        <input
          name="from"
          list="known-titles"
          value={from}
          required
          placeholder="e.g. Sr PM"
          onInput={(e) => setFrom((e.target as HTMLInputElement).value)}
        />
      </label>
      <label>
        To{" "}
        <input
          name="to"
          list="known-titles"
          value={to}
          required
          placeholder="e.g. CPO"
          onInput={(e) => setTo((e.target as HTMLInputElement).value)}
        />
      </label>
      <fieldset>
        <legend>Sources (none ticked: all)</legend>
        {sources.map((s) => (
          <label key={s.id} class="check" title={s.title ?? s.id}>
            <input
              type="checkbox"
              name="source"
              value={s.id}
              checked={chosen.includes(s.id)}
              onChange={(e) => {
                const on = (e.target as HTMLInputElement).checked;
                setChosen(on ? [...chosen, s.id] : chosen.filter((c) => c !== s.id));
              }}
            />{" "}
            {shortSource(s.id)}
          </label>
        ))}
      </fieldset>
      <label>
        Track{" "}
        <select name="track" value={track} onChange={(e) => setTrack((e.target as HTMLSelectElement).value)}>
          <option value="">either</option>
          <option value="INDIVIDUAL_CONTRIBUTOR">{TRACK_LONG.INDIVIDUAL_CONTRIBUTOR}</option>
          <option value="MANAGEMENT">{TRACK_LONG.MANAGEMENT}</option>
        </select>
      </label>
      <label>
        Min. support{" "}
        <select name="minSupport" value={String(minSupport)} onChange={(e) => setMinSupport(Number((e.target as HTMLSelectElement).value))}>
          {sources.map((_, i) => (
            <option key={String(i + 1)} value={String(i + 1)}>
              {i + 1}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Find paths</button>
    </form>
  );
}

interface Suggestion {
  slug: string;
  name: string;
  /** What the typed title was taken for (a fuzzy match's title). */
  near?: string | null | undefined;
}

/**
 * A title through resolveTitle. Only exact matches (a title, a name, an abbreviation) resolve it; a
 * title matched by spelling alone (FUZZY) is unknown, and its matches are offered as suggestions;
 * with none, roles(search:) on the title, then on the start of each word, offers some.
 */
function useResolved(title: string) {
  return useLoad(title, async () => {
    const { resolveTitle } = await runQuery(TitleQuery, { title });
    const matches = resolveTitle.filter((m) => m.matchedBy !== "FUZZY");
    const suggestions = new Map<string, Suggestion>();
    for (const m of resolveTitle)
      if (m.matchedBy === "FUZZY" && !suggestions.has(m.role.slug)) suggestions.set(m.role.slug, { ...m.role, near: m.matchedTitle });
    if (matches.length === 0 && suggestions.size === 0) {
      const words = [title, ...new Set(title.split(/[^A-Za-z]+/).filter((w) => w.length >= 3))].slice(0, 5);
      for (const search of words) {
        const { roles } = await runQuery(TitleSuggestionsQuery, { search: search === title ? search : search.slice(0, 4) });
        for (const e of roles.edges) if (!suggestions.has(e.node.slug)) suggestions.set(e.node.slug, e.node);
        if (suggestions.size >= 5) break;
      }
    }
    return { title, matches, suggestions: [...suggestions.values()] };
  });
}

function Resolved({
  request,
  sources,
  tables,
  openRole,
  setRequest,
}: {
  request: PathRequest;
  sources: Source[];
  tables: boolean;
  openRole: (slug: string) => void;
  setRequest: (r: PathRequest) => void;
}) {
  const from = useResolved(request.from);
  const to = useResolved(request.to);
  return (
    <Loaded state={from} what={`the title “${request.from}”`}>
      {(f) => (
        <Loaded state={to} what={`the title “${request.to}”`}>
          {(t) => {
            const a = f.matches[0];
            const b = t.matches[0];
            return (
              <>
                <div class="resolutions">
                  <Resolution field="From" resolved={f} use={(name) => setRequest({ ...request, from: name })} />
                  <Resolution field="To" resolved={t} use={(name) => setRequest({ ...request, to: name })} />
                </div>
                {a && b ? (
                  <Paths
                    from={a.role.slug}
                    to={b.role.slug}
                    fromName={a.role.name}
                    toName={b.role.name}
                    request={request}
                    sources={sources}
                    tables={tables}
                    openRole={openRole}
                  />
                ) : null}
              </>
            );
          }}
        </Loaded>
      )}
    </Loaded>
  );
}

function Resolution({
  field,
  resolved,
  use,
}: {
  field: string;
  resolved: { title: string; matches: Match[]; suggestions: Suggestion[] };
  use: (name: string) => void;
}) {
  const [first, ...others] = resolved.matches;
  if (!first)
    return (
      <div class="resolution unknown" role="alert" data-field={field}>
        <p>
          {field}: <strong>unknown title “{resolved.title}”</strong> — no source writes it, and it is no abbreviation of one.
        </p>
        {resolved.suggestions.length ? (
          <p>
            Did you mean{" "}
            {resolved.suggestions.map((s, i) => (
              <span key={s.slug}>
                {i > 0 ? ", " : ""}
                <button type="button" class="link suggestion" onClick={() => use(s.name)}>
                  {s.name}
                </button>
                {s.near && s.near !== s.name ? <span class="muted"> (close to “{s.near}”)</span> : null}
              </span>
            ))}
            ?
          </p>
        ) : (
          <p>No role's name comes close; try a title the sources write, such as “Senior Product Manager”.</p>
        )}
      </div>
    );
  return (
    <div class="resolution" data-field={field} data-role={first.role.slug}>
      <p>
        {field}: “{resolved.title}” → <strong>{first.role.name}</strong>{" "}
        <span class="muted">(matched by {first.matchedBy.toLowerCase().replaceAll("_", " ")})</span>
      </p>
      {others.length ? (
        <p class="muted">
          Also related:{" "}
          {others.map((o, i) => (
            <span key={`${o.role.slug}:${o.relation}`}>
              {i > 0 ? "; " : ""}
              <button type="button" class="link" onClick={() => use(o.role.name)}>
                {o.role.name}
              </button>{" "}
              ({o.relation === "SAME_AS" ? "same role" : "may coexist"} per {o.sources.map((s) => shortSource(s.id)).join(", ")})
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}

function Paths({
  from,
  to,
  fromName,
  toName,
  request,
  sources,
  tables,
  openRole,
}: {
  from: string;
  to: string;
  fromName: string;
  toName: string;
  request: PathRequest;
  sources: Source[];
  tables: boolean;
  openRole: (slug: string) => void;
}) {
  const variables = {
    from,
    to,
    sources: request.sources.length ? request.sources : null,
    track: request.track === "INDIVIDUAL_CONTRIBUTOR" || request.track === "MANAGEMENT" ? request.track : null,
    minSupport: request.minSupport,
  } as const;
  const state = useQuery(PathsQuery, from === to ? null : variables);
  if (from === to) return <p class="status error">From and to name the same role; a path needs two different roles.</p>;
  return (
    <Loaded state={state} what="the paths">
      {(data) => {
        const paths = data.pathSearch.paths;
        const names = new Map(paths.flatMap((p) => p.roles.map((r) => [r.slug, r.name] as const)));
        const steps = new Map<string, { from: string; to: string; support: number; sources: string[] }>();
        for (const p of paths)
          for (const s of p.steps)
            steps.set(`${s.from.slug}>${s.to.slug}`, {
              from: s.from.slug,
              to: s.to.slug,
              support: s.support,
              sources: s.sources.map((x) => x.id),
            });
        const highlight: Highlight = { roles: new Set(names.keys()), steps: new Set(steps.keys()) };
        return (
          <>
            <p class="queries">
              <QueryLink href={graphiqlLink(PathsQuery, variables)} label="See this path query" />
            </p>
            {paths.length === 0 ? (
              <div class="status" role="status">
                <p>
                  No promotion path leads from {fromName} to {toName}.
                </p>
                <EmptyBecause reason={data.pathSearch.emptyBecause} from={fromName} to={toName} />
              </div>
            ) : (
              <>
                <h3>
                  {paths.length} path{paths.length === 1 ? "" : "s"}, shortest first; each step labelled with its support and sources
                </h3>
                {tables ? null : (
                  <StepGraph
                    steps={[...steps.values()]}
                    names={names}
                    openRole={openRole}
                    label="The promotion paths found, lowest role at the bottom"
                  />
                )}
                <ol class="path-list">
                  {paths.map((p) => (
                    <li key={p.roles.map((r) => r.slug).join(">")} data-path={p.roles.map((r) => r.slug).join(">")}>
                      <span class="path-roles">
                        {p.steps.map((s, i) => (
                          <span key={`${s.from.slug}>${s.to.slug}`}>
                            {i === 0 ? names.get(s.from.slug) : null} →
                            <sub
                              title={s.sources.map((x) => x.id).join(", ")}
                            >{`${s.support}: ${s.sources.map((x) => shortSource(x.id)).join(" ")}`}</sub>{" "}
                            {names.get(s.to.slug)}
                          </span>
                        ))}
                      </span>
                      <span class="muted">
                        {" "}
                        — {p.length} step{p.length === 1 ? "" : "s"}, weakest step support {p.minSupport}
                        {p.supportedByAll.length
                          ? `, every step asserted by ${p.supportedByAll.map((s) => shortSource(s.id)).join(", ")}`
                          : ", no one source asserts every step"}
                      </span>
                    </li>
                  ))}
                </ol>
                <h3>The paths on the ladders</h3>
                <LaddersView
                  sources={sources}
                  tables={tables}
                  minSupport={1}
                  onMinSupport={() => undefined}
                  openRole={openRole}
                  highlight={highlight}
                />
              </>
            )}
          </>
        );
      }}
    </Loaded>
  );
}
