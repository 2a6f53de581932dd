import type { ComponentChildren } from "preact";
import { useEffect } from "preact/hooks";
import { graphiqlLink, type ResultOf } from "../graphql.ts";
import { Quote } from "../parts/evidence.tsx";
import { ASPECT_LONG, ASPECT_SHORT, money, RELATION_LONG, SCOPE_LONG, TRACK_LONG } from "../parts/labels.ts";
import { titleOf, useSources } from "../parts/sources.tsx";
import { Loaded, QueryLink } from "../parts/status.tsx";
import { useQuery } from "../parts/useQuery.ts";
import { NextQuery, RoleQuery } from "../queries.ts";
import { routeHash } from "../route.ts";
import { NextSteps, WhatItTakes } from "./next.tsx";

type Role = NonNullable<ResultOf<typeof RoleQuery>["role"]>;
type Definition = Role["definitions"][number];

/**
 * What the panel shows of each source's definition, one row a fact. A field the API adds to
 * RoleDefinition (band, management scope, relative ranks …) is one more entry here and in RoleQuery.
 */
const DEFINITION_FACTS: { label: string; value: (d: Definition) => ComponentChildren }[] = [
  { label: "title as written", value: (d) => d.title },
  { label: "rung", value: (d) => (d.rank == null ? "not on its ladder" : String(d.rank)) },
  { label: "track", value: (d) => (d.track ? TRACK_LONG[d.track] : "not stated") },
  { label: "years of experience", value: (d) => d.yearsOfExperience?.text ?? "not stated" },
  { label: "salary", value: (d) => (d.salaryUsd == null ? "not stated" : `${money(d.salaryUsd)} a year`) },
  {
    label: "band",
    value: (d) =>
      claimList(
        d.bands.map((b, i) => (
          <li key={String(i)} class="claim band" data-level={b.level}>
            <span class="claim-value">{b.band}</span>
            <Condition text={b.condition} />
          </li>
        )),
      ),
  },
  {
    label: "managing people",
    value: (d) =>
      claimList(
        d.management.map((m, i) => (
          <li key={String(i)} class="claim management" data-scope={m.scope}>
            <span class="claim-value">{SCOPE_LONG[m.scope] ?? m.scope}</span>
            {m.over ? (
              <>
                : <span class="over">{m.over}</span>
              </>
            ) : null}
            {m.count ? (
              <>
                {" "}
                (how many: <span class="count">{m.count.text}</span>)
              </>
            ) : null}
            <Condition text={m.condition} />
          </li>
        )),
      ),
  },
  {
    label: "rank vs. others",
    value: (d) =>
      claimList(
        d.relativeRanks.map((r, i) => (
          <li key={String(i)} class="claim relative-rank" data-relation={r.relation} data-other={r.other.slug}>
            {RELATION_LONG[r.relation] ?? r.relation} <span class="claim-value">{r.other.name}</span>
            <Condition text={r.condition} />
          </li>
        )),
      ),
  },
];

/** A definition's claims of one kind (bands, management, relative ranks) as a list; none: "not stated". */
function claimList(items: preact.JSX.Element[]): ComponentChildren {
  return items.length === 0 ? "not stated" : <ul class="claims">{items}</ul>;
}

/** Where a source limits a claim ("In larger businesses"), as written. */
function Condition({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <>
      {" "}
      — <span class="condition">{text}</span>
    </>
  );
}

/** Every quote a definition rests on: its own (title, summary, track …), then its bands', management's and ranks'. */
function definitionQuotes(d: Definition) {
  return [
    ...d.evidence,
    ...d.bands.map((b) => b.evidence),
    ...d.management.map((m) => m.evidence),
    ...d.relativeRanks.map((r) => r.evidence),
  ];
}

export function RoleView({
  slug,
  tables,
  typed,
  aspect,
  source,
}: {
  slug: string;
  tables: boolean;
  /** What the person typed in the search box, when the role came from it. */
  typed: string;
  /** From a disagreement mark: the aspect to open, and the article that departs on it. */
  aspect: string;
  source: string;
}) {
  const next = useQuery(NextQuery, { role: slug });
  if (next.status === "error" && next.code === "NOT_FOUND") return <UnknownRole slug={slug} suggestions={next.suggestions} />;
  return (
    <section aria-labelledby="role-heading" class="role-view">
      <Loaded state={next} what="the role">
        {(data) =>
          data.role ? (
            <>
              <div class="view-head">
                <h2 id="role-heading">{data.role.name}</h2>
                {typed ? <p class="typed muted">what the articles call “{typed}”</p> : null}
              </div>
              <NextSteps data={data} />
              <p class="plan-link">
                <a href={routeHash("plan", {}, slug)}>Plan a move from {data.role.name}</a>{" "}
                <span class="muted">— every step within three moves, with what each article says it takes</span>
              </p>
              <p class="queries">
                Drawn from <QueryLink href={graphiqlLink(NextQuery, { role: slug })} label="nextRoles(from:)" /> and{" "}
                <QueryLink href={graphiqlLink(RoleQuery, { role: slug })} label="role(id:)" />
              </p>
              <WhatItTakes data={data} />
              <RoleDetails slug={slug} tables={tables} aspect={aspect} source={source} />
            </>
          ) : (
            <UnknownRole slug={slug} suggestions={[]} />
          )
        }
      </Loaded>
    </section>
  );
}

