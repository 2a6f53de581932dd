import type { ResultOf } from "../graphql.ts";
import type { DraftClaimsQuery } from "../queries.ts";

/**
 * The workbench's claims: the draft the API returned, with the curator's decisions and edits on
 * top (title mappings corrected, quotes re-anchored, claims added from a selection), and the claims
 * file all of that makes. Pure functions: the view keeps the state, these read it.
 */

export type Draft = ResultOf<typeof DraftClaimsQuery>["draftClaims"];
export type Span = { text: string; start: number; end: number };

/** The claim kinds as the API lists them, with the claims file's section each one fills. */
export const KINDS = [
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
export type KindKey = (typeof KINDS)[number]["key"];

export const kindOfSection = (section: string) => KINDS.find((k) => k.section === section);

export type Decision = "accepted" | "rejected";

/** A claim the curator added from a selection of the article: its section's entry as the form made it. */
export interface AddedClaim {
  kind: KindKey;
  entry: Record<string, unknown>;
  /** The selection it was made from (its quote, or a definition's title). */
  span: Span;
}

/** Everything the curator decided on top of the draft. */
export interface Edits {
  /** By claim key (`promotions:3`, `added:0`). */
  decisions: Record<string, Decision>;
  /** Title mappings corrected: a drafted role slug → the role chosen instead, in every claim naming it. */
  renames: Record<string, string>;
  /** Quotes re-anchored: claim key → the span selected instead. */
  anchors: Record<string, Span>;
  added: AddedClaim[];
}

export const noEdits = (): Edits => ({ decisions: {}, renames: {}, anchors: {}, added: [] });

export interface Item {
  kind: KindKey;
  /** Index in the draft's list of its kind; -1 for an added claim. */
  index: number;
  /** `kind:index`, or `added:n`: the decision's key. */
  key: string;
  summary: string;
  /** Confidence and reason: the drafter's, or the curator's for an added claim. */
  confidence: number;
  reason: string;
  /** The claim's quotes; `spans[anchorAt]` is the quote a selection re-anchors. */
  spans: Span[];
  anchorAt: number;
  /** For a definition or a mention: the role slug the drafter mapped the title to, and the title. */
  mapped?: { slug: string; title: string };
  added: boolean;
}

/** Which field of an entry holds the quote a selection re-anchors: a definition's summary, every other kind's quote. */
export const anchorField = (kind: KindKey) => (kind === "definitions" ? "summary" : "quote");

/** The fields of an entry that name a role (a title mapping corrected renames them). */
const ROLE_FIELDS = ["role", "other", "from", "to", "outsider"] as const;

/** Every drafted claim of the draft, kind by kind, then the added ones; role slugs as renamed, quotes as re-anchored. */
export function itemsOf(d: Draft, e: Edits): Item[] {
  const r = (slug: string | null | undefined) => (slug ? (e.renames[slug] ?? slug) : slug);
  const out: Item[] = [];
  const add = (
    kind: KindKey,
    list: readonly { confidence: number; reason: string }[],
    show: (c: never) => [string, Span[], number, { slug: string; title: string }?],
  ) =>
    list.forEach((c, index) => {
      const key = `${kind}:${index}`;
      const [summary, spans, anchorAt, mapped] = show(c as never);
      const anchor = e.anchors[key];
      if (anchor) spans[anchorAt] = anchor;
      out.push({
        kind,
        index,
        key,
        summary,
        confidence: c.confidence,
        reason: c.reason,
        spans,
        anchorAt,
        added: false,
        ...(mapped ? { mapped } : {}),
      });
    });
  type D<K extends KindKey> = Draft[K][number];
  add("definitions", d.definitions, (c: D<"definitions">) => [
    `${r(c.role)} · rung ${c.rank ?? "off the ladder"}${c.years ? ` · ${c.years.text}` : ""}${c.salaryUsd ? ` · $${c.salaryUsd.amount}` : ""}`,
    [c.title, c.summary, ...(c.years ? [c.years.quote] : []), ...(c.salaryUsd ? [c.salaryUsd.quote] : [])],
    1,
    { slug: c.role, title: c.title.text },
  ]);
  add("promotions", d.promotions, (c: D<"promotions">) => [
    `${r(c.from)} → ${r(c.to)} (${c.kind}${c.track ? `, ${c.track}` : ""})`,
    [c.quote],
    0,
  ]);
  add("identities", d.identities, (c: D<"identities">) => [
    `${r(c.role)} ${c.kind === "SAME_AS" ? "=" : "and"} ${r(c.other)}`,
    [c.quote],
    0,
  ]);
  add("mentions", d.mentions, (c: D<"mentions">) => [`${r(c.role)} (“${c.title}”)`, [c.quote], 0, { slug: c.role, title: c.title }]);
  add("responsibilities", d.responsibilities, (c: D<"responsibilities">) => [r(c.role) ?? "", [c.quote], 0]);
  add("skills", d.skills, (c: D<"skills">) => [`${c.skill}${c.role ? ` · ${r(c.role)}` : ""}`, [c.quote], 0]);
  add("nonPromotions", d.nonPromotions, (c: D<"nonPromotions">) => [`${r(c.from) ?? "outside"} ↛ ${r(c.to)}`, [c.quote], 0]);
  add("readiness", d.readiness, (c: D<"readiness">) => [`${r(c.from)} → ${r(c.to)}`, [c.quote], 0]);
  add("bands", d.bands, (c: D<"bands">) => [`${r(c.role)} · ${c.band} (${c.level})`, [c.quote], 0]);
  add("management", d.management, (c: D<"management">) => [`${r(c.role)} · ${c.scope}`, [c.quote], 0]);
  add("relativeRanks", d.relativeRanks, (c: D<"relativeRanks">) => [`${r(c.role)} ${c.relation} ${r(c.other)}`, [c.quote], 0]);
  add("outsideRoles", d.outsideRoles, (c: D<"outsideRoles">) => [`${r(c.role)} ${c.relation} ${c.outsider}`, [c.quote], 0]);
  e.added.forEach((a, n) => {
    const key = `added:${n}`;
    const shown = Object.entries(a.entry)
      .filter(([, v]) => typeof v === "string" || typeof v === "number")
      .filter(([k]) => !["quote", "title", "summary", "trackQuote"].includes(k))
      .map(([, v]) => String(v))
      .join(" · ");
    out.push({
      kind: a.kind,
      index: -1,
      key,
      summary: shown,
      confidence: 1,
      reason: "added by the curator from a selection of the article",
      spans: [e.anchors[key] ?? a.span],
      anchorAt: 0,
      added: true,
    });
  });
  return out;
}

/** How many claims of the draft name a role slug (what correcting its title mapping changes). */
export function claimsNaming(d: Draft, slug: string): number {
  let n = 0;
  for (const { key } of KINDS) {
    for (const c of d[key] as readonly Record<string, unknown>[]) {
      if (ROLE_FIELDS.some((f) => c[f] === slug)) n++;
    }
  }
  return n;
}

/** A span as a claims-file quote: its text, with its occurrence when the article holds it more than once (as src/draft/claimsFile.ts). */
export function quoteOf(text: string, s: Span): string | { text: string; occurrence: number } {
  let count = 0;
  let mine = 0;
  for (let at = text.indexOf(s.text); at !== -1; at = text.indexOf(s.text, at + 1)) {
    count++;
    if (at === s.start) mine = count;
  }
  return count <= 1 ? s.text : { text: s.text, occurrence: mine };
}

/**
 * The claims file of the accepted claims: the API's `claimsYaml` (the whole draft, each claim under
 * its comment) with every claim not accepted taken out of its section, title mappings corrected,
 * quotes re-anchored, and the added claims at the end of their sections. Cutting the API's file
 * keeps every field the drafter wrote, including those the typed claims do not expose.
 */
export async function claimsYamlOf(d: Draft, text: string, e: Edits): Promise<string> {
  // Loaded when first needed: the explorer's other views do not carry the YAML library.
  const { isMap, isSeq, isScalar, parseDocument } = await import("yaml");
  const doc = parseDocument(d.claimsYaml);
  const accepted = (key: string) => e.decisions[key] === "accepted";
  const rename = (node: unknown, field: string) => {
    if (!isMap(node)) return;
    const v = node.get(field);
    if (typeof v === "string" && e.renames[v] && e.renames[v] !== v) node.set(field, e.renames[v]);
  };
  for (const { key, section } of KINDS) {
    const seq = doc.get(section, true);
    if (!isSeq(seq)) continue;
    seq.items.forEach((item, i) => {
      if (!isMap(item)) return;
      for (const f of ROLE_FIELDS) rename(item, f);
      rename(item.get("step", true), "from");
      rename(item.get("step", true), "to");
      const over = item.get("overRoles", true);
      if (isSeq(over))
        for (const s of over.items) if (isScalar(s) && typeof s.value === "string" && e.renames[s.value]) s.value = e.renames[s.value];
      const anchor = e.anchors[`${key}:${i}`];
      if (anchor) item.set(anchorField(key), doc.createNode(quoteOf(text, anchor)));
    });
    // The first claim's comment is parsed as the section's: each claim's comment is moved along with it.
    const comments = seq.items.map((item, i) => (i === 0 ? seq.commentBefore : (item as { commentBefore?: string }).commentBefore));
    const kept = seq.items
      .map((item, i) => ({ item: item as { commentBefore?: string | undefined }, i }))
      .filter(({ i }) => accepted(`${key}:${i}`));
    seq.items = kept.map(({ item }) => item);
    seq.commentBefore = kept[0] ? comments[kept[0].i] : undefined;
    if (kept[0]) kept[0].item.commentBefore = undefined;
    e.added.forEach((a, n) => {
      if (a.kind !== key || !accepted(`added:${n}`)) return;
      const entry = { ...a.entry };
      const anchor = e.anchors[`added:${n}`];
      if (anchor) entry[key === "definitions" ? "title" : "quote"] = quoteOf(text, anchor);
      const node = doc.createNode(entry);
      node.commentBefore = " added by the curator from a selection of the article";
      seq.items.push(node);
    });
    seq.flow = seq.items.length === 0;
  }
  return doc.toString({ lineWidth: 0 });
}
