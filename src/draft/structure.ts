import type { BandLevel } from "../claims/band.ts";
import type { Track } from "../claims/vocabulary.ts";
import { titleParts } from "../domain/titles.ts";
import { type ArticleDocument, type Line, sentencesOf, span, trimSpan } from "./document.ts";
import { cleanTitle, type RoleIndex, slugify, titleCase } from "./roles.ts";
import type { ProposedRole, Span } from "./types.ts";

/**
 * The article's ladder as its layout tells it: role sections in reading order (a heading that is a
 * role title, or a paragraph that opens "Title- …"), the band headings above them, the sub-headings
 * inside them (responsibilities, readiness, how to get the role, comparisons), ranks, branches and
 * tracks. The claim rules read this; none of them looks at the layout again.
 */

export interface Section {
  /** The roles the heading names (two for "Director of Product/Product Leader"). */
  roles: string[];
  /** The title as written: the heading, or the words before "- " of an inline heading. */
  heading: Span;
  line: number;
  /** Lines [line, endLine) belong to the section. */
  endLine: number;
  /** Where the section's own text starts (after the heading). */
  bodyStart: number;
  rank: number | null;
  /** The branch the section is on, where the ladder branches. */
  branch: Track | null;
  tracks: Map<string, { value: Track; quote: Span }>;
  band: { name: string; level: BandLevel; quote: Span } | null;
  /** How each role was found: a known title, or a proposed new role. */
  found: Map<string, string>;
}

export type RegionKind = "body" | "responsibilities" | "readiness" | "howto" | "comparison" | "skills" | "general";

export interface Region {
  kind: RegionKind;
  heading: Span | null;
  section: Section | null;
  /** A readiness heading's step ("When is an X ready to advance to a Y role?"). */
  from: string[];
  to: string[];
}

export interface Branch {
  sentence: Span;
  line: number;
  ic: string[];
  management: string[];
  /** The rank of the shared rung the branch starts above. */
  base: number;
}

export interface Structure {
  sections: Section[];
  /** For each line: its section (null outside any) and region. */
  lineSection: (Section | null)[];
  lineRegion: Region[];
  branch: Branch | null;
  proposals: ProposedRole[];
  /** Sentences that keep roles off the ladder ("not strictly part of the … hierarchy") and the roles they name. */
  offLadder: { sentence: Span; roles: string[] }[];
}

const ROLE_NOUNS =
  /\b(?:manager|owner|officer|lead|leader|director|head|intern|coordinator|vp|president|engineer|scientist|designer|analyst|researcher|marketer|executive|specialist|strategist|architect|writer|developer|consultant|administrator|representative|pm|apm|cpo)\b/i;
const NOT_A_TITLE =
  /\b(?:path|career|hierarchy|levels?|roles|positions|skills|differences?|responsibilities|guide|ladder|tips|salary|salaries|what|how|why|when|who|is|are|do|does|your|our|you|tools?|newsletter|job|jobs|program|programs|certification|specialization)\b|[?!]/i;

/** A phrase that reads as a job title even when no catalogue role has it. */
export function roleLike(title: string): boolean {
  const cleaned = cleanTitle(title);
  const words = cleaned.split(/\s+/);
  return (
    words.length >= 1 &&
    words.length <= 6 &&
    ROLE_NOUNS.test(cleaned) &&
    !NOT_A_TITLE.test(cleaned) &&
    /^[A-Z]/.test(cleaned) &&
    // "Product ManagerProduct Owner" (a table's header row), "Associate Product Marketer at" (a byline)
    !/[a-z][A-Z]/.test(cleaned) &&
    !/\b(?:at|of|for|in|to|with|and|the|from|by)$/i.test(cleaned)
  );
}

const BAND_HEADING = /^(entry|mid|senior|high|upper|junior|executive|leadership)[-\s]level\b/i;
const OTHER_ROLES = /^other\b.*\broles?$/i;

/** The band a heading names: "Entry-level Product manager positions", "Other Product Roles". */
export function bandHeading(content: string): { name: string; level: BandLevel } | null {
  const m = BAND_HEADING.exec(content);
  if (m?.[1] && /\b(?:positions?|roles?|jobs?|levels?)\b/i.test(content.slice(m[0].length))) {
    const name = content.slice(0, m[0].length);
    return { name, level: bandLevel(name) };
  }
  if (OTHER_ROLES.test(content)) return { name: content, level: "OFF_LADDER" };
  return null;
}

