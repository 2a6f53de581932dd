import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { parse as parseYaml, YAMLParseError } from "yaml";
import {
  type ClaimsFile,
  ClaimsFileSchema,
  type Quote,
  type RoleCatalog,
  RoleCatalogSchema,
  type SkillCatalog,
  SkillCatalogSchema,
  type Track,
} from "./claimsSchema.ts";
import { type Evidence, locateQuote, quoteText } from "./quotes.ts";

/** One thing wrong with the seed files: which file, which claim, which quote, and what. */
export interface Problem {
  file: string;
  claim?: string;
  quote?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.claim].filter(Boolean).join(" › ");
  const quote = p.quote === undefined ? "" : ` quote "${p.quote.length > 80 ? `${p.quote.slice(0, 77)}...` : p.quote}"`;
  return `${where}:${quote} ${p.message}`;
}

export interface ResolvedSource {
  id: string;
  title: string;
  author: string | null;
  publisher: string | null;
  sha256: string;
  text: string;
}

export interface DefinitionClaim {
  role: string;
  title: string;
  rank: number | null;
  track: Track | null;
  summary: string;
  yearsMin: number | null;
  yearsMax: number | null;
  yearsText: string | null;
  salaryUsd: number | null;
  note: string | null;
  evidence: Evidence;
  summaryEvidence: Evidence;
  trackEvidence: Evidence | null;
  yearsEvidence: Evidence | null;
  salaryEvidence: Evidence | null;
}

export interface SourceClaims {
  source: ResolvedSource;
  definitions: DefinitionClaim[];
  mentions: { role: string; title: string; note: string | null; evidence: Evidence }[];
  responsibilities: { role: string; id: string; note: string | null; evidence: Evidence }[];
  skills: { skill: string; role: string | null; note: string | null; evidence: Evidence }[];
  promotions: {
    from: string;
    to: string;
    kind: "EXPLICIT" | "LADDER_ORDER";
    track: Track | null;
    note: string | null;
    evidence: Evidence;
  }[];
  identities: { role: string; other: string; kind: "SAME_AS" | "MAY_COEXIST"; note: string | null; evidence: Evidence }[];
  nonPromotions: { from: string | null; to: string; note: string | null; evidence: Evidence }[];
  readiness: { from: string; to: string; note: string | null; evidence: Evidence }[];
}

export interface Corpus {
  roles: RoleCatalog;
  skills: SkillCatalog;
  sources: SourceClaims[];
}

export type CorpusResult = { ok: true; corpus: Corpus } | { ok: false; problems: Problem[] };

/** A responsibility's id: a stable hash of its normalised text, so the same bullet in two articles is one node. */
export function responsibilityId(text: string): string {
  const normalised = text
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[.;,\s]+$/, "")
    .trim();
  return createHash("sha256").update(normalised).digest("hex").slice(0, 16);
}

function readYaml(path: string, file: string, problems: Problem[]): unknown {
  try {
    return parseYaml(readFileSync(path, "utf8"));
  } catch (error) {
    const message = error instanceof YAMLParseError ? error.message.split("\n")[0] : String(error);
    problems.push({ file, message: `malformed YAML: ${message}` });
    return undefined;
  }
}

function zodPath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
    .join("")
    .replace(/^\./, "");
}

/**
 * Reads seed/catalog, seed/claims and seed/sources, checks every claim against its article and the
 * catalogue, and returns the corpus with every quote resolved to offsets, or every problem found.
 */
export function readCorpus(seedDir: string, only?: string): CorpusResult {
  const problems: Problem[] = [];
  const rel = (p: string) => relative(process.cwd(), p) || p;

  const roleFile = join(seedDir, "catalog", "roles.yaml");
  const skillFile = join(seedDir, "catalog", "skills.yaml");
  const roles = parseCatalog(roleFile, RoleCatalogSchema, rel(roleFile), problems) ?? [];
  const skills = parseCatalog(skillFile, SkillCatalogSchema, rel(skillFile), problems) ?? [];
  const roleIds = new Set(roles.map((r) => r.id));
  const skillIds = new Set(skills.map((s) => s.id));

  const claimsDir = join(seedDir, "claims");
  const sourcesDir = join(seedDir, "sources");
  const claimFiles = (
    existsSync(claimsDir)
      ? readdirSync(claimsDir)
          .filter((f) => f.endsWith(".yaml"))
          .sort()
      : []
  ).filter((f) => only === undefined || basename(f, ".yaml") === only);
  const sourceFiles = existsSync(sourcesDir)
    ? readdirSync(sourcesDir)
        .filter((f) => f.endsWith(".txt"))
        .sort()
    : [];
  if (claimFiles.length === 0) problems.push({ file: rel(claimsDir), message: "no claims files (*.yaml) found" });
  const claimed = new Set(claimFiles.map((f) => basename(f, ".yaml")));
  for (const f of only === undefined ? sourceFiles : []) {
    if (!claimed.has(basename(f, ".txt"))) {
      problems.push({ file: rel(join(sourcesDir, f)), message: "this article has no claims file in seed/claims/" });
    }
  }

  const sources: SourceClaims[] = [];
  for (const f of claimFiles) {
    const path = join(claimsDir, f);
    const resolved = resolveClaimsFile(path, rel(path), basename(f, ".yaml"), sourcesDir, { roleIds, skillIds }, problems);
    if (resolved) sources.push(resolved);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, corpus: { roles, skills, sources } };
}

