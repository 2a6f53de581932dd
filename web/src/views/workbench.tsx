import { useMemo, useState } from "preact/hooks";
import { OutageError, QueryError, type ResultOf, runPost } from "../graphql.ts";
import { AddSourceMutation, DraftClaimsQuery } from "../queries.ts";

/**
 * The claim workbench: an article pasted in is drafted by `draftClaims` (which writes nothing);
 * its text is shown with every drafted quote marked by kind; a curator accepts or rejects each
 * draft, downloads the accepted ones as a claims file, or publishes them with `addSource`, which
 * needs the admin token. The token lives only in this component's state: never stored, sent only
 * as the Authorization header of the publishing request.
 */

type Draft = ResultOf<typeof DraftClaimsQuery>["draftClaims"];
type Span = { text: string; start: number; end: number };

/** The claim kinds as the API lists them, with the claims file's section each one fills. */
const KINDS = [
  { key: "definitions", section: "roles", label: "Definitions (the ladder's rungs)" },
  { key: "promotions", section: "promotions", label: "Promotions" },
  { key: "identities", section: "identities", label: "Identities" },
  { key: "mentions", section: "mentions", label: "Mentions" },
  { key: "responsibilities", section: "responsibilities", label: "Responsibilities" },
  { key: "skills", section: "skills", label: "Skills" },
  { key: "nonPromotions", section: "nonPromotions", label: "Steps that do not happen" },
  { key: "readiness", section: "readiness", label: "Readiness signs" },
  { key: "bands", section: "bands", label: "Bands" },
  { key: "management", section: "management", label: "Management scope" },
  { key: "relativeRanks", section: "relativeRanks", label: "Relative ranks" },
  { key: "outsideRoles", section: "outsideRoles", label: "Outside roles" },
] as const;
type KindKey = (typeof KINDS)[number]["key"];

interface Item {
  kind: KindKey;
  index: number;
  /** `kind:index`: the decision's key. */
  key: string;
  summary: string;
  confidence: number;
  reason: string;
  spans: Span[];
}

type Decision = "accepted" | "rejected";

/** Every drafted claim of the draft, kind by kind, in the API's (and the claims file's) order. */
function itemsOf(d: Draft): Item[] {
  const out: Item[] = [];
  const add = (kind: KindKey, list: readonly { confidence: number; reason: string }[], show: (c: never) => [string, Span[]]) =>
    list.forEach((c, index) => {
      const [summary, spans] = show(c as never);
      out.push({ kind, index, key: `${kind}:${index}`, summary, confidence: c.confidence, reason: c.reason, spans });
    });
  type D<K extends KindKey> = Draft[K][number];
  add("definitions", d.definitions, (c: D<"definitions">) => [
    `${c.role} · rung ${c.rank ?? "off the ladder"}${c.years ? ` · ${c.years.text}` : ""}${c.salaryUsd ? ` · $${c.salaryUsd.amount}` : ""}`,
    [c.title, c.summary, ...(c.years ? [c.years.quote] : []), ...(c.salaryUsd ? [c.salaryUsd.quote] : [])],
  ]);
  add("promotions", d.promotions, (c: D<"promotions">) => [`${c.from} → ${c.to} (${c.kind}${c.track ? `, ${c.track}` : ""})`, [c.quote]]);
  add("identities", d.identities, (c: D<"identities">) => [`${c.role} ${c.kind === "SAME_AS" ? "=" : "and"} ${c.other}`, [c.quote]]);
  add("mentions", d.mentions, (c: D<"mentions">) => [`${c.role} (“${c.title}”)`, [c.quote]]);
  add("responsibilities", d.responsibilities, (c: D<"responsibilities">) => [c.role, [c.quote]]);
  add("skills", d.skills, (c: D<"skills">) => [`${c.skill}${c.role ? ` · ${c.role}` : ""}`, [c.quote]]);
  add("nonPromotions", d.nonPromotions, (c: D<"nonPromotions">) => [`${c.from ?? "outside"} ↛ ${c.to}`, [c.quote]]);
  add("readiness", d.readiness, (c: D<"readiness">) => [`${c.from} → ${c.to}`, [c.quote]]);
  add("bands", d.bands, (c: D<"bands">) => [`${c.role} · ${c.band} (${c.level})`, [c.quote]]);
  add("management", d.management, (c: D<"management">) => [`${c.role} · ${c.scope}`, [c.quote]]);
  add("relativeRanks", d.relativeRanks, (c: D<"relativeRanks">) => [`${c.role} ${c.relation} ${c.other}`, [c.quote]]);
  add("outsideRoles", d.outsideRoles, (c: D<"outsideRoles">) => [`${c.role} ${c.relation} ${c.outsider}`, [c.quote]]);
  return out;
}

