// Words for codes the API returns, so meaning is always written and never carried by colour alone.

export const ASPECT_SHORT: Record<string, string> = {
  IDENTITY: "identity",
  PROMOTION: "next step",
  TRACK: "track",
  YEARS_OF_EXPERIENCE: "years",
  SALARY: "salary",
  ENTRY_LEVEL: "entry level",
  RESPONSIBILITIES: "duties",
  BAND: "band",
  MANAGEMENT: "managing people",
  RELATIVE_RANK: "rank vs. others",
};

/** The shortest words, for the marks on narrow role boxes. */
export const ASPECT_TINY: Record<string, string> = {
  IDENTITY: "id",
  PROMOTION: "next",
  TRACK: "track",
  YEARS_OF_EXPERIENCE: "yrs",
  SALARY: "pay",
  ENTRY_LEVEL: "entry",
  RESPONSIBILITIES: "duties",
  BAND: "band",
  MANAGEMENT: "mgmt",
  RELATIVE_RANK: "rank",
};

export const ASPECT_LONG: Record<string, string> = {
  IDENTITY: "Identity: is it the same role as another title?",
  PROMOTION: "Promotion: where the role leads next",
  TRACK: "Track: individual contributor or management",
  YEARS_OF_EXPERIENCE: "Years of experience",
  SALARY: "Salary",
  ENTRY_LEVEL: "Entry level: the bottom rung or above it",
  RESPONSIBILITIES: "Responsibilities listed by some sources only",
  BAND: "Band: entry-level, mid-level, senior …",
  MANAGEMENT: "Managing people or not",
  RELATIVE_RANK: "Rank against another role",
};

export const TRACK_SHORT: Record<string, string> = { INDIVIDUAL_CONTRIBUTOR: "IC", MANAGEMENT: "Mgmt" };
export const TRACK_LONG: Record<string, string> = { INDIVIDUAL_CONTRIBUTOR: "individual contributor", MANAGEMENT: "management" };

/** A ManagementScope in words, read before the `over` a source writes ("manages: members of the team"). */
export const SCOPE_LONG: Record<string, string> = {
  MANAGES_PEOPLE: "manages people",
  LEADS: "leads",
  MENTORS: "mentors",
  NO_PEOPLE_MANAGEMENT: "little or no people management",
};

/** A RankRelation in words, read before the other role's name. */
export const RELATION_LONG: Record<string, string> = { ABOVE: "ranks above", BELOW: "ranks below", EQUAL: "equal in rank to" };

export const KIND_LONG: Record<string, string> = { EXPLICIT: "stated in a sentence", LADDER_ORDER: "implied by the ladder's order" };

/** "000_18567d4f4f5ab0b1" → "000": the short name sources go by on the page (the full id is in every tooltip). */
export function shortSource(id: string): string {
  return id.split("_")[0] ?? id;
}

/**
 * Breaks a title into lines of at most `width` characters, at spaces or after a slash ("Chief Product
 * Officer/VP Of Product"); at most `lines` lines, the last cut with "…".
 */
export function wrap(text: string, width: number, lines = 2): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).flatMap((w) => w.split(/(?<=\/)/))) {
    const next = line ? `${line}${line.endsWith("/") ? "" : " "}${word}` : word;
    if (next.length > width && line) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${(kept[lines - 1] ?? "").slice(0, width - 1)}…`;
  return kept;
}

export function money(usd: number): string {
  return `$${usd.toLocaleString("en-US")}`;
}
