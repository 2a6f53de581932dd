/**
 * npm run draft:eval [-- --synthetic N] [--seed S] [--json file] [--show kind …]
 *
 * Scores the drafter (src/draft/) per claim kind, recall and precision: a drafted claim counts
 * when its kind, roles and figures match a reference claim and its quote overlaps the reference
 * quote. On each seed article against its claims file, with the catalogue left-one-out (roles,
 * skills and titles only that article introduces removed), and on N synthetic articles from
 * bench/synth, whose claims are known by construction. Also counts drafted quotes that are not
 * verbatim spans (must be 0) and times each draft. `--show <kind>` lists, article by article, the
 * reference claims of that kind the drafter missed and the drafted ones that match none.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { parse as parseYaml } from "yaml";
import type { SourceClaims } from "../src/claims/corpus.ts";
import type { Quote } from "../src/claims/vocabulary.ts";
import { leaveOneOut } from "../src/draft/catalog.ts";
import { draftArticle, spansOf } from "../src/draft/draft.ts";
import {
  draftScored,
  matches,
  type ReferenceClaims,
  referenceScored,
  SCORED_KINDS,
  type Scored,
  type Tally,
  tally,
} from "../src/draft/score.ts";
import type { ArticleDraft, DraftCatalog, Span } from "../src/draft/types.ts";
import { formatProblem, readCorpus } from "../src/seed/corpus.ts";
import { locateQuote } from "../src/seed/quotes.ts";
import { REPO_DIR } from "./paths.ts";
import { writeArticle } from "./synth/article.ts";
import { type Family, family, ROLE_KEYS } from "./synth/families.ts";
import { planLadder } from "./synth/plan.ts";
import { Random } from "./synth/random.ts";
import type { QuoteRef } from "./synth/text.ts";

const { values } = parseArgs({
  options: {
    synthetic: { type: "string", default: "60" },
    seed: { type: "string", default: "20260601" },
    json: { type: "string" },
    show: { type: "string", multiple: true },
  },
});
const SEED_DIR = resolve(REPO_DIR, "seed");
const SYNTHETIC = Number(values.synthetic);
const SEED = Number(values.seed);

/** Targets from issue 22: recall per kind, and precision ≥ 80 % on every kind. */
const RECALL_TARGET: Record<string, number> = { definitions: 0.9, ranks: 0.9, promotions: 0.8, identities: 0.8, years: 0.8, salaries: 0.8 };
const PRECISION_TARGET = 0.8;

interface Run {
  tallies: Map<string, Tally>;
  times: number[];
  nonVerbatim: number;
  refused: string[];
}

function newRun(): Run {
  return { tallies: new Map(), times: [], nonVerbatim: 0, refused: [] };
}

function countNonVerbatim(text: string, draft: ArticleDraft): number {
  return spansOf([draft.source, draft.claims, draft.proposedRoles, draft.proposedSkills]).filter(
    (s) => text.slice(s.start, s.end) !== s.text,
  ).length;
}

async function score(run: Run, id: string, text: string, catalog: DraftCatalog, reference: ReferenceClaims): Promise<void> {
  const result = await draftArticle(text, { id, catalog });
  if (!result.ok) {
    run.refused.push(`${id}: ${result.refusal.message}`);
    tally(referenceScored(reference), {}, run.tallies);
    return;
  }
  run.times.push(result.draft.elapsedMs);
  run.nonVerbatim += countNonVerbatim(text, result.draft);
  const ref = referenceScored(reference);
  const got = draftScored(result.draft);
  tally(ref, got, run.tallies);
  for (const kind of values.show ?? []) showMisses(id, text, kind, ref[kind] ?? [], got[kind] ?? []);
}

/** --show <kind>: the reference claims the drafter missed and the drafted claims that match none, with their quotes. */
function showMisses(id: string, text: string, kind: string, ref: Scored[], got: Scored[]): void {
  const quote = (s: Scored) => JSON.stringify(text.slice(s.start, s.end).slice(0, 160));
  for (const r of ref.filter((r) => !got.some((d) => matches(d, r)))) console.log(`${id} ${kind} MISSED ${r.key} ${quote(r)}`);
  for (const d of got.filter((d) => !ref.some((r) => matches(d, r)))) console.log(`${id} ${kind} WRONG  ${d.key} ${quote(d)}`);
}

// ---- the seed articles, left-one-out --------------------------------------------------------

