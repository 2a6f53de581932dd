import type { Track } from "../../src/claims/vocabulary.ts";
import { type Family, ROLE_KEYS, type RoleKey, SHARED_SKILLS } from "./families.ts";
import type { LadderPlan, PlannedRole, PlannedStep } from "./plan.ts";
import { Random } from "./random.ts";
import { ArticleText, type QuoteRef } from "./text.ts";
import { DUTIES, FILLER, FIRST_NAMES, LAST_NAMES, PUBLISHERS, READINESS, SUMMARIES, TITLE_PATTERNS } from "./vocabulary.ts";

/** A claims file as the generator drafts it: quotes are still references into the article being written. */
export interface DraftClaims {
  source: { id: string; title: QuoteRef; author: QuoteRef; publisher: QuoteRef; sha256: string };
  roles: {
    role: string;
    title: QuoteRef;
    rank?: number;
    track?: Track;
    trackQuote?: QuoteRef;
    summary: QuoteRef;
    years?: { min: number; max: number | null; text: string; quote: QuoteRef };
    salaryUsd?: { amount: number; quote: QuoteRef };
  }[];
  mentions: { role: string; title: string; quote: QuoteRef }[];
  responsibilities: { role: string; quote: QuoteRef }[];
  skills: { skill: string; role?: string; quote: QuoteRef }[];
  promotions: { from: string; to: string; kind: PlannedStep["kind"]; track?: Track; quote: QuoteRef }[];
  identities: { role: string; other: string; kind: "SAME_AS" | "MAY_COEXIST"; quote: QuoteRef }[];
  nonPromotions: { to: string; quote: QuoteRef }[];
  readiness: { from: string; to: string; quote: QuoteRef }[];
  relativeRanks: { role: string; relation: "EQUAL"; other: string; quote: QuoteRef }[];
  bands: { role: string; band: string; level: "ENTRY" | "MID" | "SENIOR" | "LEADERSHIP" | "EXECUTIVE" | "OFF_LADDER"; quote: QuoteRef }[];
}

export interface WrittenArticle {
  text: string;
  claims: DraftClaims;
}

interface Writer {
  rng: Random;
  seed: number;
  family: Family;
  plan: LadderPlan;
  text: ArticleText;
  claims: DraftClaims;
  /** The title each role goes by in this article. */
  titles: Map<RoleKey, string>;
  publisher: string;
  /** The "Other … Roles" heading while its sections are written (a band: off the ladder). */
  offLadderHeading: QuoteRef | null;
}

function fill(template: string, family: Family, title = ""): string {
  return template
    .replaceAll("{d}", family.discipline.toLowerCase())
    .replaceAll("{D}", family.discipline)
    .replaceAll("{p}", family.practitioner.toLowerCase())
    .replaceAll("{t}", title);
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join("");
}

/** The title an article writes for a role: the canonical name, or a common variant of it. */
function titleFor(rng: Random, family: Family, key: RoleKey): string {
  const name = family.names[key];
  const variants: Partial<Record<RoleKey, string[]>> = {
    senior: [name, `Sr. ${family.practitioner}`],
    mid: [name, `Mid-Level ${family.practitioner}`],
    lead: [name, `${family.practitioner} Lead`],
    director: [name, `${family.discipline} Director`],
    vp: [name, `Vice President of ${family.discipline}`],
  };
  const title = rng.pick(variants[key] ?? [name]);
  return rng.chance(0.3) ? `${title} (${initials(title)})` : title;
}

function article(w: Writer): string {
  return w.family.practitioner.match(/^[AEIOU]/) ? "an" : "a";
}

function skillText(slug: string, family: Family): string {
  return family.skills.find((s) => s.id === slug)?.name.toLowerCase() ?? slug.replaceAll("-", " ");
}

function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** Title, byline and publisher: the source's metadata, each a quote. */
function writeFrontMatter(text: ArticleText, rng: Random, family: Family, publisher: string, sourceIndex: number) {
  const title = text.quote(fill(rng.pick(TITLE_PATTERNS), family));
  text.write("\n\nBy ");
  const author = text.quote(`${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`);
  text.write(" for ");
  const publisherRef = text.quote(publisher);
  text.write(` · article ${sourceIndex}\n\n`);
  return { title, author, publisher: publisherRef };
}

