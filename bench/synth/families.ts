/**
 * The synthetic role families. The real corpus is one family (product management, 16 canonical
 * roles, five articles); each synthetic family is another discipline with the same 16-role
 * template, so the catalogue grows with the scale while each role keeps a real-sized neighbourhood.
 */

/** The 16 role keys of a family, mirroring the real product-management catalogue. */
export const ROLE_KEYS = [
  "intern",
  "coordinator",
  "associate",
  "junior",
  "mid",
  "technical",
  "senior",
  "lead",
  "staff",
  "principal",
  "distinguished",
  "manager",
  "director",
  "head",
  "vp",
  "chief",
] as const;
export type RoleKey = (typeof ROLE_KEYS)[number];

export interface Family {
  index: number;
  /** The discipline, e.g. "Clinical Data Science". */
  discipline: string;
  /** Its practitioner, e.g. "Clinical Data Scientist". */
  practitioner: string;
  /** Canonical role name by key. */
  names: Record<RoleKey, string>;
  /** Catalogue slug by key. */
  slugs: Record<RoleKey, string>;
  /** This family's own skills (slug, name, kind). */
  skills: { id: string; name: string; kind: "HARD" | "SOFT" }[];
}

const DOMAINS: readonly [discipline: string, practitioner: string][] = [
  ["Data Science", "Data Scientist"],
  ["Design", "Designer"],
  ["Software Engineering", "Software Engineer"],
  ["Marketing", "Marketer"],
  ["Sales", "Account Executive"],
  ["User Research", "User Researcher"],
  ["Security", "Security Engineer"],
  ["Operations", "Operations Analyst"],
  ["Analytics", "Data Analyst"],
  ["Content Strategy", "Content Strategist"],
  ["Growth", "Growth Marketer"],
  ["Quality Assurance", "QA Engineer"],
  ["Infrastructure", "Infrastructure Engineer"],
  ["Customer Success", "Customer Success Specialist"],
  ["Finance", "Financial Analyst"],
  ["Program Management", "Program Manager"],
  ["Machine Learning", "Machine Learning Engineer"],
  ["Technical Writing", "Technical Writer"],
  ["Site Reliability", "Site Reliability Engineer"],
  ["Brand Strategy", "Brand Strategist"],
  ["Supply Chain", "Supply Chain Analyst"],
  ["Solutions Architecture", "Solutions Architect"],
];

const QUALIFIERS: readonly string[] = [
  "",
  "Clinical",
  "Mobile",
  "Enterprise",
  "Consumer",
  "Retail",
  "Industrial",
  "Public Sector",
  "Healthcare",
  "Fintech",
  "Gaming",
  "Automotive",
  "Energy",
  "Media",
  "Logistics",
];

const SKILL_STEMS: readonly [suffix: string, kind: "HARD" | "SOFT"][] = [
  ["Tooling", "HARD"],
  ["Modeling", "HARD"],
  ["Experimentation", "HARD"],
  ["Quality Standards", "HARD"],
  ["Stakeholder Management", "SOFT"],
  ["Mentoring", "SOFT"],
  ["Estimation", "HARD"],
  ["Storytelling", "SOFT"],
  ["Budgeting", "HARD"],
  ["Negotiation", "SOFT"],
];

/** Generic skills of the real catalogue that synthetic articles name too. */
export const SHARED_SKILLS: readonly string[] = [
  "communication",
  "leadership",
  "prioritization",
  "collaboration",
  "empathy",
  "business-acumen",
];

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function roleNames(discipline: string, practitioner: string): Record<RoleKey, string> {
  return {
    intern: `${practitioner} Intern`,
    coordinator: `${discipline} Coordinator`,
    associate: `Associate ${practitioner}`,
    junior: `Junior ${practitioner}`,
    mid: practitioner,
    technical: `Technical ${practitioner}`,
    senior: `Senior ${practitioner}`,
    lead: `Lead ${practitioner}`,
    staff: `Staff ${practitioner}`,
    principal: `Principal ${practitioner}`,
    distinguished: `Distinguished ${practitioner}`,
    manager: `${discipline} Manager`,
    director: `Director of ${discipline}`,
    head: `Head of ${discipline}`,
    vp: `VP of ${discipline}`,
    chief: `Chief ${discipline} Officer`,
  };
}

/** Synthetic family `index` (1-based: family 0 is the real product-management corpus). */
export function family(index: number): Family {
  const domain = DOMAINS[(index - 1) % DOMAINS.length] as [string, string];
  const round = Math.floor((index - 1) / DOMAINS.length);
  const qualifier = QUALIFIERS[round % QUALIFIERS.length] ?? "";
  const edition = round >= QUALIFIERS.length ? ` ${Math.floor(round / QUALIFIERS.length) + 1}` : "";
  const prefix = qualifier ? `${qualifier} ` : "";
  const discipline = `${prefix}${domain[0]}${edition}`;
  const practitioner = `${prefix}${domain[1]}${edition}`;
  const names = roleNames(discipline, practitioner);
  if (new Set(Object.values(names)).size !== ROLE_KEYS.length) throw new Error(`family ${index} (${discipline}) has two roles of one name`);
  const slugs = Object.fromEntries(ROLE_KEYS.map((k) => [k, `${slugify(names[k])}-f${index}`])) as Record<RoleKey, string>;
  const skills = SKILL_STEMS.map(([suffix, kind]) => ({
    id: `${slugify(`${discipline} ${suffix}`)}-f${index}`,
    name: `${discipline} ${suffix}`,
    kind,
  }));
  return { index, discipline, practitioner, names, slugs, skills };
}