function spanOfQuote(text: string, quote: Quote | undefined): Span | null {
  if (quote === undefined) return null;
  const found = locateQuote(text, quote);
  return found.ok ? { start: found.evidence.start, end: found.evidence.end, text: found.evidence.quote } : null;
}

const ev = (e: { start: number; end: number; quote: string }): Span => ({ start: e.start, end: e.end, text: e.quote });

function seedReference(s: SourceClaims): ReferenceClaims {
  const raw = parseYaml(readFileSync(join(SEED_DIR, "claims", `${s.source.id}.yaml`), "utf8")) as {
    source: Record<string, Quote | undefined>;
  };
  const text = s.source.text;
  return {
    definitions: s.definitions.map((d) => ({
      role: d.role,
      rank: d.rank,
      title: ev(d.evidence),
      track: d.track ? { value: d.track.value, quote: ev(d.track.evidence) } : null,
      years: d.years ? { min: d.years.min, max: d.years.max, quote: ev(d.years.evidence) } : null,
      salary: d.salaryUsd ? { amount: d.salaryUsd.value, quote: ev(d.salaryUsd.evidence) } : null,
    })),
    mentions: s.mentions.map((m) => ({ role: m.role, quote: ev(m.evidence) })),
    responsibilities: s.responsibilities.map((r) => ({ role: r.role, quote: ev(r.evidence) })),
    skills: s.skills.map((k) => ({ skill: k.skill, role: k.role, quote: ev(k.evidence) })),
    promotions: s.promotions.map((p) => ({ from: p.from, to: p.to, quote: ev(p.evidence) })),
    identities: s.identities.map((i) => ({ role: i.role, other: i.other, kind: i.kind, quote: ev(i.evidence) })),
    nonPromotions: s.nonPromotions.map((n) => ({ to: n.to, quote: ev(n.evidence) })),
    readiness: s.readiness.map((r) => ({ from: r.from, to: r.to, quote: ev(r.evidence) })),
    bands: s.bands.map((b) => ({ role: b.role, level: b.level, quote: ev(b.evidence) })),
    management: s.management.map((m) => ({ role: m.role, scope: m.scope, quote: ev(m.evidence) })),
    relativeRanks: s.relativeRanks.map((r) => ({ role: r.role, relation: r.relation, other: r.other, quote: ev(r.evidence) })),
    outsideRoles: s.outsideRoles.map((o) => ({ role: o.role, relation: o.relation, outsider: o.outsider, quote: ev(o.evidence) })),
    source: {
      title: spanOfQuote(text, raw.source.title),
      author: spanOfQuote(text, raw.source.author),
      publisher: spanOfQuote(text, raw.source.publisher),
    },
  };
}

// ---- synthetic articles -----------------------------------------------------------------------

const refSpan = (q: QuoteRef): Span => ({ start: q.start, end: q.start + q.text.length, text: q.text });

