import { type Driver, int, type ManagedTransaction } from "neo4j-driver";
import { STATEMENTS, statements } from "../db/cypher.ts";
import type { Corpus, SourceClaims } from "./corpus.ts";
import type { Evidence } from "./quotes.ts";

type Props = Record<string, string | number | boolean | null>;

function evidenceProps(source: string, e: Evidence, note: string | null, prefix = ""): Props {
  const p = (k: string) => (prefix ? `${prefix}${k[0]?.toUpperCase()}${k.slice(1)}` : k);
  const props: Props = { [p("quote")]: e.quote, [p("start")]: e.start, [p("end")]: e.end };
  if (!prefix) Object.assign(props, { source, note });
  return props;
}

/** Flattens one source's claims into the parameter rows of the load statements. */
function rowsOf(s: SourceClaims) {
  const id = s.source.id;
  return {
    definitions: s.definitions.map((d) => ({
      role: d.role,
      props: {
        ...evidenceProps(id, d.evidence, d.note),
        title: d.title,
        rank: d.rank,
        track: d.track,
        summary: d.summary,
        ...evidenceProps(id, d.summaryEvidence, null, "summary"),
        yearsMin: d.yearsMin,
        yearsMax: d.yearsMax,
        yearsText: d.yearsText,
        ...(d.yearsEvidence ? evidenceProps(id, d.yearsEvidence, null, "years") : {}),
        salaryUsd: d.salaryUsd,
        ...(d.salaryEvidence ? evidenceProps(id, d.salaryEvidence, null, "salary") : {}),
        ...(d.trackEvidence ? evidenceProps(id, d.trackEvidence, null, "track") : {}),
      },
    })),
    mentions: s.mentions.map((m) => ({ role: m.role, props: { ...evidenceProps(id, m.evidence, m.note), title: m.title } })),
    responsibilities: s.responsibilities.map((r) => ({ role: r.role, id: r.id, props: evidenceProps(id, r.evidence, r.note) })),
    requirements: s.skills
      .filter((k) => k.role !== null)
      .map((k) => ({ role: k.role, skill: k.skill, props: evidenceProps(id, k.evidence, k.note) })),
    skillMentions: s.skills.filter((k) => k.role === null).map((k) => ({ skill: k.skill, props: evidenceProps(id, k.evidence, k.note) })),
    promotions: s.promotions.map((p) => ({
      from: p.from,
      to: p.to,
      props: { ...evidenceProps(id, p.evidence, p.note), kind: p.kind, track: p.track },
    })),
    identities: s.identities
      .filter((x) => x.kind === "SAME_AS")
      .map((x) => ({ role: x.role, other: x.other, props: evidenceProps(id, x.evidence, x.note) })),
    coexistence: s.identities
      .filter((x) => x.kind === "MAY_COEXIST")
      .map((x) => ({ role: x.role, other: x.other, props: evidenceProps(id, x.evidence, x.note) })),
    readiness: s.readiness.map((r) => ({ from: r.from, to: r.to, props: evidenceProps(id, r.evidence, r.note) })),
    deniedSteps: s.nonPromotions.map((n) => ({ to: n.to, props: { ...evidenceProps(id, n.evidence, n.note), from: n.from } })),
  };
}

/** Creates the constraints and indexes (idempotent; schema changes cannot share a transaction with data). */
export async function ensureSchema(driver: Driver, database?: string): Promise<void> {
  const cypher = statements();
  for (const name of STATEMENTS.filter((n) => n.startsWith("schema/"))) {
    await driver.executeQuery(cypher[name], {}, { database });
  }
}

export interface LoadReport {
  sources: number;
  nodes: number;
  relationships: number;
}

/**
 * Loads the corpus in ONE write transaction: every source's old claims are removed and its
 * claims MERGEd again, so a failure changes nothing and a second load of the same files leaves the
 * same graph. The same transaction gives the graph a new data version (response caches key on it).
 */
