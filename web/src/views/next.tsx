import { type FragmentOf, readFragment } from "gql.tada";
import { graphiqlLink, type ResultOf } from "../graphql.ts";
import { EmptyBecause } from "../parts/emptyReason.tsx";
import { Quote, ReaderLink } from "../parts/evidence.tsx";
import { money, TRACK_LONG } from "../parts/labels.ts";
import { articles, SourceName, titleOf, useSources } from "../parts/sources.tsx";
import { Loaded, QueryLink } from "../parts/status.tsx";
import { useQuery } from "../parts/useQuery.ts";
import { EvidenceFields, type NextQuery, SkillGapQuery } from "../queries.ts";
import { routeHash } from "../route.ts";

export type Next = ResultOf<typeof NextQuery>;
export type Step = Next["next"]["steps"][number];
export type Claim = Step["claims"][number];

/** How a source says it: a sentence states the step, or its ladder's order implies it. */
export function kindWords(kind: string): string {
  return kind === "EXPLICIT" ? "says so" : "implied by the article's order";
}

/**
 * What comes next: each role one step up (nextRoles, best supported first), and each article that
 * names the step — stated in a sentence or implied by its ladder's order — its sentence one click away.
 */
export function NextSteps({ data }: { data: Next }) {
  const sources = useSources();
  const role = data.role;
  if (!role) return null;
  const stepping = new Set(data.next.steps.flatMap((s) => s.sources.map((x) => x.id)));
  const tops = role.definitions.filter((d) => d.rank !== null && !stepping.has(d.source.id)).map((d) => d.source.id);
  return (
    <section class="next" aria-labelledby="next-heading">
      <h3 id="next-heading">What comes after {role.name}</h3>
      {data.next.steps.length === 0 ? (
        <div class="status" role="status">
          <EmptyBecause reason={data.next.emptyBecause} from={role.name} />
          {tops.length ? <p>It tops the ladder of {tops.map((id) => titleOf(sources, id)).join(", ")}.</p> : null}
        </div>
      ) : (
        <ol class="next-roles">
          {data.next.steps.map((step) => (
            <li
              key={step.to.slug}
              class="next-role"
              data-role={step.to.slug}
              data-roles={step.toRoles.map((r) => r.slug).join(" ")}
              data-support={step.support}
            >
              <p class="next-name">
                <a href={routeHash("role", {}, step.to.slug)}>{step.to.name}</a> <AlsoCalled step={step} />{" "}
                <span class="support">
                  {step.support} of {articles(sources.length)}
                </span>
              </p>
              <ul class="who">
                {step.claims.map((c) => (
                  <Who key={`${c.source.id}:${c.kind}`} claim={c} to={step.to.name} />
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {data.next.steps.length && tops.length ? (
        <p class="muted tops">
          {tops.map((id) => titleOf(sources, id)).join(", ")} end{tops.length === 1 ? "s" : ""} {tops.length === 1 ? "its" : "their"} ladder
          {tops.length === 1 ? "" : "s"} at {role.name}.
        </p>
      ) : null}
    </section>
  );
}

/** The step's other titles: where each article asserting it names the target by two titles (its SAME_AS), one step. */
export function AlsoCalled({ step }: { step: Pick<Step, "to" | "toRoles"> }) {
  const others = step.toRoles.filter((r) => r.slug !== step.to.slug);
  if (others.length === 0) return null;
  return (
    <span class="also-called" data-roles={step.toRoles.map((r) => r.slug).join(" ")}>
      (also called {others.map((r) => r.name).join(", ")})
    </span>
  );
}

/** One article's word for a step: who, how (stated or implied), and its sentence behind one click. */
function Who({ claim, to }: { claim: Claim; to: string }) {
  return (
    <li data-source={claim.source.id} data-kind={claim.kind}>
      <details>
        <summary>
          <SourceName id={claim.source.id} />{" "}
          <span class={`kind ${claim.kind === "EXPLICIT" ? "stated" : "implied"}`}>{kindWords(claim.kind)}</span>
          {claim.track ? <span class="muted"> ({TRACK_LONG[claim.track]} track)</span> : null}
        </summary>
        {claim.kind === "EXPLICIT" ? null : (
          <p class="muted implied-note">The article states no such step; {to} is the next heading up its ladder:</p>
        )}
        <Quote evidence={claim.evidence} backs={`step up to ${to}`} />
      </details>
    </li>
  );
}

/** Salary change the article gives between the two roles, when it gives both figures. */
export function salaryChange(from: number | null | undefined, to: number | null | undefined): string | null {
  if (from == null || to == null) return null;
  const d = to - from;
  return `${money(from)} → ${money(to)} (${d >= 0 ? "+" : "−"}${money(Math.abs(d))}, ${d >= 0 ? "+" : "−"}${Math.round((Math.abs(d) / from) * 100)}%)`;
}

/**
 * What each step takes, per article: the readiness signs it lists, the years it gives for the next
 * role, the salary change it implies, and the skills the next role needs that this one does not.
 */
export function WhatItTakes({ data }: { data: Next }) {
  const role = data.role;
  if (!role || data.next.steps.length === 0) return null;
  return (
    <section class="takes" aria-labelledby="takes-heading">
      <h3 id="takes-heading">What each step takes</h3>
      {data.next.steps.map((step) => (
        <details key={step.to.slug} class="take" data-role={step.to.slug}>
          <summary>
            <strong>
              {role.name} → {step.to.name}
            </strong>{" "}
            <span class="muted">readiness signs, years, salary and skills, by article</span>
          </summary>
          <ul class="per-source">
            {step.claims.map((c) => (
              <PerSource key={c.source.id} claim={c} step={step} from={role} />
            ))}
          </ul>
          <Skills from={role.slug} to={step.to.slug} toName={step.to.name} />
        </details>
      ))}
    </section>
  );
}

function PerSource({ claim, step, from }: { claim: Claim; step: Step; from: NonNullable<Next["role"]> }) {
  const source = claim.source.id;
  const fromDef = from.definitions.find((d) => d.source.id === source);
  const toDef = step.to.definitions.find((d) => d.source.id === source);
  const salary = salaryChange(fromDef?.salaryUsd, toDef?.salaryUsd);
  const years = toDef?.yearsOfExperience;
  const cite = (e: FragmentOf<typeof EvidenceFields>, backs: string) => (
    <ReaderLink evidence={readFragment(EvidenceFields, e)} label={backs} text="the sentence" />
  );
  return (
    <li data-source={source}>
      <h4>
        <SourceName id={source} />
      </h4>
      <dl>
        <div>
          <dt>readiness signs</dt>
          <dd>
            {claim.readinessSigns.length === 0 ? (
              "none listed"
            ) : (
              <ul class="signs">
                {claim.readinessSigns.map((s) => (
                  <li key={s.sign}>
                    <q>{s.sign}</q> {cite(s.evidence, `a sign of readiness for ${step.to.name}`)}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>years for {step.to.name}</dt>
          <dd>
            {years ? (
              <>
                {years.text} {cite(years.evidence, `years for ${step.to.name}`)}
              </>
            ) : (
              "not stated"
            )}
          </dd>
        </div>
        <div>
          <dt>salary change</dt>
          <dd>
            {salary ? (
              <>
                {salary} {fromDef?.salaryEvidence ? cite(fromDef.salaryEvidence, `salary of ${from.name}`) : null}{" "}
                {toDef?.salaryEvidence ? cite(toDef.salaryEvidence, `salary of ${step.to.name}`) : null}
              </>
            ) : (
              "not stated (the article gives no salary for both roles)"
            )}
          </dd>
        </div>
      </dl>
    </li>
  );
}

export function Skills({ from, to, toName }: { from: string; to: string; toName: string }) {
  const state = useQuery(SkillGapQuery, { from, to });
  return (
    <div class="skills">
      <h4>
        Skills gained <QueryLink href={graphiqlLink(SkillGapQuery, { from, to })} label="skillGap" />
      </h4>
      <Loaded state={state} what="the skills">
        {(data) =>
          data.skillGap.missing.length === 0 ? (
            <p>No article ties a skill to {toName} that it does not already tie to this role.</p>
          ) : (
            <ul class="skill-list">
              {data.skillGap.missing.map((m) => (
                <li key={m.skill.slug} data-skill={m.skill.slug}>
                  <strong>{m.skill.name}</strong> —{" "}
                  {m.evidence.map((e, i) => {
                    const ev = readFragment(EvidenceFields, e);
                    return (
                      <span key={`${ev.source.id}:${ev.start}`}>
                        {i ? "; " : ""}
                        <SourceName id={ev.source.id} /> (
                        <ReaderLink evidence={ev} label={`${m.skill.name} for ${toName}`} text="the sentence" />)
                      </span>
                    );
                  })}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </div>
  );
}