/**
 * The accepted claims as a claims file: the API's `claimsYaml` (the whole draft, each claim under
 * its comment) with every claim not accepted taken out of its section. The schema gives a YAML for
 * the whole draft only; cutting that file keeps every field the drafter wrote, including those the
 * typed claims do not expose.
 */
export async function acceptedYaml(d: Draft, accepted: (kind: KindKey, index: number) => boolean): Promise<string> {
  // Loaded when first needed: the explorer's other views do not carry the YAML library.
  const { isSeq, parseDocument } = await import("yaml");
  const doc = parseDocument(d.claimsYaml);
  for (const { key, section } of KINDS) {
    const seq = doc.get(section, true);
    if (!isSeq(seq)) continue;
    // The first claim's comment is parsed as the section's: each claim's comment is moved along with it.
    const comments = seq.items.map((item, i) => (i === 0 ? seq.commentBefore : (item as { commentBefore?: string }).commentBefore));
    const kept = seq.items
      .map((item, i) => ({ item: item as { commentBefore?: string | undefined }, i }))
      .filter(({ i }) => accepted(key, i));
    seq.items = kept.map(({ item }) => item);
    seq.commentBefore = kept[0] ? comments[kept[0].i] : undefined;
    if (kept[0]) kept[0].item.commentBefore = undefined;
    if (seq.items.length === 0) seq.flow = true;
  }
  return doc.toString({ lineWidth: 0 });
}

/** The article's text, every drafted span marked with its kind (where spans overlap, the shortest wins). */
function MarkedText({ text, items }: { text: string; items: Item[] }) {
  const spans = items.flatMap((it) => it.spans.map((s) => ({ ...s, kind: it.kind })));
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])]
    .filter((n) => n >= 0 && n <= text.length)
    .sort((a, b) => a - b);
  const parts = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] as number;
    const to = cuts[i + 1] as number;
    const covering = spans.filter((s) => s.start <= from && s.end >= to);
    const chunk = text.slice(from, to);
    if (covering.length === 0) {
      parts.push(chunk);
      continue;
    }
    const best = covering.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
    parts.push(
      <mark key={from} class={`k-${best.kind}`} data-kind={best.kind} data-start={from} data-end={to}>
        {chunk}
      </mark>,
    );
  }
  return <div class="article-text workbench-text">{parts}</div>;
}

function errorText(error: unknown): string {
  if (error instanceof QueryError) return `${error.message}${error.code ? ` (${error.code})` : ""}`;
  if (error instanceof OutageError) return error.message;
  return String(error);
}

