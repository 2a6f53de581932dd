import { graphiqlLink, type ResultOf } from "../graphql.ts";
import { shortSource } from "../parts/labels.ts";
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

/** tau in [-1, 1] → one of five heat classes (the number is always written in the cell too). */
function heat(tau: number | null | undefined): string {
  if (tau == null) return "heat-none";
  if (tau >= 0.99) return "heat-4";
  if (tau >= 0.9) return "heat-3";
  if (tau >= 0.7) return "heat-2";
  if (tau >= 0.4) return "heat-1";
  return "heat-0";
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
                <p class="muted">Choose a cell to see the steps the two sources share and the ones they contradict.</p>
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
        <caption>Kendall's tau-b over the roles both rank (1 = same order), shared steps and contradicted steps, for each pair</caption>
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
              <th scope="row" title={row.title ?? row.id}>
                {shortSource(row.id)} <span class="muted">{row.title}</span>
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
                  <td key={col.id} class={heat(p.kendallTau)}>
                    <button
                      type="button"
                      class={`cell${open ? " open" : ""}`}
                      aria-pressed={open}
                      data-pair={`${row.id},${col.id}`}
                      aria-label={`${shortSource(row.id)} and ${shortSource(col.id)}: tau ${p.kendallTau?.toFixed(3) ?? "undefined"}, ${p.sharedSteps} shared steps, ${p.contradictedSteps} contradicted`}
                      onClick={() => openPair([row.id, col.id])}
                    >
                      <span class="tau">τ {p.kendallTau == null ? "n/a" : p.kendallTau.toFixed(2)}</span>
                      <span class="counts">
                        {p.sharedSteps} shared · {p.contradictedSteps} contra.
                      </span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption class="legend heat-legend">
        Shade = tau: <span class="heat-0">below 0.4</span> <span class="heat-1">0.4–0.7</span> <span class="heat-2">0.7–0.9</span>{" "}
        <span class="heat-3">0.9–0.99</span> <span class="heat-4">1</span>; the figures are written in each cell.
      </figcaption>
    </figure>
  );
}

function PairTable({ pairs, openPair }: { pairs: Pair[]; openPair: (pair: [string, string]) => void }) {
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
                {shortSource(p.a.id)} × {shortSource(p.b.id)}
              </button>
            </th>
            <td>{p.sharedRoles}</td>
            <td>{p.sharedSteps}</td>
            <td>{p.contradictedSteps}</td>
            <td>{p.rankedRoles}</td>
            <td>{p.kendallTau == null ? "undefined" : p.kendallTau.toFixed(3)}</td>
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
        {shortSource(pair.a.id)} “{title(pair.a.id)}” × {shortSource(pair.b.id)} “{title(pair.b.id)}”
      </h3>
      <p>
        {pair.sharedRoles} roles both describe; {pair.rankedRoles} both rank; tau{" "}
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
        <table class="data contradictions">
          <thead>
            <tr>
              <th scope="col">step</th>
              <th scope="col">asserted by</th>
              <th scope="col">contradicted by</th>
              <th scope="col">how</th>
            </tr>
          </thead>
          <tbody>
            {pair.contradictions.map((c) => (
              <tr key={`${c.from.slug}>${c.to.slug}:${c.assertedBy.id}:${c.reason}`}>
                <td>
                  {c.from.name} → {c.to.name}
                </td>
                <td>{shortSource(c.assertedBy.id)}</td>
                <td>{shortSource(c.contradictedBy.id)}</td>
                <td>{REASON[c.reason] ?? c.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
