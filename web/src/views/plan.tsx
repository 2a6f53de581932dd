import { readFragment } from "gql.tada";
import { useState } from "preact/hooks";
import { graphiqlLink, runQuery } from "../graphql.ts";
import { EmptyBecause } from "../parts/emptyReason.tsx";
import { type Evidence, ReaderLink } from "../parts/evidence.tsx";
import { TRACK_LONG } from "../parts/labels.ts";
import { type Plan, type PlanStep, planMoves, yearsVerdict } from "../parts/plan.ts";
import { articles, SourceName, useSources } from "../parts/sources.tsx";
import { Loaded, QueryLink } from "../parts/status.tsx";
import { useLoad, useQuery } from "../parts/useQuery.ts";
import { EvidenceFields, KnownTitlesQuery, NextQuery, SkillGapQuery } from "../queries.ts";
import { routeHash } from "../route.ts";
import { AlsoCalled, type Claim, kindWords, Skills, salaryChange } from "./next.tsx";
import { UnknownRole } from "./role.tsx";

const MAX_MOVES = 3;

function movesWord(n: number): string {
  return `${n} move${n === 1 ? "" : "s"}`;
}

/**
 * Plan a move: from a role (and, optionally, the years in it), every step reachable in one to three
 * moves, and for each step what each article asserting it says it takes — readiness signs, the years
 * it gives for the next role, the salary change its figures imply — each with its quote.
 */
export function PlanView({
  slug,
  years,
  setPlan,
}: {
  slug: string;
  years: number | null;
  setPlan: (slug: string, years: number | null) => void;
}) {
  const state = useLoad(slug, () => planMoves(slug, (role) => runQuery(NextQuery, { role }), MAX_MOVES));
  if (state.status === "error" && state.code === "NOT_FOUND") return <UnknownRole slug={slug} suggestions={state.suggestions} />;
  return (
    <section aria-labelledby="plan-heading" class="plan-view">
      <Loaded state={state} what="the moves">
        {(plan) =>
          plan ? (
            <>
              <div class="view-head">
                <h2 id="plan-heading">Plan a move from {plan.role.name}</h2>
                <p class="queries">
                  Drawn from <QueryLink href={graphiqlLink(NextQuery, { role: slug })} label="nextRoles(from:)" /> for each role reached,{" "}
                  <QueryLink
                    href={graphiqlLink(SkillGapQuery, { from: slug, to: plan.moves[0]?.[0]?.edge.to.slug ?? slug })}
                    label="skillGap"
                  />
                  , and <a href={routeHash("paths", { from: plan.role.name })}>promotionPaths</a> for every route
                </p>
              </div>
              <PlanForm key={`${slug} ${years}`} slug={slug} years={years} setPlan={setPlan} />
              <Overview plan={plan} />
              {plan.moves.flat().length === 0
                ? null
                : plan.moves.map((steps, i) => <Move key={String(i + 1)} move={i + 1} steps={steps} plan={plan} years={years} />)}
            </>
          ) : (
            <UnknownRole slug={slug} suggestions={[]} />
          )
        }
      </Loaded>
    </section>
  );
}

