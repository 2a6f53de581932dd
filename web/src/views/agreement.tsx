import { graphiqlLink, type ResultOf } from "../graphql.ts";
import { Quote } from "../parts/evidence.tsx";
import { shortSource } from "../parts/labels.ts";
import { titleOf, useSources } from "../parts/sources.tsx";
import { Loaded, QueryLink } from "../parts/status.tsx";
import { useQuery } from "../parts/useQuery.ts";
import { AgreementQuery, SharedStepsQuery, type SourcesQuery } from "../queries.ts";

type Source = ResultOf<typeof SourcesQuery>["sources"][number];
type Pair = ResultOf<typeof AgreementQuery>["sourceAgreement"][number];

const REASON: Record<string, string> = {
  REVERSE_STEP: "asserts the reverse step",
  RANK_ORDER: "ranks the two the other way round",
  SAME_ROLE: "calls the two one role",
};

/** Contradicted steps → one of four shades (the number is always written in the cell too). */
function heat(contradicted: number): string {
  return `contra-${Math.min(contradicted, 3)}`;
}

export function AgreementView({
  sources,
  pair,
  openPair,
  tables,
}: {
  sources: Source[];
  pair: [string, string] | null;
  openPair: (pair: [string, string]) => void;
  tables: boolean;
}) {
  const state = useQuery(AgreementQuery, {});
  return (
    <section aria-labelledby="agreement-heading">
      <div class="view-head">
        <h2 id="agreement-heading">How far the sources agree</h2>
        <p class="queries">
          Drawn from <QueryLink href={graphiqlLink(AgreementQuery)} label="sourceAgreement" />; a pair's shared steps from{" "}
          <QueryLink
            href={graphiqlLink(SharedStepsQuery, { pair: pair ?? sources.slice(0, 2).map((s) => s.id) })}
            label="promotesTo(sources:, minSupport: 2)"
          />
        </p>
      </div>
      <Loaded state={state} what="the agreement between sources">
        {(data) => {
          const find = (a: string, b: string) =>
            data.sourceAgreement.find((p) => (p.a.id === a && p.b.id === b) || (p.a.id === b && p.b.id === a));
          const selected = pair ? find(pair[0], pair[1]) : undefined;
          return (
            <>
              {tables ? (
                <PairTable pairs={data.sourceAgreement} openPair={openPair} />
              ) : (
                <Matrix sources={sources} find={find} pair={pair} openPair={openPair} />
              )}
              {selected ? (
                <PairDetail pair={selected} sources={sources} />
              ) : (
                <p class="muted">
                  Choose a cell to see the steps the two articles share and the ones they contradict, with their sentences.
                </p>
              )}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}

function Matrix({
  sources,
  find,
  pair,
  openPair,
}: {
  sources: Source[];
  find: (a: string, b: string) => Pair | undefined;
  pair: [string, string] | null;
  openPair: (pair: [string, string]) => void;
}) {
  return (
    <figure class="matrix-figure">
      <table class="matrix">
        <caption>
          For each pair of articles: the steps one asserts and the other contradicts (✗, the shade), the steps both assert (✓), and
          Kendall's tau-b over the roles both rank (τ, 1 = the same order)
        </caption>
        <thead>
          <tr>
            <td />
            {sources.map((s) => (
              <th scope="col" key={s.id} title={s.title ?? s.id}>
                {shortSource(s.id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sources.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <span class="code-name">{shortSource(row.id)}</span> <span class="row-title">{row.title}</span>
              </th>
              {sources.map((col) => {
                if (col.id === row.id)
                  return (
                    <td key={col.id} class="diagonal">
                      —
                    </td>
                  );
                const p = find(row.id, col.id);
                if (!p) return <td key={col.id} />;
                const open = pair !== null && ((pair[0] === row.id && pair[1] === col.id) || (pair[0] === col.id && pair[1] === row.id));
                return (
                  <td key={col.id} class={heat(p.contradictedSteps)}>
                    <button
                      type="button"
                      class={`cell${open ? " open" : ""}`}
                      aria-pressed={open}
                      data-pair={`${row.id},${col.id}`}
                      onClick={() => openPair([row.id, col.id])}
                    >
                      <span class="visually-hidden">
                        {row.title ?? row.id} and {col.title ?? col.id}:{" "}
                      </span>
                      <span class="contra">
                        {p.contradictedSteps}
                        <span aria-hidden="true"> ✗</span>
                        <span class="visually-hidden"> contradicted steps, </span>
                      </span>
                      <span class="shared">
                        {p.sharedSteps}
                        <span aria-hidden="true"> ✓</span>
                        <span class="visually-hidden"> shared steps, </span>
                      </span>
                      <span class="tau">τ {p.kendallTau == null ? "n/a" : p.kendallTau.toFixed(2)}</span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption class="legend heat-legend">
        Shade = contradicted steps: <span class="contra-0">none</span> <span class="contra-1">1</span> <span class="contra-2">2</span>{" "}
        <span class="contra-3">3 or more</span>; ✓ steps both assert; τ Kendall's tau-b, written as a number.
        <span class="codes">
          {sources.map((s) => (
            <span key={s.id}>
              {shortSource(s.id)}: {s.title ?? s.id}
            </span>
          ))}
        </span>
      </figcaption>
    </figure>
  );
}

function PairTable({ pairs, openPair }: { pairs: Pair[]; openPair: (pair: [string, string]) => void }) {
  const sources = useSources();
  return (
    <table class="data agreement-table">
      <thead>
        <tr>
          <th scope="col">pair</th>
          <th scope="col">shared roles</th>
          <th scope="col">shared steps</th>
          <th scope="col">contradicted steps</th>
          <th scope="col">roles both rank</th>
          <th scope="col">Kendall's tau-b</th>
        </tr>
      </thead>
      <tbody>
        {pairs.map((p) => (
          <tr key={`${p.a.id},${p.b.id}`}>
            <th scope="row">
              <button type="button" class="link" onClick={() => openPair([p.a.id, p.b.id])}>
                {titleOf(sources, p.a.id)} × {titleOf(sources, p.b.id)}
              </button>
            </th>
            <td data-label="shared roles">{p.sharedRoles}</td>
            <td data-label="shared steps">{p.sharedSteps}</td>
            <td data-label="contradicted steps">{p.contradictedSteps}</td>
            <td data-label="roles both rank">{p.rankedRoles}</td>
            <td data-label="Kendall's tau-b">{p.kendallTau == null ? "undefined" : p.kendallTau.toFixed(3)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PairDetail({ pair, sources }: { pair: Pair; sources: Source[] }) {
  const shared = useQuery(SharedStepsQuery, { pair: [pair.a.id, pair.b.id] });
  const title = (id: string) => sources.find((s) => s.id === id)?.title ?? id;
  return (
    <section class="pair-detail" aria-labelledby="pair-heading" data-pair={`${pair.a.id},${pair.b.id}`}>
      <h3 id="pair-heading">
        {title(pair.a.id)} × {title(pair.b.id)}
      </h3>
      <p>
        {pair.sharedRoles} roles both describe; {pair.rankedRoles} both rank; Kendall's tau-b{" "}
        {pair.kendallTau == null ? "undefined" : pair.kendallTau.toFixed(3)}.
      </p>
      <h4>Steps both assert ({pair.sharedSteps})</h4>
      <Loaded state={shared} what="the shared steps">
        {(data) => {
          const steps = data.roles.edges.flatMap((e) =>
            e.node.promotesTo.map((p) => ({ from: e.node.name, to: p.to.name, key: `${e.node.slug}>${p.to.slug}` })),
          );
          return steps.length === 0 ? (
            <p>None.</p>
          ) : (
            <ul class="shared-steps">
              {steps.map((s) => (
                <li key={s.key} data-step={s.key}>
                  {s.from} → {s.to}
                </li>
              ))}
            </ul>
          );
        }}
      </Loaded>
      <h4>Steps one asserts and the other contradicts ({pair.contradictedSteps})</h4>
      {pair.contradictions.length === 0 ? (
        <p>None.</p>
      ) : (
        <ol class="contradictions">
          {pair.contradictions.map((c) => (
            <li key={`${c.from.slug}>${c.to.slug}:${c.assertedBy.id}:${c.reason}`} data-step={`${c.from.slug}>${c.to.slug}`}>
              <p>
                <strong>
                  {c.from.name} → {c.to.name}
                </strong>
                : {title(c.assertedBy.id)} asserts the step; {title(c.contradictedBy.id)} {REASON[c.reason] ?? c.reason}.
              </p>
              <div class="side-by-side">
                {c.evidence.map((e, i) => (
                  <Quote key={String(i)} evidence={e} backs={`${c.from.name} → ${c.to.name}`} />
                ))}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