export function WorkbenchView() {
  const [text, setText] = useState("");
  const [id, setId] = useState("");
  const [token, setToken] = useState("");
  const [draft, setDraft] = useState<{ draft: Draft; text: string } | null>(null);
  const [busy, setBusy] = useState<"" | "drafting" | "publishing">("");
  const [error, setError] = useState("");
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const [threshold, setThreshold] = useState("0.7");
  const [published, setPublished] = useState<ResultOf<typeof AddSourceMutation>["addSource"] | null>(null);
  const [publishError, setPublishError] = useState("");

  const items = useMemo(() => (draft ? itemsOf(draft.draft) : []), [draft]);
  const accepted = items.filter((it) => decisions[it.key] === "accepted");
  const yaml = () =>
    draft ? acceptedYaml(draft.draft, (kind, index) => decisions[`${kind}:${index}`] === "accepted") : Promise.resolve("");

  async function runDraft(e: Event) {
    e.preventDefault();
    setBusy("drafting");
    setError("");
    setPublished(null);
    setPublishError("");
    try {
      const data = await runPost(DraftClaimsQuery, { text, id: id.trim() });
      setDraft({ draft: data.draftClaims, text });
      setDecisions({});
    } catch (err) {
      setDraft(null);
      setError(errorText(err));
    } finally {
      setBusy("");
    }
  }

  async function publish() {
    if (!draft || !token) return;
    setBusy("publishing");
    setPublishError("");
    try {
      const data = await runPost(
        AddSourceMutation,
        { id: draft.draft.id, text: draft.text, claims: await yaml() },
        { authorization: `Bearer ${token}` },
      );
      setPublished(data.addSource);
    } catch (err) {
      setPublishError(errorText(err));
    } finally {
      setBusy("");
    }
  }

  async function download() {
    if (!draft) return;
    const url = URL.createObjectURL(new Blob([await yaml()], { type: "application/yaml" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = `${draft.draft.id}.yaml`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  const decide = (key: string, d: Decision) => setDecisions((old) => ({ ...old, [key]: d }));
  const bar = Number.parseFloat(threshold);
  const acceptAbove = () => {
    if (!Number.isFinite(bar)) return;
    setDecisions((old) => {
      const next = { ...old };
      for (const it of items) if (it.confidence >= bar) next[it.key] = "accepted";
      return next;
    });
  };

  const d = draft?.draft;
  return (
    <section class="workbench" aria-labelledby="workbench-heading">
      <div class="view-head">
        <h2 id="workbench-heading">Claim workbench</h2>
        <p class="muted">
          Paste an article, draft its claims (nothing is written), accept or reject each, then download the claims file or publish it as a
          new source.
        </p>
      </div>
      <form class="workbench-form" onSubmit={runDraft}>
        <label for="wb-id">Source id (a file stem, e.g. 005_my_article)</label>
        <input id="wb-id" name="id" required value={id} onInput={(e) => setId(e.currentTarget.value)} autocomplete="off" />
        <label for="wb-text">Article text</label>
        <textarea id="wb-text" name="text" required rows={12} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <button type="submit" disabled={busy !== ""}>
          {busy === "drafting" ? "Drafting…" : "Draft"}
        </button>
      </form>
      {error ? (
        <p class="status error" role="alert">
          No draft: {error}
        </p>
      ) : null}
      {d && draft ? (
        <>
          <p class="status" role="status">
            Drafted {items.length} claims in {d.elapsedMs.toFixed(0)} ms; {accepted.length} accepted.
          </p>
          <div class="workbench-panes">
            <section class="workbench-article" aria-labelledby="wb-article-heading">
              <h3 id="wb-article-heading">The article, each drafted quote marked</h3>
              <ul class="workbench-legend" aria-label="Marks by kind">
                {KINDS.filter((k) => items.some((it) => it.kind === k.key)).map((k) => (
                  <li key={k.key}>
                    <mark class={`k-${k.key}`}>{k.label}</mark>
                  </li>
                ))}
              </ul>
              <MarkedText text={draft.text} items={items} />
            </section>
            <section class="workbench-drafts" aria-labelledby="wb-drafts-heading">
              <h3 id="wb-drafts-heading">Drafted claims</h3>
              <div class="accept-above">
                <label for="wb-threshold">Accept all with confidence at least</label>
                <input
                  id="wb-threshold"
                  type="number"
                  min="0"
                  max="1"
                  step="0.05"
                  value={threshold}
                  onInput={(e) => setThreshold(e.currentTarget.value)}
                />
                <button type="button" onClick={acceptAbove}>
                  Accept all above
                </button>
              </div>
              {KINDS.map((k) => {
                const list = items.filter((it) => it.kind === k.key);
                if (list.length === 0) return null;
                return (
                  <section key={k.key} class="draft-kind" data-kind={k.key}>
                    <h4>
                      {k.label} <span class="muted">({list.length})</span>
                    </h4>
                    <ol>
                      {list.map((it) => {
                        const state = decisions[it.key];
                        return (
                          <li key={it.key} class={`draft-claim ${state ?? "undecided"}`} data-key={it.key} data-confidence={it.confidence}>
                            <p class="draft-what">
                              <mark class={`k-${it.kind}`}>{it.summary}</mark>
                            </p>
                            <p class="draft-quote">“{it.spans[0]?.text}”</p>
                            <p class="draft-why muted">
                              confidence {it.confidence.toFixed(2)} · {it.reason}
                            </p>
                            <div class="draft-actions">
                              <button type="button" aria-pressed={state === "accepted"} onClick={() => decide(it.key, "accepted")}>
                                Accept<span class="visually-hidden"> {it.summary}</span>
                              </button>
                              <button type="button" aria-pressed={state === "rejected"} onClick={() => decide(it.key, "rejected")}>
                                Reject<span class="visually-hidden"> {it.summary}</span>
                              </button>
                            </div>
                          </li>
                        );
                      })}
                    </ol>
                  </section>
                );
              })}
              {d.proposedRoles.length > 0 || d.proposedSkills.length > 0 ? (
                <section class="draft-kind proposed">
                  <h4>Proposed catalogue entries</h4>
                  <p class="muted">Titles and skills the catalogue does not know: add them to seed/catalog/ before publishing.</p>
                  <ul>
                    {d.proposedRoles.map((r) => (
                      <li key={r.id}>
                        role <code>{r.id}</code> “{r.name}”: {r.reason}
                      </li>
                    ))}
                    {d.proposedSkills.map((s) => (
                      <li key={s.id}>
                        skill <code>{s.id}</code> “{s.name}” ({s.kind})
                      </li>
                    ))}
                  </ul>
                </section>
              ) : null}
              <section class="draft-kind problems" aria-labelledby="wb-problems-heading">
                <h4 id="wb-problems-heading">The validator on the whole draft</h4>
                {d.problems.length === 0 ? (
                  <p class="workbench-valid">No problems: the whole draft would load as it is.</p>
                ) : (
                  <ul class="workbench-problems">
                    {d.problems.map((p, i) => (
                      <li key={i}>
                        {p.claim ? <code>{p.claim}</code> : null} {p.message}
                        {p.quote ? <span class="muted"> (“{p.quote}”)</span> : null}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            </section>
          </div>
          <section class="workbench-out" aria-labelledby="wb-out-heading">
            <h3 id="wb-out-heading">Download or publish the {accepted.length} accepted claims</h3>
            <p>
              <button type="button" onClick={download}>
                Download YAML
              </button>{" "}
              <span class="muted">
                {d.id}.yaml for seed/claims/: the drafter’s file with the claims not accepted taken out, comments kept.
              </span>
            </p>
            <div class="publish">
              <label for="wb-token">Admin token (kept in this page’s memory only)</label>
              <input id="wb-token" type="password" autocomplete="off" value={token} onInput={(e) => setToken(e.currentTarget.value)} />
              <button
                type="button"
                class="publish-button"
                disabled={!token || busy !== "" || accepted.length === 0}
                aria-describedby="wb-publish-why"
                onClick={publish}
              >
                {busy === "publishing" ? "Publishing…" : "Publish"}
              </button>
              <p id="wb-publish-why" class="muted">
                {token
                  ? accepted.length === 0
                    ? "Accept at least one claim to publish."
                    : `Publishes ${d.id} with addSource: all or nothing, validated as seed:check validates.`
                  : "Publishing needs the admin token (LADDERGRAPH_ADMIN_TOKEN); drafting and downloading do not."}
              </p>
            </div>
            {publishError ? (
              <p class="status error" role="alert">
                Not published: {publishError}
              </p>
            ) : null}
            {published ? (
              <p class="status published" role="status">
                Published {published.source.id}: {published.nodesAdded} nodes and {published.relationshipsAdded} relationships added.{" "}
                <a href="#/ladders">See it on the ladders</a>.
              </p>
            ) : null}
          </section>
        </>
      ) : null}
    </section>
  );
}