function writeIntro(w: Writer): void {
  const { family } = w;
  const general = w.rng.sample([...SHARED_SKILLS, ...family.skills.map((s) => s.id)], w.rng.int(2, 4));
  w.text.write(`${fill(`What does ${article(w)} {p} do? The role is a broad one and varies from company to company.`, family)} `);
  const skillSentence = w.text.paragraph(
    `Anyone with good ${listText(general.map((s) => skillText(s, family)))} skills can build a career in ${family.discipline.toLowerCase()}.`,
  );
  for (const skill of general) w.claims.skills.push({ skill, quote: skillSentence });
  if (w.plan.mentionCoordinator) {
    const written = `${family.discipline.toLowerCase()} coordinator`;
    const quote = w.text.paragraph(`Some people enter as a ${written} before the first rung.`);
    w.claims.mentions.push({ role: family.slugs.coordinator, title: written, quote });
  }
}

/** The ranked roles in reading order: by rank, the IC branch before the management branch. */
function sections(plan: LadderPlan): RoleKey[][] {
  const byRank = new Map<number, PlannedRole[]>();
  for (const r of plan.roles) if (r.rank !== null) byRank.set(r.rank, [...(byRank.get(r.rank) ?? []), r]);
  const shared = plan.rungs.filter((rung) => rung.length > 1).flat();
  const out: RoleKey[][] = [];
  for (const rank of [...byRank.keys()].sort((a, b) => a - b)) {
    const roles = (byRank.get(rank) ?? []).map((r) => r.key);
    if (roles.every((k) => shared.includes(k))) out.push(roles);
    else for (const key of roles) out.push([key]);
  }
  return out;
}

function writeSection(w: Writer, keys: RoleKey[]): void {
  const { family } = w;
  const heading =
    keys.length > 1
      ? `${keys.map((k) => family.names[k].split(" ")[0]).join(" or ")} ${family.practitioner}`
      : titleFor(w.rng, family, keys[0] as RoleKey);
  const headingRef = w.text.quote(heading);
  w.text.write("\n\n");
  for (const key of keys) w.titles.set(key, keys.length > 1 ? family.names[key] : heading.replace(/ \([A-Z]+\)$/, ""));
  // "Mid-Level Designer": a band word in the role's own heading.
  if (heading.startsWith("Mid-Level "))
    w.claims.bands.push({ role: family.slugs[keys[0] as RoleKey], band: "Mid-Level", level: "MID", quote: headingRef });
  if (w.offLadderHeading)
    for (const key of keys)
      w.claims.bands.push({ role: family.slugs[key], band: w.offLadderHeading.text, level: "OFF_LADDER", quote: w.offLadderHeading });
  for (const key of keys) writeRoleBody(w, key, headingRef);
  if (w.plan.sameRungIdentity && keys.includes("associate") && keys.includes("junior")) writeSameRungIdentity(w);
}

function writeRoleBody(w: Writer, key: RoleKey, heading: QuoteRef): void {
  const { family, plan } = w;
  const role = plan.roles.find((r) => r.key === key) as PlannedRole;
  const title = w.titles.get(key) ?? family.names[key];
  const prose = w.rng.sample(FILLER, w.rng.int(3, 6));
  const summary = w.text.paragraph(fill(w.rng.pick(SUMMARIES[key]), family, title), ...prose);
  // Tier words in the summary: "This is an executive position", "sits on the executive team".
  const tier = /\b(executive position|executive team)\b/.exec(summary.text);
  if (tier?.[1]) w.claims.bands.push({ role: family.slugs[key], band: tier[1], level: "EXECUTIVE", quote: summary });
  const definition: DraftClaims["roles"][number] = { role: family.slugs[key], title: heading, summary };
  if (role.rank !== null) definition.rank = role.rank;
  w.claims.roles.push(definition);
  if (role.track) writeTrack(w, definition, role.track, title);
  writeIdentities(w, key);
  writeStepsInto(w, key, heading);
  if (role.years) writeYears(w, definition, role.years, key);
  if (role.salary !== null) writeSalary(w, definition, role.salary);
  writeDuties(w, key);
  if (w.rng.chance(0.45)) writeRoleSkills(w, key);
}

function writeTrack(w: Writer, definition: DraftClaims["roles"][number], track: Track, title: string): void {
  const { family } = w;
  const sentence =
    track === "INDIVIDUAL_CONTRIBUTOR"
      ? `This is an individual contributor role, so most of the ${title}'s time goes into hands-on ${family.discipline.toLowerCase()} work.`
      : `This position is on the people management track: the ${title} becomes responsible for the growth of the ${family.practitioner.toLowerCase()}s in the group.`;
  definition.track = track;
  definition.trackQuote = w.text.paragraph(sentence);
}