export async function loadCorpus(driver: Driver, corpus: Corpus, database?: string): Promise<LoadReport> {
  await ensureSchema(driver, database);
  const cypher = statements();
  const referencedRoles = new Set<string>();
  const referencedSkills = new Set<string>();
  for (const s of corpus.sources) {
    for (const d of s.definitions) referencedRoles.add(d.role);
    for (const m of s.mentions) referencedRoles.add(m.role);
    for (const r of s.responsibilities) referencedRoles.add(r.role);
    for (const p of s.promotions) referencedRoles.add(p.from).add(p.to);
    for (const x of s.identities) referencedRoles.add(x.role).add(x.other);
    for (const r of s.readiness) referencedRoles.add(r.from).add(r.to);
    for (const n of s.nonPromotions) referencedRoles.add(n.to);
    for (const k of s.skills) {
      referencedSkills.add(k.skill);
      if (k.role) referencedRoles.add(k.role);
    }
  }
  const rows = corpus.sources.map(rowsOf);
  const all = (key: keyof ReturnType<typeof rowsOf>): unknown[] => rows.flatMap((r): unknown[] => r[key]);

  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx: ManagedTransaction) => {
      await tx.run(cypher["load/delete-source-claims"], { sourceIds: corpus.sources.map((s) => s.source.id) });
      await tx.run(cypher["load/merge-sources"], {
        sources: corpus.sources.map(({ source }) => ({ ...source })),
      });
      await tx.run(cypher["load/merge-roles"], { roles: corpus.roles.filter((r) => referencedRoles.has(r.id)) });
      await tx.run(cypher["load/merge-skills"], { skills: corpus.skills.filter((k) => referencedSkills.has(k.id)) });
      await tx.run(cypher["load/merge-definitions"], { rows: all("definitions") });
      await tx.run(cypher["load/merge-mentions"], { rows: all("mentions") });
      await tx.run(cypher["load/merge-responsibilities"], { rows: all("responsibilities") });
      await tx.run(cypher["load/merge-requirements"], { rows: all("requirements") });
      await tx.run(cypher["load/merge-skill-mentions"], { rows: all("skillMentions") });
      await tx.run(cypher["load/merge-promotions"], { rows: all("promotions") });
      await tx.run(cypher["load/merge-identities"], { rows: all("identities") });
      await tx.run(cypher["load/merge-coexistence"], { rows: all("coexistence") });
      await tx.run(cypher["load/merge-readiness"], { rows: all("readiness") });
      await tx.run(cypher["load/merge-denied-steps"], { rows: all("deniedSteps") });
      await tx.run(cypher["load/delete-orphans"]);
      await tx.run(cypher["load/rank-roles"]);
      await tx.run(cypher["load/bump-data-version"]);
    });
  } finally {
    await session.close();
  }
  await replan(driver, database);
  const counts = await graphCounts(driver, database);
  return { sources: corpus.sources.length, ...counts };
}

/** Has Neo4j plan reads again from the graph as loaded (statistics of an empty graph plan badly). */
async function replan(driver: Driver, database?: string): Promise<void> {
  await driver.executeQuery(statements()["load/prepare-for-replanning"], { timeoutSeconds: int(60) }, { database });
}

/**
 * Removes sources and every claim they made, in one transaction that also gives the graph a new
 * data version; nodes no claim refers to go too.
 */
export async function removeSources(driver: Driver, sourceIds: readonly string[], database?: string): Promise<void> {
  const cypher = statements();
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx: ManagedTransaction) => {
      await tx.run(cypher["load/delete-source-claims"], { sourceIds });
      await tx.run(cypher["load/delete-sources"], { sourceIds });
      await tx.run(cypher["load/delete-orphans"]);
      await tx.run(cypher["load/rank-roles"]);
      await tx.run(cypher["load/bump-data-version"]);
    });
  } finally {
    await session.close();
  }
}

export async function graphCounts(driver: Driver, database?: string): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(statements()["read/graph-counts"], {}, { database, routing: "READ" });
  const record = records[0];
  return { nodes: Number(record?.get("nodes") ?? 0), relationships: Number(record?.get("relationships") ?? 0) };
}

/**
 * Brings a graph loaded by an earlier laddergraph up to date, changing nothing in one that is: a
 * data version, and each role's stored ladder rank (derived from the claims, as a load stores it).
 */
export async function ensureDerivedData(driver: Driver, database?: string): Promise<void> {
  await driver.executeQuery(statements()["load/ensure-data-version"], {}, { database });
  await driver.executeQuery(statements()["load/rank-roles"], {}, { database });
}

export async function sourceCount(driver: Driver, database?: string): Promise<number> {
  const { records } = await driver.executeQuery(statements()["read/count-sources"], {}, { database, routing: "READ" });
  return Number(records[0]?.get("sources") ?? 0);
}