function synthetic(count: number, seed: number): { id: string; text: string; catalog: DraftCatalog; reference: ReferenceClaims }[] {
  const base = readCorpus(SEED_DIR);
  if (!base.ok) throw new Error(base.problems.map(formatProblem).join("\n"));
  const families: Family[] = Array.from({ length: Math.ceil(count / 5) }, (_, i) => family(i + 1));
  const catalog: DraftCatalog = {
    roles: [...base.corpus.roles, ...families.flatMap((f) => ROLE_KEYS.map((k) => ({ id: f.slugs[k], name: f.names[k] })))],
    skills: [...base.corpus.skills, ...families.flatMap((f) => f.skills)],
    titles: base.corpus.sources.flatMap((s) => s.definitions.map((d) => ({ role: d.role, title: d.title }))),
  };
  const out = [];
  for (let i = 0; i < count; i++) {
    const index = 5 + i;
    const fam = families[Math.floor(i / 5)] as Family;
    const rng = Random.derive(seed, index);
    const plan = planLadder(rng, 0.8 + Random.derive(seed, fam.index, 7919).next() * 0.5);
    const id = `synthetic_${index}`;
    const { text, claims } = writeArticle({ id, sourceIndex: index, seed, family: fam, plan, rng });
    out.push({
      id,
      text,
      catalog,
      reference: {
        definitions: claims.roles.map((d) => ({
          role: d.role,
          rank: d.rank ?? null,
          title: refSpan(d.title),
          track: d.track && d.trackQuote ? { value: d.track, quote: refSpan(d.trackQuote) } : null,
          years: d.years ? { min: d.years.min, max: d.years.max, quote: refSpan(d.years.quote) } : null,
          salary: d.salaryUsd ? { amount: d.salaryUsd.amount, quote: refSpan(d.salaryUsd.quote) } : null,
        })),
        mentions: claims.mentions.map((m) => ({ role: m.role, quote: refSpan(m.quote) })),
        responsibilities: claims.responsibilities.map((r) => ({ role: r.role, quote: refSpan(r.quote) })),
        skills: claims.skills.map((k) => ({ skill: k.skill, role: k.role ?? null, quote: refSpan(k.quote) })),
        promotions: claims.promotions.map((p) => ({ from: p.from, to: p.to, quote: refSpan(p.quote) })),
        identities: claims.identities.map((x) => ({ role: x.role, other: x.other, kind: x.kind, quote: refSpan(x.quote) })),
        nonPromotions: claims.nonPromotions.map((n) => ({ to: n.to, quote: refSpan(n.quote) })),
        readiness: claims.readiness.map((r) => ({ from: r.from, to: r.to, quote: refSpan(r.quote) })),
        bands: claims.bands.map((b) => ({ role: b.role, level: b.level, quote: refSpan(b.quote) })),
        relativeRanks: claims.relativeRanks.map((r) => ({ role: r.role, relation: r.relation, other: r.other, quote: refSpan(r.quote) })),
        source: { title: refSpan(claims.source.title), author: refSpan(claims.source.author), publisher: refSpan(claims.source.publisher) },
      },
    });
  }
  return out;
}

// ---- the table ----------------------------------------------------------------------------------

function pct(n: number, d: number): string {
  return d === 0 ? "  –  " : `${((100 * n) / d).toFixed(0).padStart(3)} %`;
}

function row(t: Tally | undefined): string {
  if (!t) return `${"–".padStart(22)} `;
  return `${pct(t.found, t.reference)} (${String(t.found).padStart(3)}/${String(t.reference).padEnd(3)}) ${pct(t.correct, t.drafted)} (${String(t.correct).padStart(3)}/${String(t.drafted).padEnd(3)})`;
}

async function main(): Promise<void> {
  const corpus = readCorpus(SEED_DIR);
  if (!corpus.ok) throw new Error(corpus.problems.map(formatProblem).join("\n"));
  const seeds = newRun();
  for (const s of corpus.corpus.sources)
    await score(seeds, s.source.id, s.source.text, leaveOneOut(SEED_DIR, s.source.id), seedReference(s));
  const synth = newRun();
  for (const a of synthetic(SYNTHETIC, SEED)) await score(synth, a.id, a.text, a.catalog, a.reference);

  const header = `${"kind".padEnd(17)} ${"seeds (left-one-out): recall · precision".padEnd(43)} ${`synthetic (${SYNTHETIC}): recall · precision`.padEnd(43)} target`;
  console.log(header);
  console.log("-".repeat(header.length + 10));
  const result: Record<string, unknown> = {};
  for (const kind of SCORED_KINDS) {
    const a = seeds.tallies.get(kind);
    const b = synth.tallies.get(kind);
    const target = `R ≥ ${Math.round(100 * (RECALL_TARGET[kind] ?? 0.5))} %, P ≥ ${PRECISION_TARGET * 100} %`;
    console.log(`${kind.padEnd(17)} ${row(a).padEnd(43)} ${row(b).padEnd(43)} ${kind === "source" || kind === "tracks" ? "" : target}`);
    result[kind] = { seeds: a ?? null, synthetic: b ?? null };
  }
  const all = [...seeds.times, ...synth.times].sort((x, y) => x - y);
  console.log("");
  console.log(`drafted quotes that are not verbatim spans: ${seeds.nonVerbatim + synth.nonVerbatim}`);
  console.log(
    `time per article: median ${all[Math.floor(all.length / 2)]} ms, max ${all.at(-1)} ms (${all.length} articles; seeds ${seeds.times.join(", ")} ms)`,
  );
  if (seeds.refused.length + synth.refused.length > 0) console.log(`refused: ${[...seeds.refused, ...synth.refused].join("; ")}`);
  if (values.json)
    writeFileSync(
      values.json,
      `${JSON.stringify({ kinds: result, times: all, nonVerbatim: seeds.nonVerbatim + synth.nonVerbatim }, null, 2)}\n`,
    );
}

await main();
