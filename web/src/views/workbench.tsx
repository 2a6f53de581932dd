import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { OutageError, QueryError, type ResultOf, runPost, runQuery } from "../graphql.ts";
import { AddSourceMutation, DraftClaimsQuery, PreviewSourceQuery, WorkbenchCatalogueQuery } from "../queries.ts";
import { routeHash } from "../route.ts";
import { type Choice, ClaimForm, type JsonSchema } from "./claimForm.tsx";
import {
  type AddedClaim,
  claimsNaming,
  claimsYamlOf,
  type Decision,
  type Draft,
  type Edits,
  type Item,
  itemsOf,
  KINDS,
  noEdits,
  type Span,
} from "./workbenchClaims.ts";

/**
 * The claim workbench: an article pasted in is drafted by `draftClaims` (which writes nothing);
 * its text is shown with every drafted quote marked by kind; a curator accepts or rejects each
 * draft, downloads the accepted ones as a claims file, or publishes them with `addSource`, which
 * needs the admin token. The token lives only in this component's state: never stored, sent only
 * as the Authorization header of the publishing request.
 */

/** The article's text, every drafted span marked with its kind (where spans overlap, the shortest wins). */
function MarkedText({ text, items, containerRef }: { text: string; items: Item[]; containerRef: { current: HTMLDivElement | null } }) {
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
  return (
    <div class="article-text workbench-text" ref={containerRef}>
      {parts}
    </div>
  );
}

function errorText(error: unknown): string {
  if (error instanceof QueryError) return `${error.message}${error.code ? ` (${error.code})` : ""}`;
  if (error instanceof OutageError) return error.message;
  return String(error);
}

/** The span of the page's selection inside `container`, trimmed of white space; null when the selection is elsewhere or empty. */
function selectedSpan(container: HTMLElement, text: string): Span | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  // The container's text is the article's, mark by mark: a position's offset is the length of the text before it.
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  let start = before.toString().length;
  let end = start + range.toString().length;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return end > start ? { start, end, text: text.slice(start, end) } : null;
}

type Preview = ResultOf<typeof PreviewSourceQuery>["previewSource"];
type Catalogue = { roles: Choice[]; skills: Choice[]; schemas: Map<string, JsonSchema> };

