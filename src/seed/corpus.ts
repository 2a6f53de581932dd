import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { z } from "zod";
import type { Corpus, ResolvedSource, SourceClaims } from "../claims/corpus.ts";
import type { Evidence } from "../claims/evidence.ts";
import type { ClaimCheck, ClaimKind } from "../claims/kind.ts";
import { type ClaimKindName, type Claims, KINDS } from "../claims/registry.ts";
import { type Quote, RoleCatalogSchema, SkillCatalogSchema, SourceMetaSchema } from "../claims/vocabulary.ts";
import { identityProblems } from "./identityCheck.ts";
import { locateQuote, quoteText } from "./quotes.ts";

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

export type CorpusResult = { ok: true; corpus: Corpus } | { ok: false; problems: Problem[] };

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

/** A claims file: the source's metadata and one list per claim kind (checked kind by kind below). */
const ClaimsFileSchema = z
  .object({
    source: SourceMetaSchema,
    ...Object.fromEntries(KINDS.map(({ kind }) => [kind.section, z.array(z.unknown()).default([])])),
  })
  .strict();

/**
 * Validates one article's parsed claims against its text (bytes) and the vocabulary, resolving
 * every quote to offsets; each problem found is pushed, and undefined returned if there was any.
 */
export function resolveClaims(
  raw: unknown,
  file: string,
  stem: string,
  bytes: Buffer | undefined,
  vocabulary: Vocabulary,
  problems: Problem[],
): SourceClaims | undefined {
  const parsed = ClaimsFileSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ file, claim: zodPath(issue.path), message: issue.message });
    return undefined;
  }
  const sections: Record<string, unknown> = parsed.data;
  const meta = parsed.data.source;
  const before = problems.length;
  for (const { kind } of KINDS) sectionEntries(kind, sections, file, problems);
  if (problems.length > before) return undefined;
  if (meta.id !== stem) {
    problems.push({ file, claim: "source.id", message: `source.id '${meta.id}' must equal the file name '${stem}'` });
    return undefined;
  }
  if (bytes === undefined) {
    problems.push({ file, claim: "source", message: `the article seed/sources/${stem}.txt is missing` });
    return undefined;
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (sha256 !== meta.sha256) {
    problems.push({
      file,
      claim: "source.sha256",
      message: `seed/sources/${stem}.txt has sha256 ${sha256}, not the ${meta.sha256} recorded here: the article changed, so re-check its quotes before updating the hash`,
    });
    return undefined;
  }
  const text = bytes.toString("utf8");
  const checks = fileChecks({ file, source: meta.id, text, vocabulary, problems });
  const at = (claim: string, quote: Quote) => checks(claim).evidence(quote, null).quote;
  const source: ResolvedSource = {
    id: meta.id,
    title: at("source.title", meta.title),
    author: meta.author === undefined ? null : at("source.author", meta.author),
    publisher: meta.publisher === undefined ? null : at("source.publisher", meta.publisher),
    sha256,
    text,
  };
  const claims = checkKinds(sections, checks, file, problems);
  if (problems.length > before) return undefined;
  problems.push(...identityProblems(claims).map((p) => ({ file, ...p })));
  if (problems.length > before) return undefined;
  return { source, ...claims };
}

/** A section's entries parsed with its kind's schema; every issue becomes a problem (`promotions[2].kind`). */
function sectionEntries<I, C>(kind: ClaimKind<I, C>, sections: Record<string, unknown>, file: string, problems: Problem[]): I[] {
  const parsed = z.array(kind.input).safeParse(sections[kind.section] ?? []);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) problems.push({ file, claim: zodPath([kind.section, ...issue.path]), message: issue.message });
  return [];
}

function checkKinds(sections: Record<string, unknown>, checks: (claim: string) => ClaimCheck, file: string, problems: Problem[]): Claims {
  const claims: Partial<Record<ClaimKindName, unknown[]>> = {};
  for (const { name, kind } of KINDS) {
    const entries = sectionEntries(kind, sections, file, problems);
    claims[name] = entries.map((entry, i) => kind.check(entry, checks(`${kind.section}[${i}] (${kind.label(entry)})`)));
  }
  // Each list was produced by its own kind's `check`, so the record holds exactly `Claims`.
  return claims as Claims;
}

/** The checks one claims file offers its claims; each failure becomes a problem naming the file and claim. */
function fileChecks(scope: { file: string; source: string; text: string; vocabulary: Vocabulary; problems: Problem[] }) {
  const { file, source, text, vocabulary, problems } = scope;
  const unique = new Map<string, string>();
  const values = new Map<string, { value: string; claim: string }>();
  return (claim: string): ClaimCheck => ({
    source,
    evidence(quote, note, part = ""): Evidence {
      const found = locateQuote(text, quote);
      if (found.ok) return { source, ...found.evidence, note: note ?? null };
      problems.push({ file, claim: `${claim}${part}`, quote: quoteText(quote), message: found.message });
      return { source, quote: quoteText(quote), start: -1, end: -1, note: note ?? null };
    },
    role(id) {
      if (!vocabulary.roleIds.has(id))
        problems.push({ file, claim, message: `unknown role '${id}': add it to seed/catalog/roles.yaml or fix the id` });
    },
    skill(id) {
      if (!vocabulary.skillIds.has(id))
        problems.push({ file, claim, message: `unknown skill '${id}': add it to seed/catalog/skills.yaml or fix the id` });
    },
    once(key, what) {
      const first = unique.get(key);
      if (first !== undefined) problems.push({ file, claim, message: `duplicate ${what}: already claimed at ${first}` });
      else unique.set(key, claim);
    },
    consistent(key, value, what) {
      const first = values.get(key);
      if (first === undefined) values.set(key, { value, claim });
      else if (first.value !== value) {
        problems.push({
          file,
          claim,
          message: `${what} is ${value} here but ${first.value} at ${first.claim}: one name, one meaning in a file`,
        });
      }
    },
    problem(message, part = "", quote) {
      problems.push({ file, claim: `${claim}${part}`, ...(quote === undefined ? {} : { quote }), message });
    },
  });
}