/**
 * Validates one article sent over the API (its text and its claims as YAML) against the catalogue
 * in `seedDir`, exactly as `readCorpus` validates the files: the same checks, all problems at once.
 */
export function readUploadedSource(seedDir: string, upload: { id: string; text: string; claimsYaml: string }): CorpusResult {
  const problems: Problem[] = [];
  const file = `${upload.id}.yaml (uploaded)`;
  const roles = parseCatalog(join(seedDir, "catalog", "roles.yaml"), RoleCatalogSchema, "seed/catalog/roles.yaml", problems) ?? [];
  const skills = parseCatalog(join(seedDir, "catalog", "skills.yaml"), SkillCatalogSchema, "seed/catalog/skills.yaml", problems) ?? [];
  let raw: unknown;
  try {
    raw = parseYaml(upload.claimsYaml);
  } catch (error) {
    const message = error instanceof YAMLParseError ? error.message.split("\n")[0] : String(error);
    problems.push({ file, message: `malformed YAML: ${message}` });
  }
  const vocabulary = { roleIds: new Set(roles.map((r) => r.id)), skillIds: new Set(skills.map((k) => k.id)) };
  const source =
    problems.length === 0 ? resolveClaims(raw, file, upload.id, Buffer.from(upload.text, "utf8"), vocabulary, problems) : undefined;
  return problems.length > 0 || !source ? { ok: false, problems } : { ok: true, corpus: { roles, skills, sources: [source] } };
}

function parseCatalog<T>(
  path: string,
  schema: {
    safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  file: string,
  problems: Problem[],
): T | undefined {
  if (!existsSync(path)) {
    problems.push({ file, message: "catalogue file is missing" });
    return undefined;
  }
  const parsed = schema.safeParse(readYaml(path, file, problems));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ file, claim: zodPath(issue.path), message: issue.message });
    return undefined;
  }
  const seen = new Set<string>();
  for (const [i, entry] of (parsed.data as { id: string }[]).entries()) {
    if (seen.has(entry.id)) problems.push({ file, claim: `[${i}]`, message: `duplicate id '${entry.id}'` });
    seen.add(entry.id);
  }
  return parsed.data;
}

function resolveClaimsFile(
  path: string,
  file: string,
  stem: string,
  sourcesDir: string,
  vocabulary: Vocabulary,
  problems: Problem[],
): SourceClaims | undefined {
  const before = problems.length;
  const raw = readYaml(path, file, problems);
  if (problems.length > before) return undefined;
  const textPath = join(sourcesDir, `${stem}.txt`);
  return resolveClaims(raw, file, stem, existsSync(textPath) ? readFileSync(textPath) : undefined, vocabulary, problems);
}

interface Vocabulary {
  roleIds: ReadonlySet<string>;
  skillIds: ReadonlySet<string>;
}

/**
 * Validates one article's parsed claims against its text (bytes) and the vocabulary, resolving
 * every quote to offsets; each problem found is pushed, and undefined returned if there was any.
 */