function ProblemList({ problems }: { problems: Preview["problems"] }) {
  return (
    <ul class="workbench-problems">
      {problems.map((p, i) => (
        <li key={i}>
          {p.claim ? <code>{p.claim}</code> : null} {p.message}
          {p.quote ? <span class="muted"> (“{p.quote}”)</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** The article's ladder and the conflicts it would take part in, as previewSource computes them. */
function PreviewPanel({ preview, id }: { preview: Preview; id: string }) {
  return (
    <>
      <h4 id="wb-ladder-heading">The article’s ladder</h4>
      {preview.ladder.length === 0 ? (
        <p class="muted">No rungs: accept or add role definitions, and clear the problems above.</p>
      ) : (
        <ol class="preview-ladder" aria-labelledby="wb-ladder-heading">
          {[...preview.ladder].reverse().map((rung) => (
            <li key={rung.rank ?? "off"} data-rank={rung.rank ?? ""}>
              <span class="muted">{rung.rank === null ? "off the ladder" : `rung ${rung.rank}`}</span>{" "}
              {rung.roles.map((r, i) => (
                <span key={r.role} class="preview-role" data-role={r.role}>
                  {i > 0 ? " · " : ""}
                  {r.title}
                  {r.title !== r.name ? <span class="muted"> ({r.name})</span> : null}
                  {r.track ? <span class="muted"> [{r.track === "MANAGEMENT" ? "management" : "IC"}]</span> : null}
                </span>
              ))}
            </li>
          ))}
        </ol>
      )}
      <h4 id="wb-conflicts-heading">Conflicts it would take part in ({preview.conflicts.length})</h4>
      {preview.conflicts.length === 0 ? (
        <p class="muted">None: on every role it names, it agrees with the sources published, or no conflict rule applies.</p>
      ) : (
        <ul class="preview-conflicts" aria-labelledby="wb-conflicts-heading">
          {preview.conflicts.map((c) => (
            <li key={`${c.role}/${c.aspect}`} data-role={c.role} data-aspect={c.aspect} data-new={c.isNew ? "true" : "false"}>
              <strong>{c.isNew ? "New: " : "Joins: "}</strong>
              <a href={routeHash("role", { aspect: c.aspect }, c.role)}>{c.role}</a> · {c.aspect.toLowerCase().replaceAll("_", " ")} — this
              article:{" "}
              {c.positions
                .filter((p) => p.sources.includes(id))
                .map((p) => p.value)
                .join("; ")}
              ; others:{" "}
              {c.positions
                .filter((p) => !p.sources.includes(id))
                .map((p) => `${p.value} (${p.sources.join(", ")})`)
                .join("; ") || "none"}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function WorkbenchView() {
  const [text, setText] = useState("");
  const [id, setId] = useState("");
  const [token, setToken] = useState("");
  const [draft, setDraft] = useState<{ draft: Draft; text: string } | null>(null);
  const [busy, setBusy] = useState<"" | "drafting" | "publishing">("");
  const [error, setError] = useState("");
  const [edits, setEdits] = useState<Edits>(noEdits);
  const [threshold, setThreshold] = useState("0.7");
  const [published, setPublished] = useState<ResultOf<typeof AddSourceMutation>["addSource"] | null>(null);
  const [publishError, setPublishError] = useState("");
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null);
  const [selection, setSelection] = useState<Span | null>(null);
  const [preview, setPreview] = useState<{ state: "checking" | "done" | "failed"; preview?: Preview; error?: string; checks: number }>({
    state: "checking",
    checks: 0,
  });
  const textRef = useRef<HTMLDivElement | null>(null);

  const items = useMemo(() => (draft ? itemsOf(draft.draft, edits) : []), [draft, edits]);
  const decisions = edits.decisions;
  const accepted = items.filter((it) => decisions[it.key] === "accepted");
  const yaml = () => (draft ? claimsYamlOf(draft.draft, draft.text, edits) : Promise.resolve(""));
  const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};

  // The catalogue's roles and skills and the kinds' entry schemas, once: the pickers and the add-a-claim form.
  useEffect(() => {
    runQuery(WorkbenchCatalogueQuery)
      .then((data) =>
        setCatalogue({
          roles: data.roles.edges.map((e) => ({ id: e.node.slug, label: `${e.node.name} (${e.node.slug})` })),
          skills: data.skills.edges.map((e) => ({ id: e.node.slug, label: e.node.name })),
          schemas: new Map(data.claimKinds.map((k) => [k.section, JSON.parse(k.schema) as JsonSchema])),
        }),
      )
      .catch(() => setCatalogue({ roles: [], skills: [], schemas: new Map() }));
  }, []);

  // The selection inside the article's text: what a new claim or a re-anchored quote is made from.
  useEffect(() => {
    const onChange = () => {
      const container = textRef.current;
      if (!container || !draft) return;
      const span = selectedSpan(container, draft.text);
      if (span) setSelection(span);
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [draft]);

  // Live validation: every change is checked by previewSource (addSource's validator, writing nothing), the latest answer shown.
  const generation = useRef(0);
  useEffect(() => {
    if (!draft) return;
    const mine = ++generation.current;
    setPreview((p) => ({ ...p, state: "checking" }));
    const timer = setTimeout(async () => {
      try {
        const claims = await claimsYamlOf(draft.draft, draft.text, edits);
        const data = await runPost(PreviewSourceQuery, { id: draft.draft.id, text: draft.text, claims }, auth);
        if (mine === generation.current) setPreview((p) => ({ state: "done", preview: data.previewSource, checks: p.checks + 1 }));
      } catch (err) {
        if (mine === generation.current) setPreview((p) => ({ state: "failed", error: errorText(err), checks: p.checks + 1 }));
      }
    }, 250);
    return () => clearTimeout(timer);
    // `auth` follows the token: a large article's check needs the token's larger body limit.
  }, [draft, edits, token]);

  async function runDraft(e: Event) {
    e.preventDefault();
    setBusy("drafting");
    setError("");
    setPublished(null);
    setPublishError("");
    try {
      const data = await runPost(DraftClaimsQuery, { text, id: id.trim() });
      setDraft({ draft: data.draftClaims, text });
      setEdits(noEdits());
      setSelection(null);
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
      const data = await runPost(AddSourceMutation, { id: draft.draft.id, text: draft.text, claims: await yaml() }, auth);
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

  const decide = (key: string, d: Decision) => setEdits((old) => ({ ...old, decisions: { ...old.decisions, [key]: d } }));
  const remap = (from: string, to: string) => setEdits((old) => ({ ...old, renames: { ...old.renames, [from]: to } }));
  const anchor = (key: string, span: Span) => setEdits((old) => ({ ...old, anchors: { ...old.anchors, [key]: span } }));
  const addClaim = (claim: AddedClaim) =>
    setEdits((old) => ({
      ...old,
      added: [...old.added, claim],
      decisions: { ...old.decisions, [`added:${old.added.length}`]: "accepted" },
    }));
  const bar = Number.parseFloat(threshold);
  const acceptAbove = () => {
    if (!Number.isFinite(bar)) return;
    setEdits((old) => {
      const next = { ...old.decisions };
      for (const it of items) if (it.confidence >= bar && !it.added) next[it.key] = "accepted";
      return { ...old, decisions: next };
    });
  };

  const d = draft?.draft;
  const roleChoices: Choice[] = [
    ...(catalogue?.roles ?? []),
    ...(d?.proposedRoles ?? []).map((r) => ({ id: r.id, label: `${r.name} (${r.id}, proposed: not in the catalogue)` })),
  ];
  const live = preview.preview;
  const canPublish = Boolean(token) && busy === "" && accepted.length > 0 && preview.state === "done" && live?.publishable === true;
  return (
    <section class="workbench" aria-labelledby="workbench-heading">
      <div class="view-head">
        <h2 id="workbench-heading">Claim workbench</h2>
        <p class="muted">
          Paste an article, draft its claims (nothing is written), accept, correct or reject each, add the ones the drafter missed by
          selecting their words, then download the claims file or publish it as a new source.
        </p>
      </div>
      <div class="workbench-token">
        <label for="wb-token">Admin token, for Publish only (kept in this page’s memory, sent only with Publish and the checks)</label>
        <input id="wb-token" type="password" autocomplete="off" value={token} onInput={(e) => setToken(e.currentTarget.value)} />
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
            Drafted {items.filter((it) => !it.added).length} claims in {d.elapsedMs.toFixed(0)} ms; {accepted.length} accepted
            {edits.added.length ? `, ${edits.added.length} added` : ""}.
          </p>
          <div class="workbench-panes">
            <section class="workbench-article" aria-labelledby="wb-article-heading">
              <h3 id="wb-article-heading">The article, each drafted quote marked</h3>
              <p class="muted">Select words of the article to add a claim on them, or to re-anchor a claim’s quote.</p>
              <ul class="workbench-legend" aria-label="Marks by kind">
                {KINDS.filter((k) => items.some((it) => it.kind === k.key)).map((k) => (
                  <li key={k.key}>
                    <mark class={`k-${k.key}`}>{k.label}</mark>
                  </li>
                ))}
              </ul>
              <MarkedText text={draft.text} items={items} containerRef={textRef} />
            </section>
            <section class="workbench-drafts" aria-labelledby="wb-drafts-heading">
              <div class="selection-panel" aria-live="polite">
                {selection ? (
                  <>
                    <p class="selection-now" data-start={selection.start} data-end={selection.end}>
                      Selected (characters {selection.start}–{selection.end}): “{selection.text}”{" "}
                      <button type="button" onClick={() => setSelection(null)}>
                        Clear selection
                      </button>
                    </p>
                    {catalogue ? (
                      <ClaimForm
                        text={draft.text}
                        selection={selection}
                        schemas={catalogue.schemas}
                        roles={roleChoices}
                        skills={catalogue.skills}
                        onAdd={addClaim}
                      />
                    ) : null}
                  </>
                ) : (
                  <p class="muted">No selection: select words of the article to add a claim or re-anchor a quote.</p>
                )}
              </div>
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
                        const quote = it.spans[it.anchorAt] ?? it.spans[0];
                        const mappedTo = it.mapped ? (edits.renames[it.mapped.slug] ?? it.mapped.slug) : undefined;
                        return (
                          <li key={it.key} class={`draft-claim ${state ?? "undecided"}`} data-key={it.key} data-confidence={it.confidence}>
                            <p class="draft-what">
                              <mark class={`k-${it.kind}`}>{it.summary}</mark>
                              {it.added ? <span class="muted"> (added)</span> : null}
                            </p>
                            <p class="draft-quote" data-start={quote?.start} data-end={quote?.end}>
                              “{quote?.text}”{edits.anchors[it.key] ? <span class="muted"> (re-anchored)</span> : null}
                            </p>
                            <p class="draft-why muted">
                              confidence {it.confidence.toFixed(2)} · {it.reason}
                            </p>
                            {it.mapped && mappedTo ? (
                              <div class="draft-mapping">
                                <label for={`wb-map-${it.key}`}>“{it.mapped.title}” is the role</label>
                                <select
                                  id={`wb-map-${it.key}`}
                                  value={mappedTo}
                                  onChange={(e) => it.mapped && remap(it.mapped.slug, e.currentTarget.value)}
                                >
                                  {roleChoices.some((c) => c.id === mappedTo) ? null : <option value={mappedTo}>{mappedTo}</option>}
                                  {roleChoices.map((c) => (
                                    <option key={c.id} value={c.id}>
                                      {c.label}
                                    </option>
                                  ))}
                                </select>
                                {mappedTo !== it.mapped.slug ? (
                                  <span class="muted">
                                    {" "}
                                    drafted as {it.mapped.slug}; corrected in the {claimsNaming(d, it.mapped.slug)} claims naming it
                                  </span>
                                ) : null}
                              </div>
                            ) : null}
                            <div class="draft-actions">
                              <button type="button" aria-pressed={state === "accepted"} onClick={() => decide(it.key, "accepted")}>
                                Accept<span class="visually-hidden"> {it.summary}</span>
                              </button>
                              <button type="button" aria-pressed={state === "rejected"} onClick={() => decide(it.key, "rejected")}>
                                Reject<span class="visually-hidden"> {it.summary}</span>
                              </button>
                              <button
                                type="button"
                                class="anchor-button"
                                disabled={!selection}
                                onClick={() => selection && anchor(it.key, selection)}
                              >
                                Quote the selection<span class="visually-hidden"> for {it.summary}</span>
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
                  <p class="muted">
                    Titles and skills the catalogue does not know: map each title to a catalogue role above, or add the entry to
                    seed/catalog/ before publishing.
                  </p>
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
            </section>
          </div>
          <section
            class="workbench-check"
            aria-labelledby="wb-check-heading"
            aria-busy={preview.state === "checking"}
            data-state={preview.state}
            data-checks={preview.checks}
          >
            <h3 id="wb-check-heading">Before publishing: the validator, the ladder and the conflicts</h3>
            {preview.state === "failed" ? (
              <p class="status error">Not checked: {preview.error}</p>
            ) : live ? (
              <>
                {live.problems.length === 0 ? (
                  <p class="workbench-valid">
                    No problems: the {accepted.length} accepted claims would load as they are
                    {live.taken ? ", but a source of this id is published already (remove it first, or change the id)" : ""}.
                  </p>
                ) : (
                  <>
                    <p>
                      {live.problems.length} problem{live.problems.length === 1 ? "" : "s"} (the validator addSource and seed:check run):
                    </p>
                    <ProblemList problems={live.problems} />
                  </>
                )}
                <PreviewPanel preview={live} id={d.id} />
              </>
            ) : (
              <p class="muted">Checking…</p>
            )}
          </section>
          <section class="workbench-out" aria-labelledby="wb-out-heading">
            <h3 id="wb-out-heading">Download or publish the {accepted.length} accepted claims</h3>
            <p>
              <button type="button" onClick={download}>
                Download YAML
              </button>{" "}
              <span class="muted">
                {d.id}.yaml for seed/claims/: the drafter’s file with the claims not accepted taken out, corrections and added claims in,
                comments kept.
              </span>
            </p>
            <div class="publish">
              <button type="button" class="publish-button" disabled={!canPublish} aria-describedby="wb-publish-why" onClick={publish}>
                {busy === "publishing" ? "Publishing…" : "Publish"}
              </button>
              <p id="wb-publish-why" class="muted">
                {!token
                  ? "Publishing needs the admin token (LADDERGRAPH_ADMIN_TOKEN); drafting and downloading do not."
                  : accepted.length === 0
                    ? "Accept at least one claim to publish."
                    : preview.state !== "done"
                      ? "Checking the claims…"
                      : live && !live.publishable
                        ? live.taken
                          ? `A source ${d.id} is published already.`
                          : "Clear the validator's problems to publish."
                        : `Publishes ${d.id} with addSource: all or nothing, validated as seed:check validates.`}
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