function writeYears(w: Writer, definition: DraftClaims["roles"][number], years: { min: number; max: number | null }, key: RoleKey): void {
  const months = key === "mid" && years.min === 1 && w.rng.chance(0.3);
  const text = months ? "12-18 months" : years.max === null ? `${years.min}+ years` : `${years.min}-${years.max} years`;
  const sentence =
    years.max === null ? `You need ${text} of experience for this position.` : `Most people hold this title with ${text} of experience.`;
  definition.years = { min: years.min, max: months ? 1.5 : years.max, text, quote: w.text.paragraph(sentence) };
}

function writeSalary(w: Writer, definition: DraftClaims["roles"][number], amount: number): void {
  const quote = w.text.quote(`Average Salary (US): $${amount.toLocaleString("en-US")} / year`);
  w.text.write("\n\n");
  definition.salaryUsd = { amount, quote };
}

/** A role's fixed pool of duties (the same in every article of the family), of which each article lists some. */
function dutyPool(w: Writer, key: RoleKey): string[] {
  const pool = Random.derive(w.seed, w.family.index, ROLE_KEYS.indexOf(key)).sample(DUTIES, 12);
  return pool.map((d) => fill(d, w.family));
}

function writeDuties(w: Writer, key: RoleKey): void {
  const duties = w.rng.sample(dutyPool(w, key), w.rng.int(4, 9));
  if (w.rng.chance(0.25)) duties.push(`Owns the ${w.family.discipline.toLowerCase()} review for ${w.publisher}`);
  w.text.write("Responsibilities:\n\n");
  for (const duty of duties) {
    w.text.write("  • ");
    w.claims.responsibilities.push({ role: w.family.slugs[key], quote: w.text.quote(duty) });
    w.text.write("\n");
  }
  w.text.write("\n");
}