function PlanForm({ slug, years, setPlan }: { slug: string; years: number | null; setPlan: (slug: string, years: number | null) => void }) {
  const [role, setRole] = useState(slug);
  const [typed, setTyped] = useState(years === null ? "" : String(years));
  const known = useQuery(KnownTitlesQuery, {});
  const roles = known.status === "done" ? known.data.roles.edges.map((e) => e.node) : [];
  return (
    <form
      class="plan-form"
      aria-label="Your role and years in it"
      onSubmit={(e) => {
        e.preventDefault();
        const n = Number.parseFloat(typed);
        setPlan(role, Number.isFinite(n) && n >= 0 ? n : null);
      }}
    >
      <label>
        Your role
        <select name="role" value={role} onChange={(e) => setRole((e.target as HTMLSelectElement).value)}>
          {roles.length ? null : <option value={slug}>{slug}</option>}
          {roles.map((r) => (
            <option key={r.slug} value={r.slug}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Years in it (optional)
        <input
          name="years"
          type="number"
          inputMode="decimal"
          min="0"
          max="60"
          step="0.5"
          value={typed}
          onInput={(e) => setTyped((e.target as HTMLInputElement).value)}
        />
      </label>
      <button type="submit">Show my moves</button>
    </form>
  );
}

/** The first screen's answer: which roles are one, two and three moves away, and how many articles name each step. */
function Overview({ plan }: { plan: Plan }) {
  const sources = useSources();
  const total = plan.moves.reduce((n, m) => n + m.length, 0);
  if (total === 0)
    return (
      <div class="status" role="status">
        <EmptyBecause reason={plan.emptyBecause} from={plan.role.name} />
        <p>There is no move to plan from {plan.role.name}.</p>
      </div>
    );
  return (
    <ol class="plan-overview" aria-label="Roles within three moves">
      {plan.moves.map((steps, i) => {
        const fresh = steps.filter((s) => s.reachedOn === null);
        const seen = new Set<string>();
        const roles = fresh.filter((s) => !seen.has(s.edge.to.slug) && seen.add(s.edge.to.slug));
        return (
          <li key={String(i + 1)} data-move={i + 1}>
            <strong>In {movesWord(i + 1)}:</strong>{" "}
            {roles.length === 0
              ? "no new role: its steps lead to roles reached sooner"
              : roles.map((s, j) => (
                  <span key={s.edge.to.slug}>
                    {j ? ", " : ""}
                    <button type="button" class="link" onClick={() => focusStep(s)}>
                      {s.edge.to.name}
                    </button>{" "}
                    <AlsoCalled step={s.edge} />{" "}
                    <span class="muted">
                      ({s.edge.support} of {articles(sources.length)})
                    </span>
                  </span>
                ))}
          </li>
        );
      })}
    </ol>
  );
}

function stepId(s: PlanStep): string {
  return `step-${s.move}-${s.from.slug}-${s.edge.to.slug}`;
}

function focusStep(s: PlanStep): void {
  const el = document.getElementById(stepId(s));
  el?.scrollIntoView({ block: "start" });
  el?.focus({ preventScroll: true });
}

function Move({ move, steps, plan, years }: { move: number; steps: PlanStep[]; plan: Plan; years: number | null }) {
  return (
    <section class="plan-move" data-move={move} aria-labelledby={`move-${move}`}>
      <h3 id={`move-${move}`}>
        {move === 1 ? `One move from ${plan.role.name}` : `${move === 2 ? "Two" : "Three"} moves from ${plan.role.name}`}{" "}
        <span class="muted">({steps.length === 1 ? "1 step" : `${steps.length} steps`})</span>
      </h3>
      {steps.length === 0 ? <p class="status">No article names a step up from the roles reached on the move before.</p> : null}
      {steps.map((s) => (
        <PlanStepCard key={stepId(s)} step={s} plan={plan} years={years} />
      ))}
    </section>
  );
}

function PlanStepCard({ step, plan, years }: { step: PlanStep; plan: Plan; years: number | null }) {
  const sources = useSources();
  const { edge, from, route } = step;
  return (
    <article
      class="plan-step"
      id={stepId(step)}
      tabIndex={-1}
      data-move={step.move}
      data-from={from.slug}
      data-to={edge.to.slug}
      data-support={edge.support}
      data-route={[...route.map((r) => r.slug), edge.to.slug].join(">")}
      aria-labelledby={`${stepId(step)}-h`}
    >
      <h4 id={`${stepId(step)}-h`}>
        {from.name} → <a href={routeHash("role", {}, edge.to.slug)}>{edge.to.name}</a> <AlsoCalled step={edge} />{" "}
        <span class="support">
          {edge.support} of {articles(sources.length)}
        </span>
      </h4>
      {step.move > 1 ? (
        <p class="route muted">
          One route: {[...route.map((r) => r.name), edge.to.name].join(" → ")} ·{" "}
          <a href={routeHash("paths", { from: plan.role.name, to: edge.to.name })}>every route to {edge.to.name}</a>
        </p>
      ) : null}
      {step.reachedOn !== null ? (
        <p class="reached muted">
          {step.reachedOn === 0 ? `A step back to ${plan.role.name}.` : `${edge.to.name} is also ${movesWord(step.reachedOn)} away.`}
        </p>
      ) : null}
      <ul class="plan-sources">
        {edge.claims.map((c) => (
          <SourceSays key={`${c.source.id}:${c.kind}`} claim={c} step={step} years={years} />
        ))}
      </ul>
      <LazySkills from={from.slug} to={edge.to.slug} toName={edge.to.name} />
    </article>
  );
}

/** A quote, short: the words in quotation marks, and a link into the article at them. */
function Cited({ evidence, backs, class: cls }: { evidence: Evidence; backs: string; class: string }) {
  return (
    <span class={`cited ${cls}`} data-source={evidence.source.id} data-start={evidence.start} data-end={evidence.end}>
      <q>{evidence.quote}</q> <ReaderLink evidence={evidence} label={backs} text="in the article" />
    </span>
  );
}

/** One article's word on one step: how it says it, the readiness signs, the years it gives and the salary change, each quoted. */
function SourceSays({ claim, step, years }: { claim: Claim; step: PlanStep; years: number | null }) {
  const source = claim.source.id;
  const to = step.edge.to;
  const fromDef = step.from.definitions.find((d) => d.source.id === source);
  const toDef = to.definitions.find((d) => d.source.id === source);
  const yoe = toDef?.yearsOfExperience;
  const salary = salaryChange(fromDef?.salaryUsd, toDef?.salaryUsd);
  const verdict = years !== null && yoe ? yearsVerdict(years, yoe) : null;
  const fromSalary = fromDef?.salaryEvidence ? readFragment(EvidenceFields, fromDef.salaryEvidence) : null;
  const toSalary = toDef?.salaryEvidence ? readFragment(EvidenceFields, toDef.salaryEvidence) : null;
  return (
    <li data-source={source} data-kind={claim.kind}>
      <p class="says">
        <SourceName id={source} /> <span class={`kind ${claim.kind === "EXPLICIT" ? "stated" : "implied"}`}>{kindWords(claim.kind)}</span>
        {claim.track ? <span class="muted"> ({TRACK_LONG[claim.track]} track)</span> : null}:{" "}
        <Cited evidence={readFragment(EvidenceFields, claim.evidence)} backs={`step up to ${to.name}`} class="claim-quote" />
      </p>
      <dl>
        <div>
          <dt>readiness signs</dt>
          <dd>{claim.readinessSigns.length === 0 ? <span class="none">none listed</span> : <Signs claim={claim} to={to.name} />}</dd>
        </div>
        <div>
          <dt>years for {to.name}</dt>
          <dd class="years" data-years={yoe?.text ?? ""}>
            {yoe ? (
              <>
                <strong>{yoe.text}</strong>
                {verdict ? (
                  <span class="verdict">
                    {" "}
                    — with {years} years, {verdict}
                  </span>
                ) : null}
                <br />
                <Cited evidence={readFragment(EvidenceFields, yoe.evidence)} backs={`years for ${to.name}`} class="years-quote" />
              </>
            ) : (
              <span class="none">not stated</span>
            )}
          </dd>
        </div>
        <div>
          <dt>salary change</dt>
          <dd class="salary" data-from-usd={fromDef?.salaryUsd ?? ""} data-to-usd={toDef?.salaryUsd ?? ""}>
            {salary ? (
              <>
                <strong>{salary}</strong>
                <br />
                {fromSalary ? <Cited evidence={fromSalary} backs={`salary of ${step.from.name}`} class="salary-quote" /> : null}{" "}
                {toSalary ? <Cited evidence={toSalary} backs={`salary of ${to.name}`} class="salary-quote" /> : null}
              </>
            ) : (
              <span class="none">not stated (the article gives no salary for both roles)</span>
            )}
          </dd>
        </div>
      </dl>
    </li>
  );
}

const SIGNS_SHOWN = 2;

/** The readiness signs an article lists for the step, each its own quote; past the first two, folded. */
function Signs({ claim, to }: { claim: Claim; to: string }) {
  const item = (s: Claim["readinessSigns"][number]) => {
    const e = readFragment(EvidenceFields, s.evidence);
    return (
      <li key={e.start} class="sign" data-source={e.source.id} data-start={e.start} data-end={e.end}>
        <q>{s.sign}</q> <ReaderLink evidence={e} label={`a sign of readiness for ${to}`} text="in the article" />
      </li>
    );
  };
  const shown = claim.readinessSigns.slice(0, SIGNS_SHOWN);
  const more = claim.readinessSigns.slice(SIGNS_SHOWN);
  return (
    <>
      <ul class="signs">{shown.map(item)}</ul>
      {more.length ? (
        <details class="more-signs">
          <summary>
            {more.length} more sign{more.length === 1 ? "" : "s"}
          </summary>
          <ul class="signs">{more.map(item)}</ul>
        </details>
      ) : null}
    </>
  );
}

/** The skills gained on the step (skillGap), asked only when opened: a plan has a dozen steps. */
function LazySkills({ from, to, toName }: { from: string; to: string; toName: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details class="plan-skills" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>Skills {toName} needs that the articles do not tie to the role before it</summary>
      {open ? <Skills from={from} to={to} toName={toName} /> : null}
    </details>
  );
}