/** The page's own words for a role id nobody knows (the API answers NOT_FOUND with likely slugs). */
export function UnknownRole({ slug, suggestions }: { slug: string; suggestions: string[] }) {
  return (
    <section class="role-view" aria-labelledby="role-heading">
      <h2 id="role-heading">No such role</h2>
      <p class="status error" role="alert">
        None of the articles describes a role called “{slug}”. Type your role as you would say it in the search box above, or pick one on
        the ladders.
      </p>
      {suggestions.length ? (
        <p>
          Did you mean{" "}
          {suggestions.map((s, i) => (
            <span key={s}>
              {i ? ", " : ""}
              <a href={routeHash("role", {}, s)}>{s.replaceAll("-", " ")}</a>
            </span>
          ))}
          ?
        </p>
      ) : null}
    </section>
  );
}

function RoleDetails({ slug, tables, aspect, source }: { slug: string; tables: boolean; aspect: string; source: string }) {
  const state = useQuery(RoleQuery, { role: slug });
  return (
    <Loaded state={state} what="where the articles disagree">
      {(data) => (data.role ? <RolePanel role={data.role} tables={tables} aspect={aspect} source={source} /> : null)}
    </Loaded>
  );
}

function RolePanel({ role, tables, aspect, source }: { role: Role; tables: boolean; aspect: string; source: string }) {
  const sources = useSources();
  useEffect(() => {
    if (aspect) document.getElementById(`conflict-${aspect}`)?.scrollIntoView({ block: "start" });
  }, [aspect]);
  return (
    <>
      <h3>Where the articles disagree ({role.conflicts.length})</h3>
      {role.conflicts.length === 0 ? <p>No article disagrees with another about this role.</p> : null}
      {role.conflicts.map((c) => (
        <section
          class={`conflict${c.aspect === aspect ? " opened" : ""}`}
          key={c.aspect}
          id={`conflict-${c.aspect}`}
          data-aspect={c.aspect}
          aria-label={ASPECT_LONG[c.aspect] ?? c.aspect}
          tabIndex={-1}
        >
          <h4>
            <span class="aspect-tag">{ASPECT_SHORT[c.aspect] ?? c.aspect}</span> {ASPECT_LONG[c.aspect] ?? c.aspect}: {c.positions.length}{" "}
            positions
          </h4>
          {c.withinSource.length ? (
            <p class="within">
              ⚠ contradicts itself: {c.withinSource.map((s) => titleOf(sources, s.id)).join(", ")} holds more than one position here
            </p>
          ) : null}
          <Positions count={c.positions.length}>
            {c.positions.map((p) => (
              <li
                key={p.value}
                class={`position${source && p.sources.some((s) => s.id === source) && c.aspect === aspect ? " departs" : ""}`}
                data-value={p.value}
              >
                <p class="position-value">
                  <strong>{p.value}</strong> — {p.sources.map((s) => titleOf(sources, s.id)).join(", ")}
                </p>
                {p.evidence.map((e, i) => (
                  <Quote key={String(i)} evidence={e} backs={`${ASPECT_SHORT[c.aspect] ?? c.aspect}: ${p.value}`} />
                ))}
              </li>
            ))}
          </Positions>
        </section>
      ))}
      <h3>How each article defines it ({role.definitions.length})</h3>
      {tables ? <DefinitionTable definitions={role.definitions} /> : <DefinitionCards definitions={role.definitions} />}
    </>
  );
}

/** Positions as a list; a long one (responsibilities, often) folded behind a summary line. */
function Positions({ count, children }: { count: number; children: ComponentChildren }) {
  const list = <ol class="positions">{children}</ol>;
  if (count <= 6) return list;
  return (
    <details class="many-positions">
      <summary>Show all {count} positions with their quotes</summary>
      {list}
    </details>
  );
}

function DefinitionCards({ definitions }: { definitions: Definition[] }) {
  return (
    <div class="definitions">
      {definitions.map((d) => (
        <article class="definition" key={d.source.id} data-source={d.source.id}>
          <h4>{d.source.title ?? d.source.id}</h4>
          <dl>
            {DEFINITION_FACTS.map((f) => (
              <div key={f.label}>
                <dt>{f.label}</dt>
                <dd>{f.value(d)}</dd>
              </div>
            ))}
          </dl>
          {d.summary ? <p class="summary">{d.summary}</p> : null}
          {d.note ? <p class="note">Reader's note: {d.note}</p> : null}
          <details>
            <summary>The {definitionQuotes(d).length} quotes this definition rests on</summary>
            {definitionQuotes(d).map((e, i) => (
              <Quote key={String(i)} evidence={e} />
            ))}
          </details>
        </article>
      ))}
    </div>
  );
}

function DefinitionTable({ definitions }: { definitions: Definition[] }) {
  return (
    <table class="data definition-table">
      <thead>
        <tr>
          <th scope="col">article</th>
          {DEFINITION_FACTS.map((f) => (
            <th scope="col" key={f.label}>
              {f.label}
            </th>
          ))}
          <th scope="col">summary</th>
        </tr>
      </thead>
      <tbody>
        {definitions.map((d) => (
          <tr key={d.source.id} data-source={d.source.id}>
            <th scope="row">{d.source.title ?? d.source.id}</th>
            {DEFINITION_FACTS.map((f) => (
              <td key={f.label} data-label={f.label}>
                {f.value(d)}
              </td>
            ))}
            <td data-label="summary">{d.summary ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