/** The normalised level of a band name (seed/CLAIMS.md's table). */
export function bandLevel(name: string): BandLevel {
  const n = name.toLowerCase();
  if (/other|not strictly|off[- ]ladder/.test(n)) return "OFF_LADDER";
  if (/entry|junior/.test(n)) return "ENTRY";
  if (/mid/.test(n)) return "MID";
  if (/leadership/.test(n)) return "LEADERSHIP";
  if (/exec|c-level|high|upper|top/.test(n)) return "EXECUTIVE";
  return "SENIOR";
}

const INLINE_HEADING = /^([A-Z][A-Za-z .&'’]{2,60}?)\s*[-–—]\s+(?=\S)/;

interface HeadingRoles {
  roles: { role: string; found: string; title: string }[];
}

/** A heading (or inline heading) read as role titles: every part of a two-title heading must be one. */
function headingRoles(title: string, index: RoleIndex): HeadingRoles | null {
  const cleaned = cleanTitle(title);
  if (cleaned.length === 0 || NOT_A_TITLE.test(cleaned) || cleaned.split(/\s+/).length > 8) return null;
  const parts = titleParts(cleaned);
  const candidates = parts.length >= 2 ? parts : [cleaned];
  const roles: HeadingRoles["roles"] = [];
  for (const part of candidates) {
    const known = index.resolve(part);
    if (known) roles.push({ role: known.role, found: known.by, title: part });
    else if (roleLike(part)) roles.push({ role: slugify(cleanTitle(part)), found: "PROPOSED", title: part });
    else return parts.length >= 2 ? headingRoles(cleaned.replace(/\s*\/\s*|\s+or\s+/gi, " "), index) : null;
  }
  return roles.length > 0 ? { roles } : null;
}

const READY =
  /\bready\s+to\s+(?:advance|move|step|become|be\s+promoted|get\s+promoted|take)\b(?:\s+up)?(?:\s+(?:to|into))?\s+(?:an?\s+|the\s+)?(.+?)(?:\s+roles?|\s+positions?|\s+levels?)?\??$/i;

/** Roles a readiness heading's phrase names: titles, parts of "X or Y Z", or a word of one of this article's headings ("a Senior role"). */
function phraseRoles(phrase: string, index: RoleIndex, sections: readonly Section[]): string[] {
  const cleaned = cleanTitle(phrase);
  const parts = titleParts(cleaned);
  const out: string[] = [];
  for (const p of parts.length >= 2 ? parts : [cleaned]) {
    const r = index.resolve(p);
    if (r) out.push(r.role);
  }
  if (out.length > 0) return out;
  const word = cleaned.toLowerCase();
  const byHeading = sections.filter((s) =>
    s.heading.text
      .toLowerCase()
      .split(/[^a-z-]+/)
      .includes(word),
  );
  return byHeading.length === 1 ? (byHeading[0] as Section).roles : [];
}

/** A readiness heading: "When is an Associate or Junior Product Manager ready to advance to a Product Manager role?" */
export function readinessHeading(content: string, index: RoleIndex, sections: readonly Section[]): { from: string[]; to: string[] } | null {
  const ready = READY.exec(content);
  if (!ready?.[1]) return null;
  const before = /\b(?:is|are)\s+(?:an?\s+|the\s+)?(.+?)\s+ready\b/i.exec(content);
  const from = before?.[1] ? phraseRoles(before[1], index, sections) : [];
  const to = phraseRoles(ready[1], index, sections);
  return from.length > 0 && to.length > 0 ? { from, to } : null;
}

function subRegion(content: string): RegionKind | null {
  if (/\bready\b|\bsigns\b/i.test(content)) return "readiness";
  if (/\bhow\s+(?:to|can|do)\b.*\b(?:get|become|land|break)\b/i.test(content)) return "howto";
  if (/\bdifferences?\b/i.test(content)) return "comparison";
  if (/responsibilit|duties|\bdo\?|\bdo\b.*\?$/i.test(content)) return "responsibilities";
  if (/\bskills?\b/i.test(content)) return "skills";
  if (/\bsalar(?:y|ies)\b/i.test(content)) return "body";
  return null;
}

const IC_WORDS = /\b(?:principal|staff|distinguished|lead|leader|fellow|architect|expert)\b/i;
const MANAGEMENT_WORDS = /\b(?:director|head|vp|vice\s+president|chief|group|officer)\b/i;

/** The branch a title's words put it on, where the article does not say: Principal/Staff/Lead are IC, Director/Head/VP/Group management. */
export function branchByTitle(title: string, baseTitle: string): Track | null {
  if (MANAGEMENT_WORDS.test(title)) return "MANAGEMENT";
  if (IC_WORDS.test(title)) return "INDIVIDUAL_CONTRIBUTOR";
  if (/\bmanager\b/i.test(title) && !/\bmanager\b/i.test(baseTitle)) return "MANAGEMENT";
  return null;
}

/** A sentence stating a track: the individual-contributor or the people-management one. */
export function trackOf(sentence: string): Track | null {
  const ic = /\bindividual contributor\b|\bthe (?:high performing |)IC\b/i.test(sentence);
  const management = /\b(?:people\s+)?management track\b|\bplayer\/coach\b|\bpeople manager\b/i.test(sentence);
  if (ic === management) return null;
  return ic ? "INDIVIDUAL_CONTRIBUTOR" : "MANAGEMENT";
}

export function readStructure(doc: ArticleDocument, index: RoleIndex): Structure {
  const { text } = doc;
  const sections: Section[] = [];
  const lineSection: (Section | null)[] = [];
  const lineRegion: Region[] = [];
  const proposals = new Map<string, ProposedRole>();
  const offLadder: Structure["offLadder"] = [];
  let branch: Branch | null = null;
  let section: Section | null = null;
  let region: Region = { kind: "general", heading: null, section: null, from: [], to: [] };
  let band: Section["band"] = null;

  const open = (line: Line, heading: Span, found: HeadingRoles, bodyStart: number) => {
    if (section) section.endLine = line.index;
    const roles: string[] = [];
    const how = new Map<string, string>();
    for (const r of found.roles) {
      if (roles.includes(r.role)) continue;
      roles.push(r.role);
      how.set(r.role, r.found);
      if (r.found === "PROPOSED" && !proposals.has(r.role)) {
        proposals.set(r.role, {
          id: r.role,
          name: titleCase(cleanTitle(r.title)),
          quote: heading,
          reason: `heading "${heading.text}" reads as a role title that no catalogue role or known title matches`,
        });
      }
      index.learn(r.role, found.roles.length > 1 ? r.title : heading.text);
    }
    section = {
      roles,
      heading,
      line: line.index,
      endLine: doc.lines.length,
      bodyStart,
      rank: null,
      branch: null,
      tracks: new Map(),
      band,
      found: how,
    };
    sections.push(section);
    region = { kind: "body", heading: null, section, from: [], to: [] };
  };
  const close = (line: Line) => {
    if (section) section.endLine = line.index;
    section = null;
  };

  for (const line of doc.lines) {
    const content = line.content.text;
    if (line.kind === "heading") {
      const roles = headingRoles(content, index);
      const bandH = bandHeading(content);
      if (bandH) {
        close(line);
        band = { ...bandH, quote: line.content };
        region = { kind: "general", heading: line.content, section: null, from: [], to: [] };
      } else if (roles) {
        open(line, line.content, roles, line.content.end);
      } else {
        const ready = READY.test(content) ? (readinessHeading(content, index, sections) ?? { from: [], to: [] }) : null;
        const kind = ready ? "readiness" : subRegion(content);
        const current = section as Section | null;
        const namesOwnRole = current ? index.spot(text, line.content).some((s) => current.roles.includes(s.role)) : false;
        if (ready) {
          region = { kind: "readiness", heading: line.content, section: current, from: ready.from, to: ready.to };
        } else if (current && (kind || namesOwnRole) && !(kind === "skills" && !namesOwnRole)) {
          region = { kind: kind ?? "responsibilities", heading: line.content, section: current, from: [], to: [] };
        } else {
          close(line);
          region = { kind: kind === "skills" ? "skills" : "general", heading: line.content, section: null, from: [], to: [] };
        }
      }
    } else if (line.kind === "prose") {
      const inline = INLINE_HEADING.exec(content);
      const roles = inline?.[1] ? headingRoles(inline[1], index) : null;
      if (inline?.[1] && roles) {
        const title = trimSpan(text, line.content.start, line.content.start + inline[1].length);
        const bodyStart = line.content.start + inline[0].length;
        open(line, title, roles, bodyStart);
        // The line's first sentence starts with the heading: its sentences are those of the body.
        line.sentences = sentencesOf(text, span(text, bodyStart, line.content.end));
      }
      for (const sentence of line.sentences) {
        if (/\bnot\s+(?:strictly\s+)?(?:part\s+of|on)\s+the\b.*\b(?:hierarchy|ladder)\b/i.test(sentence.text)) {
          offLadder.push({ sentence, roles: index.spot(text, sentence).map((s) => s.role) });
        }
        if (!branch && /\btwo\s+(?:positions|paths|tracks|options|routes|directions)\b/i.test(sentence.text)) {
          const parsed = branchSentence(text, sentence, index);
          if (parsed) branch = { ...parsed, sentence, line: line.index, base: 0 };
        }
      }
    }
    lineSection[line.index] = section;
    lineRegion[line.index] = region;
  }
  if (section) (section as Section).endLine = doc.lines.length;

  // A readiness heading may name a role by a word of a heading further down ("a Senior role").
  for (const r of new Set(lineRegion)) {
    if (r.kind !== "readiness" || !r.heading || (r.from.length > 0 && r.to.length > 0)) continue;
    const ready = readinessHeading(r.heading.text, index, sections);
    if (ready) Object.assign(r, ready);
  }
  rankSections(sections, branch, offLadder, doc);
  statedTracks(doc, sections, lineSection, index);
  return { sections, lineSection, lineRegion, branch, proposals: [...proposals.values()], offLadder };
}

/** "the product leader position, which is an individual contributor track; and the director/group product manager position, which is a people management track" */
function branchSentence(text: string, sentence: Span, index: RoleIndex): { ic: string[]; management: string[] } | null {
  const parts = sentence.text.split(/;|\band\s+the\b/i);
  let at = sentence.start;
  const ic: string[] = [];
  const management: string[] = [];
  for (const part of parts) {
    const start = sentence.text.indexOf(part, at - sentence.start) + sentence.start;
    at = start + part.length;
    const track = trackOf(part);
    if (!track) continue;
    const where = span(text, start, start + part.length);
    const named = index.spot(text, where).map((s) => s.role);
    (track === "INDIVIDUAL_CONTRIBUTOR" ? ic : management).push(...named.filter((r) => !ic.includes(r) && !management.includes(r)));
  }
  return ic.length > 0 && management.length > 0 ? { ic, management } : null;
}

function rankSections(sections: Section[], branch: Branch | null, offLadder: Structure["offLadder"], doc: ArticleDocument): void {
  const offRoles = new Set(offLadder.flatMap((o) => o.roles));
  const lineOf = (offset: number) => doc.lines.findIndex((l) => offset >= l.content.start && offset <= l.content.end);
  const offLines = offLadder.filter((o) => o.roles.length === 0).map((o) => lineOf(o.sentence.start));
  let rank = 0;
  const last: Record<Track, number> = { INDIVIDUAL_CONTRIBUTOR: 0, MANAGEMENT: 0 };
  const base = sections.find((s) => s.rank !== null)?.heading.text ?? "";
  for (const [i, s] of sections.entries()) {
    const previous = sections[i - 1];
    const unnamedOff = offLines.some((l) => l < s.line && (!previous || l > previous.line));
    if (s.band?.level === "OFF_LADDER" || s.roles.some((r) => offRoles.has(r)) || unnamedOff) continue;
    if (branch && s.line > branch.line) {
      if (branch.base === 0) {
        branch.base = rank;
        last.INDIVIDUAL_CONTRIBUTOR = rank;
        last.MANAGEMENT = rank;
      }
      const track: Track =
        (s.roles.some((r) => branch.ic.includes(r)) && "INDIVIDUAL_CONTRIBUTOR") ||
        (s.roles.some((r) => branch.management.includes(r)) && "MANAGEMENT") ||
        branchByTitle(s.heading.text, base) ||
        (last.INDIVIDUAL_CONTRIBUTOR <= last.MANAGEMENT ? "INDIVIDUAL_CONTRIBUTOR" : "MANAGEMENT");
      s.branch = track;
      last[track] += 1;
      s.rank = last[track];
      rank = Math.max(rank, s.rank);
    } else {
      rank += 1;
      s.rank = rank;
    }
  }
}

/** Tracks the article states: in a role's own section ("This is an individual contributor role"), or "the … IC will have the title X". */
function statedTracks(
  doc: ArticleDocument,
  sections: readonly Section[],
  lineSection: readonly (Section | null)[],
  index: RoleIndex,
): void {
  for (const { line, sentence } of doc.sentences()) {
    const track = trackOf(sentence.text);
    if (!track) continue;
    const titled = /\bwill have the title\s+(.+?)[.,;]?$/i.exec(sentence.text);
    if (titled?.[1]) {
      const role = index.resolve(titled[1])?.role;
      const target = sections.find((s) => role && s.roles.includes(role));
      if (role && target && !target.tracks.has(role)) target.tracks.set(role, { value: track, quote: sentence });
      continue;
    }
    const s = lineSection[line.index];
    if (!s || line.index === s.line || sentence.start < s.bodyStart) continue;
    if (!/\bthis\s+(?:is|role|position)\b|\bas an?\b/i.test(sentence.text)) continue;
    const named = index.spot(doc.text, sentence).map((x) => x.role);
    const roles = s.roles.length === 1 ? s.roles : s.roles.filter((r) => named.includes(r));
    for (const role of roles) if (!s.tracks.has(role)) s.tracks.set(role, { value: track, quote: sentence });
  }
}