export function resolveClaims(
  raw: unknown,
  file: string,
  stem: string,
  bytes: Buffer | undefined,
  { roleIds, skillIds }: Vocabulary,
  problems: Problem[],
): SourceClaims | undefined {
  const parsed = ClaimsFileSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ file, claim: zodPath(issue.path), message: issue.message });
    return undefined;
  }
  const claims: ClaimsFile = parsed.data;
  if (claims.source.id !== stem) {
    problems.push({ file, claim: "source.id", message: `source.id '${claims.source.id}' must equal the file name '${stem}'` });
    return undefined;
  }
  if (bytes === undefined) {
    problems.push({ file, claim: "source", message: `the article seed/sources/${stem}.txt is missing` });
    return undefined;
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (sha256 !== claims.source.sha256) {
    problems.push({
      file,
      claim: "source.sha256",
      message: `seed/sources/${stem}.txt has sha256 ${sha256}, not the ${claims.source.sha256} recorded here: the article changed, so re-check its quotes before updating the hash`,
    });
    return undefined;
  }
  const before = problems.length;
  const text = bytes.toString("utf8");

  const at = (claim: string, quote: Quote): Evidence => {
    const found = locateQuote(text, quote);
    if (found.ok) return found.evidence;
    problems.push({ file, claim, quote: quoteText(quote), message: found.message });
    return { quote: quoteText(quote), start: -1, end: -1 };
  };
  const role = (claim: string, id: string) => {
    if (!roleIds.has(id)) problems.push({ file, claim, message: `unknown role '${id}': add it to seed/catalog/roles.yaml or fix the id` });
  };
  const skill = (claim: string, id: string) => {
    if (!skillIds.has(id))
      problems.push({ file, claim, message: `unknown skill '${id}': add it to seed/catalog/skills.yaml or fix the id` });
  };
  const unique = new Map<string, string>();
  const once = (claim: string, key: string, what: string) => {
    const first = unique.get(key);
    if (first !== undefined) problems.push({ file, claim, message: `duplicate ${what}: already claimed at ${first}` });
    else unique.set(key, claim);
  };

  const meta = claims.source;
  const source: ResolvedSource = {
    id: meta.id,
    title: at("source.title", meta.title).quote,
    author: meta.author === undefined ? null : at("source.author", meta.author).quote,
    publisher: meta.publisher === undefined ? null : at("source.publisher", meta.publisher).quote,
    sha256,
    text,
  };

  const definitions = claims.roles.map((d, i): DefinitionClaim => {
    const c = `roles[${i}] (${d.role})`;
    role(c, d.role);
    once(c, `definition:${d.role}`, `definition of role '${d.role}'`);
    const yearsEvidence = d.years ? at(`${c}.years`, d.years.quote) : null;
    if (d.years && yearsEvidence && !yearsEvidence.quote.includes(d.years.text)) {
      problems.push({
        file,
        claim: `${c}.years`,
        quote: yearsEvidence.quote,
        message: `years.text '${d.years.text}' is not inside the quote`,
      });
    }
    return {
      role: d.role,
      title: quoteText(d.title),
      rank: d.rank ?? null,
      track: d.track ?? null,
      summary: quoteText(d.summary),
      yearsMin: d.years?.min ?? null,
      yearsMax: d.years?.max ?? null,
      yearsText: d.years?.text ?? null,
      salaryUsd: d.salaryUsd?.amount ?? null,
      note: d.note ?? null,
      evidence: at(`${c}.title`, d.title),
      summaryEvidence: at(`${c}.summary`, d.summary),
      trackEvidence: d.trackQuote ? at(`${c}.trackQuote`, d.trackQuote) : null,
      yearsEvidence,
      salaryEvidence: d.salaryUsd ? at(`${c}.salaryUsd`, d.salaryUsd.quote) : null,
    };
  });

  const mentions = claims.mentions.map((m, i) => {
    const c = `mentions[${i}] (${m.role})`;
    role(c, m.role);
    return { role: m.role, title: m.title, note: m.note ?? null, evidence: at(c, m.quote) };
  });

  const responsibilities = claims.responsibilities.map((r, i) => {
    const c = `responsibilities[${i}] (${r.role})`;
    role(c, r.role);
    const evidence = at(c, r.quote);
    const id = responsibilityId(evidence.quote);
    once(c, `responsibility:${r.role}:${id}`, `responsibility for '${r.role}'`);
    return { role: r.role, id, note: r.note ?? null, evidence };
  });

  const skills = claims.skills.map((s, i) => {
    const c = `skills[${i}] (${s.skill})`;
    skill(c, s.skill);
    if (s.role) role(c, s.role);
    once(c, `skill:${s.skill}:${s.role ?? ""}`, `skill '${s.skill}'${s.role ? ` for '${s.role}'` : ""}`);
    return { skill: s.skill, role: s.role ?? null, note: s.note ?? null, evidence: at(c, s.quote) };
  });

  const promotions = claims.promotions.map((p, i) => {
    const c = `promotions[${i}] (${p.from} -> ${p.to})`;
    role(c, p.from);
    role(c, p.to);
    once(c, `promotion:${p.from}:${p.to}`, `promotion ${p.from} -> ${p.to}`);
    return { from: p.from, to: p.to, kind: p.kind, track: p.track ?? null, note: p.note ?? null, evidence: at(c, p.quote) };
  });

  const identities = claims.identities.map((x, i) => {
    const c = `identities[${i}] (${x.role} ${x.kind} ${x.other})`;
    role(c, x.role);
    role(c, x.other);
    once(c, `identity:${[x.role, x.other].sort().join(":")}:${x.kind}`, `identity claim between '${x.role}' and '${x.other}'`);
    return { role: x.role, other: x.other, kind: x.kind, note: x.note ?? null, evidence: at(c, x.quote) };
  });

  const nonPromotions = claims.nonPromotions.map((n, i) => {
    const c = `nonPromotions[${i}] (${n.from ?? "outside"} -> ${n.to})`;
    if (n.from) role(c, n.from);
    role(c, n.to);
    return { from: n.from ?? null, to: n.to, note: n.note ?? null, evidence: at(c, n.quote) };
  });

  const readiness = claims.readiness.map((r, i) => {
    const c = `readiness[${i}] (${r.from} -> ${r.to})`;
    role(c, r.from);
    role(c, r.to);
    return { from: r.from, to: r.to, note: r.note ?? null, evidence: at(c, r.quote) };
  });

  if (problems.length > before) return undefined;
  return { source, definitions, mentions, responsibilities, skills, promotions, identities, nonPromotions, readiness };
}
