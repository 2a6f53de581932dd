import type { ComponentChildren } from "preact";
import { graphiqlLink, type ResultOf } from "../graphql.ts";
import { Quote } from "../parts/evidence.tsx";
import { ASPECT_LONG, money, RELATION_LONG, SCOPE_LONG, shortSource, TRACK_LONG } from "../parts/labels.ts";
import { Loaded, QueryLink } from "../parts/status.tsx";
import { useQuery } from "../parts/useQuery.ts";
import { KnownTitlesQuery, RoleQuery } from "../queries.ts";

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

export function RoleView({ slug, tables, openRole }: { slug: string; tables: boolean; openRole: (slug: string) => void }) {
  const state = useQuery(RoleQuery, { role: slug });
  return (
    <section aria-labelledby="role-heading" class="role-view">
      <RolePicker slug={slug} openRole={openRole} />
      <Loaded state={state} what={`the role ${slug}`}>
        {(data) =>
          data.role === null ? (
            <p class="status error" role="alert">
              No role has the slug “{slug}”. Pick a role on the ladders, or type its title in the path finder.
            </p>
          ) : (
            <RolePanel role={data.role} tables={tables} />
          )
        }
      </Loaded>
    </section>
  );
}

/** Every role in ladder order, to open one without the ladders (a keyboard user's shortcut too). */
function RolePicker({ slug, openRole }: { slug: string; openRole: (slug: string) => void }) {
  const roles = useQuery(KnownTitlesQuery, {});
  if (roles.status !== "done") return null;
  return (
    <label class="role-picker">
      Open a role{" "}
      <select value={slug} onChange={(e) => openRole((e.target as HTMLSelectElement).value)}>
        {roles.data.roles.edges.map((e) => (
          <option key={e.node.slug} value={e.node.slug}>
            {e.node.name}
          </option>
        ))}
      </select>
    </label>
  );
}

function RolePanel({ role, tables }: { role: Role; tables: boolean }) {
  return (
    <>
      <div class="view-head">
        <h2 id="role-heading">{role.name}</h2>
        <p class="queries">
          Drawn from <QueryLink href={graphiqlLink(RoleQuery, { role: role.slug })} label="role(id:)" /> · slug <code>{role.slug}</code>
        </p>
      </div>
      <h3>How each source defines it ({role.definitions.length})</h3>
      {tables ? <DefinitionTable definitions={role.definitions} /> : <DefinitionCards definitions={role.definitions} />}
      <h3>Where the sources disagree ({role.conflicts.length})</h3>
      {role.conflicts.length === 0 ? <p>No source disagrees with another about this role.</p> : null}
      {role.conflicts.map((c) => (
        <section class="conflict" key={c.aspect} data-aspect={c.aspect} aria-label={ASPECT_LONG[c.aspect] ?? c.aspect}>
          <h4>
            <span class="aspect-tag">{c.aspect.replaceAll("_", " ").toLowerCase()}</span> {c.summary}
          </h4>
          {c.withinSource.length ? (
            <p class="within">
              ⚠ contradicts itself: {c.withinSource.map((s) => shortSource(s.id)).join(", ")} holds more than one position here
            </p>
          ) : null}
          <Positions count={c.positions.length}>
            {c.positions.map((p) => (
              <li key={p.value} class="position" data-value={p.value}>
                <p class="position-value">
                  <strong>{p.value}</strong> — {p.sources.map((s) => shortSource(s.id)).join(", ")}
                </p>
                {p.evidence.map((e, i) => (
                  <Quote key={String(i)} evidence={e} />
                ))}
              </li>
            ))}
          </Positions>
        </section>
      ))}
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
          <h4>
            <span class="source-code">{shortSource(d.source.id)}</span> {d.source.title}
          </h4>
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
          <th scope="col">source</th>
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
            <th scope="row">{shortSource(d.source.id)}</th>
            {DEFINITION_FACTS.map((f) => (
              <td key={f.label}>{f.value(d)}</td>
            ))}
            <td>{d.summary ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