function writeRoleSkills(w: Writer, key: RoleKey): void {
  const skills = w.rng.sample([...SHARED_SKILLS, ...w.family.skills.map((s) => s.id)], w.rng.int(1, 3));
  const names = skills.map((s) => skillText(s, w.family));
  // Three wordings: the names before "skills", after "skills such as", after "knowledge of".
  const sentence = w.rng.pick([
    `${capitalise(listText(names))} skills are necessary to succeed in this position.`,
    `Strong candidates for this role bring skills such as ${listText(names)}.`,
    `The job calls for a working knowledge of ${listText(names)}.`,
  ]);
  const quote = w.text.paragraph(sentence);
  for (const skill of skills) w.claims.skills.push({ skill, role: w.family.slugs[key], quote });
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** EXPLICIT steps into `key` are stated in its section; LADDER_ORDER steps quote its heading. */
function writeStepsInto(w: Writer, key: RoleKey, heading: QuoteRef): void {
  for (const step of w.plan.steps.filter((s) => s.to === key && !isBranchStep(w.plan, s))) {
    const from = w.family.names[step.from];
    if (step.kind === "LADDER_ORDER") {
      pushStep(w, step, heading);
      continue;
    }
    const sentence = step.skip
      ? `Some ${from}s skip a rung and move straight into this position.`
      : `${/^[AEIOU]/.test(from) ? "An" : "A"} ${from} can ascend to this position by showing results on top of the time spent in the organization.`;
    pushStep(w, step, w.text.paragraph(sentence));
  }
}

function pushStep(w: Writer, step: PlannedStep, quote: QuoteRef): void {
  const claim: DraftClaims["promotions"][number] = { from: w.family.slugs[step.from], to: w.family.slugs[step.to], kind: step.kind, quote };
  if (step.track) claim.track = step.track;
  w.claims.promotions.push(claim);
}

function isBranchStep(plan: LadderPlan, step: PlannedStep): boolean {
  if (!plan.branch) return false;
  const top = plan.rungs.at(-1) ?? [];
  return top.includes(step.from) && (step.to === plan.branch.ic[0] || step.to === plan.branch.management[0]);
}

/** After the last shared rung: "you will have two positions to choose from". */
function writeBranch(w: Writer): void {
  const { plan, family } = w;
  if (!plan.branch) return;
  const ic = family.names[plan.branch.ic[0] as RoleKey];
  const management = family.names[plan.branch.management[0] as RoleKey];
  const quote = w.text.paragraph(
    `Once you reach the next level, you will have two positions to choose from: the ${ic} position, which is an individual contributor track; and the ${management} position, which is a people management track.`,
  );
  for (const step of plan.steps.filter((s) => isBranchStep(plan, s))) pushStep(w, step, quote);
  // "two positions to choose from" at "the next level": the two first rungs of the branches are equal.
  w.claims.relativeRanks.push({
    role: family.slugs[plan.branch.ic[0] as RoleKey],
    relation: "EQUAL",
    other: family.slugs[plan.branch.management[0] as RoleKey],
    quote,
  });
}

function writeSameRungIdentity(w: Writer): void {
  const { family } = w;
  const quote = w.text.paragraph(
    `The ${family.names.associate}, otherwise known as the ${family.names.junior}, is where most people start.`,
  );
  w.claims.identities.push({ role: family.slugs.associate, other: family.slugs.junior, kind: "SAME_AS", quote });
}

function writeIdentities(w: Writer, key: RoleKey): void {
  const { family, plan } = w;
  const identity = (other: RoleKey, kind: "SAME_AS" | "MAY_COEXIST", sentence: string) => {
    const quote = w.text.paragraph(sentence);
    w.claims.identities.push({ role: family.slugs[key], other: family.slugs[other], kind, quote });
    // A title with no section of its own, named here first: a mention too (a SAME_AS needs one to load).
    if (!plan.roles.some((r) => r.key === other) && !w.claims.mentions.some((m) => m.role === family.slugs[other]))
      w.claims.mentions.push({ role: family.slugs[other], title: family.names[other], quote });
  };
  if (key === "vp" && plan.vpIsChief)
    identity("chief", "SAME_AS", `Sometimes labeled ${family.names.chief}, this position reports to the chief executive.`);
  if (key === "director" && plan.directorMayCoexistWithHead) {
    identity(
      "head",
      "MAY_COEXIST",
      `Organizations may have one or both of these roles: the ${family.names.director} and the ${family.names.head}.`,
    );
  }
  if (key === "lead" && plan.leadIsStaff)
    identity("staff", "SAME_AS", `In some companies the ${family.names.lead} is also known as the ${family.names.staff}.`);
}

function writeOffLadder(w: Writer): void {
  const offLadder = w.plan.roles.filter((r) => r.rank === null);
  if (offLadder.length === 0) return;
  w.offLadderHeading = w.text.quote(`Other ${w.family.discipline} Roles`);
  w.text.write("\n\n");
  for (const role of offLadder) writeSection(w, [role.key]);
  w.offLadderHeading = null;
}

function writeAsides(w: Writer): void {
  const { plan, family } = w;
  if (plan.readiness) {
    const { from, to } = plan.readiness;
    w.text.write(`When is ${article(w)} ${family.names[from]} ready to become ${article(w)} ${family.names[to]}?\n\n`);
    for (const sign of w.rng.sample(READINESS, w.rng.int(2, 4))) {
      w.text.write("  • ");
      w.claims.readiness.push({ from: family.slugs[from], to: family.slugs[to], quote: w.text.quote(sign) });
      w.text.write("\n");
    }
    w.text.write("\n");
  }
  if (plan.deniesDirectEntryToSenior) {
    const quote = w.text.paragraph(
      `It's extremely difficult to move into ${family.names.senior} roles from outside ${family.discipline.toLowerCase()}.`,
    );
    w.claims.nonPromotions.push({ to: family.slugs.senior, quote });
  }
  if (plan.mentionHead) {
    const quote = w.text.paragraph(`In smaller companies the top job may be called ${family.names.head}.`);
    // One mention per role: at its first naming.
    if (!w.claims.mentions.some((m) => m.role === family.slugs.head))
      w.claims.mentions.push({ role: family.slugs.head, title: family.names.head, quote });
  }
  w.text.write(`Whatever the title, a career in ${family.discipline.toLowerCase()} grows with the problems you solve.\n`);
}

/** Writes one synthetic article and the claims a careful reader would record from it. */
export function writeArticle(options: {
  id: string;
  sourceIndex: number;
  seed: number;
  family: Family;
  plan: LadderPlan;
  rng: Random;
}): WrittenArticle {
  const { rng, family, plan } = options;
  const text = new ArticleText();
  const publisher = rng.pick(PUBLISHERS);
  const meta = writeFrontMatter(text, rng, family, publisher, options.sourceIndex);
  const w: Writer = {
    rng,
    seed: options.seed,
    family,
    plan,
    text,
    claims: {
      source: { id: options.id, ...meta, sha256: "" },
      roles: [],
      mentions: [],
      responsibilities: [],
      skills: [],
      promotions: [],
      identities: [],
      nonPromotions: [],
      readiness: [],
      relativeRanks: [],
      bands: [],
    },
    titles: new Map(),
    publisher,
    offLadderHeading: null,
  };
  writeIntro(w);
  const branchAfter = plan.branch ? (plan.rungs.at(-1) ?? []) : [];
  for (const keys of sections(plan)) {
    writeSection(w, keys);
    if (keys.some((k) => branchAfter.includes(k))) writeBranch(w);
  }
  writeOffLadder(w);
  writeAsides(w);
  return { text: w.text.finish(), claims: w.claims };
}
