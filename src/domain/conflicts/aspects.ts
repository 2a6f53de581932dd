/** What sources can disagree about, in the order conflicts are listed; the GraphQL enum `ConflictAspect` is built from this list. */
export const CONFLICT_ASPECTS = [
  "IDENTITY",
  "PROMOTION",
  "TRACK",
  "YEARS_OF_EXPERIENCE",
  "SALARY",
  "ENTRY_LEVEL",
  "RESPONSIBILITIES",
] as const;

export type ConflictAspect = (typeof CONFLICT_ASPECTS)[number];
