import type { RoleKey } from "./families.ts";

/** Words the synthetic articles are written with. `{d}` is the discipline (lower case), `{p}` the practitioner. */

export const FIRST_NAMES = [
  "Ada",
  "Bruno",
  "Chen",
  "Dana",
  "Emeka",
  "Farah",
  "Gus",
  "Hana",
  "Ines",
  "Jonas",
  "Keiko",
  "Luis",
  "Mira",
  "Nils",
  "Olu",
  "Priya",
];
export const LAST_NAMES = [
  "Okafor",
  "Lindqvist",
  "Moreau",
  "Tanaka",
  "Silva",
  "Kowalski",
  "Haddad",
  "Novak",
  "Reyes",
  "Brennan",
  "Ivanova",
  "Mensah",
];
export const PUBLISHERS = [
  "Ladder Weekly",
  "The Career Desk",
  "Craft & Level",
  "Rungs Magazine",
  "The Hiring Journal",
  "Promotion Notes",
  "Skillpath Review",
];
export const TITLE_PATTERNS = [
  "The {D} Career Path",
  "{D} Levels and Responsibilities",
  "A Guide to the {D} Ladder",
  "{D} Roles, Salaries and Promotions",
  "How a {D} Career Grows",
  "Climbing the {D} Ladder",
];

/** Starting salary (US dollars a year) and years of experience by role key. */
export const LEVELS: Record<RoleKey, { salary: number; years: [min: number, max: number | null] | null }> = {
  intern: { salary: 52_000, years: null },
  coordinator: { salary: 60_000, years: null },
  associate: { salary: 84_000, years: [0, 2] },
  junior: { salary: 80_000, years: [0, 2] },
  mid: { salary: 114_000, years: [1, 3] },
  technical: { salary: 128_000, years: [2, 5] },
  senior: { salary: 139_000, years: [3, 6] },
  lead: { salary: 151_000, years: [5, null] },
  staff: { salary: 166_000, years: [6, null] },
  principal: { salary: 184_000, years: [8, null] },
  distinguished: { salary: 221_000, years: [12, null] },
  manager: { salary: 158_000, years: [5, 8] },
  director: { salary: 192_000, years: [8, 12] },
  head: { salary: 199_000, years: [8, null] },
  vp: { salary: 231_000, years: [10, null] },
  chief: { salary: 279_000, years: [15, null] },
};

export const SUMMARIES: Record<RoleKey, readonly string[]> = {
  intern: [
    "As a {t}, you learn the craft of {d} on real projects under close supervision.",
    "The {t} spends a few months shadowing the team and shipping small pieces of {d} work.",
  ],
  coordinator: ["The {t} keeps the paperwork of {d} in order."],
  associate: [
    "The {t} position is where most graduates or people just entering {d} will likely start off.",
    "An {t} supports more senior colleagues and learns how {d} decisions are made.",
  ],
  junior: [
    "A {t} owns small pieces of {d} work and learns the team's habits.",
    "The {t} is the first paid rung for many people who move into {d}.",
  ],
  mid: [
    "As a {t} you are the go-to person for your area of {d}.",
    "A {t} works with little supervision and owns outcomes, not only tasks.",
  ],
  technical: ["The {t} goes deep on the tools and systems behind {d}.", "A {t} is the specialist other teams call when {d} gets hard."],
  senior: [
    "The {t} covers much of the same work as before but with more contact with executives and other departments.",
    "A {t} leads the hardest {d} projects and coaches the people around them.",
  ],
  lead: [
    "As a {t} you set the direction of a {d} area while still doing hands-on work.",
    "The {t} is responsible for the quality of everything the area ships.",
  ],
  staff: ["A {t} solves problems that span several teams.", "The {t} works across the organisation on the {d} problems nobody else owns."],
  principal: [
    "This is one of the highest titles a {p} can attain without managing people.",
    "The {t} shapes how the whole company practises {d}.",
  ],
  distinguished: [
    "The {t} is a rare title held by a handful of people in the field.",
    "A {t} is known outside the company for their {d} work.",
  ],
  manager: ["As a {t}, your focus is on people, hiring and alignment.", "The {t} runs a team of {p}s and answers for its delivery."],
  director: ["The {t} owns the {d} strategy for a whole business line.", "A {t} manages managers and sets the plan for the year."],
  head: ["The {t} is the senior-most {d} person in a smaller company.", "A {t} builds the {d} function from the ground up."],
  vp: [
    "This is an executive position where your involvement with day-to-day {d} is low and the scale of the operation is large.",
    "The {t} runs {d} much like running a business.",
  ],
  chief: ["The {t} sits on the executive team and answers for {d} to the board.", "A {t} sets the vision for {d} across the company."],
};

/** Responsibility bullets; each role draws a fixed pool from these, each article a part of its pool. */
export const DUTIES = [
  "Gathers and analyzes {d} data for the team",
  "Collaborates with internal teams to work on {d} requirements",
  "Works on specific {d} features, improving them and creating new ones",
  "Assists in testing, troubleshooting and problem-solving",
  "Creates and presents reports on findings, defects and risks",
  "Defines the {d} vision and roadmap for the area",
  "Balances the needs of customers and the limits set by stakeholders",
  "Advocates for the team and its work to leadership",
  "Tracks {d} performance against agreed goals",
  "Coordinates with other teams ahead of each launch",
  "Hires, coaches and reviews {p}s",
  "Sets the budget for {d} and defends it",
  "Runs the weekly {d} review",
  "Writes the standards other {p}s follow",
  "Mentors junior members of the team",
  "Meets with customers to gather feedback",
  "Reports on {d} outcomes to the executive team",
  "Owns the quarterly plan for the area",
  "Keeps documentation of {d} decisions up to date",
  "Negotiates priorities with partner teams",
  "Reviews the work of other {p}s before it ships",
  "Represents {d} in company-wide planning",
  "Builds relationships with key stakeholders internally and externally",
  "Identifies unmet customer needs and anticipates future demands",
  "Monitors processes and evaluates results",
  "Manages the health and performance of the team",
  "Explains {d} trade-offs to non-specialists",
  "Experiments with new {d} methods and tools",
];

export const READINESS = [
  "You're independent: you lead projects on your own, from goal to result.",
  "You know how to get results: you meet or exceed the goals you are given.",
  "You coach others: people come to you for advice and leave with an answer.",
  "You see the whole picture: you weigh customers, costs and the team in every decision.",
  "You have the trust of your peers and of your manager.",
];

/** Sentences no claim quotes: the real articles are two thirds prose around the facts. */
export const FILLER = [
  "Titles, scope and pay vary with the size of the company, the funding behind the work and the market it serves.",
  "Some companies have all of these titles, some only a few, and some call them something else entirely.",
  "The higher the position, the more its responsibilities depend on the organization around it.",
  "People in this position spend much of their week in conversations rather than in documents.",
  "Expect to be measured on outcomes that take a quarter or more to show up.",
  "Good habits formed here, like writing things down and asking for feedback early, pay off for years.",
  "The step up is rarely a single moment; most people grow into the role before the title changes.",
  "Hiring managers look for evidence that you already work at the level you are asking for.",
  "Your network inside the company matters as much as what you know.",
  "Mentors help, but the fastest learning still comes from owning something that can fail.",
  "Not every company publishes its ladder, so ask for it early in your interviews.",
  "Remote teams tend to write more, which rewards people who explain their thinking clearly.",
];
