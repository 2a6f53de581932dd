/**
 * Figures as articles write them: years of experience ("3-5 years", "8+ years", "at least five
 * years or more", "12-18 months" = 1 to 1.5) and salaries ("$117,444/ year", "$120k", "USD 95,000").
 * Number words ("five", "twelve") are read by compromise, loaded only when an article writes one.
 */

export const NUMBER_WORDS = [
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
  "thirty",
] as const;
const WORD = NUMBER_WORDS.join("|");
const NUM = `(\\d+(?:\\.\\d+)?|${WORD})`;

type NumberReader = (word: string) => number | null;
let reader: NumberReader | null = null;

/** Loads compromise (about half a second, once per process) when a text writes a figure in words. */
export async function prepareNumberWords(text: string): Promise<void> {
  if (reader || !new RegExp(`\\b(?:${WORD})(?:\\s*(?:-|–|to|or)\\s*\\w+)?\\s+(?:years?|months?)\\b`, "i").test(text)) return;
  const { default: nlp } = await import("compromise");
  reader = (word) => {
    const found = nlp(word).numbers().get() as unknown[];
    return typeof found[0] === "number" ? found[0] : null;
  };
}

/** A number written in digits or (once compromise is loaded) in words. */
export function numberValue(written: string): number | null {
  if (/^\d+(?:\.\d+)?$/.test(written)) return Number(written);
  return reader ? reader(written.toLowerCase()) : null;
}

export interface YearsFigure {
  min: number | null;
  max: number | null;
  /** The figure as written. */
  text: string;
  /** Offsets inside the sentence. */
  start: number;
  end: number;
}

const YEARS = new RegExp(
  `(?:\\b(around|about|approximately|roughly|at least|over|more than|some)\\s+)?\\b${NUM}(?:\\s*(?:-|–|to)\\s*${NUM})?(\\+)?\\s*(years?|yrs?|months?)\\b(\\+)?(?:\\s+(or more|or longer))?(?:\\s+of\\s+(?:\\w+\\s+)?experience)?`,
  "gi",
);
/** Spans of time that are not anyone's experience: "over the past five years", "in the last couple of years". */
const NOT_EXPERIENCE = /\b(?:past|last|next|ago|every|period|per|each|within the)\b/i;

/** Years-of-experience figures in a sentence, months as fractions of a year. */
export function findYears(sentence: string): YearsFigure[] {
  const out: YearsFigure[] = [];
  for (const m of sentence.matchAll(YEARS)) {
    const [whole, qualifier, lowWritten, highWritten, plus, unit, plusAfter, orMore] = m;
    const start = m.index ?? 0;
    const before = sentence.slice(Math.max(0, start - 14), start);
    if (NOT_EXPERIENCE.test(before) || /^\s*(?:ago|old)\b/.test(sentence.slice(start + whole.length))) continue;
    const low = lowWritten ? numberValue(lowWritten) : null;
    const high = highWritten ? numberValue(highWritten) : null;
    if (low === null || (highWritten && high === null)) continue;
    const scale = unit && /^m/i.test(unit) ? 1 / 12 : 1;
    const open = Boolean(plus || plusAfter || orMore || (qualifier && /at least|over|more than/i.test(qualifier) && !highWritten));
    const min = round(low * scale);
    const max = open ? null : round((high ?? low) * scale);
    if (max !== null && min > max) continue;
    out.push({ min, max, text: whole, start, end: start + whole.length });
  }
  // "Principal PMs usually have 8-10 years of experience, while Senior PMs will have around 4-6": a bare range beside a years figure.
  if (out.length > 0) {
    for (const m of sentence.matchAll(
      /\b(?:have|has|with)\s+((?:around|about|roughly)\s+)?(\d+)\s*[-–]\s*(\d+)\b(?!\s*(?:years?|months?|%|\+))/gi,
    )) {
      const text = `${m[1] ?? ""}${m[2]}-${m[3]}`;
      const start = (m.index ?? 0) + m[0].length - text.length;
      if (sentence.slice(start, start + text.length) !== text) continue;
      const min = Number(m[2]);
      const max = Number(m[3]);
      if (min <= max && !out.some((f) => f.start <= start && f.end >= start)) out.push({ min, max, text, start, end: start + text.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export interface SalaryFigure {
  amount: number;
  text: string;
  start: number;
  end: number;
}

const MONEY = /(?:US\$|\$|USD\s?)\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k\b|K\b|thousand\b)?/g;
const PAY_WORDS =
  /\bsalar(?:y|ies)\b|\bpay\b|\bcompensation\b|\bearn|\bincome\b|\/\s?(?:year|yr)\b|\b(?:a|per)\s+year\b|\bannual(?:ly)?\b|\bper annum\b/i;
const NOT_YEARLY = /\b(?:a|per)\s+(?:month|week|day|hour)\b|\/\s?(?:month|mo|week|hour|hr)\b/i;

/** US-dollar yearly amounts in a sentence or line that speaks of pay; other currencies and monthly prices are left out. */
export function findSalaries(sentence: string): SalaryFigure[] {
  if (!PAY_WORDS.test(sentence)) return [];
  const out: SalaryFigure[] = [];
  for (const m of sentence.matchAll(MONEY)) {
    const start = m.index ?? 0;
    const after = sentence.slice(start + m[0].length, start + m[0].length + 14);
    if (NOT_YEARLY.test(after)) continue;
    const base = Number((m[1] ?? "").replaceAll(",", ""));
    const amount = Math.round(m[2] ? base * 1000 : base);
    if (!Number.isFinite(amount) || amount < 10_000 || amount > 5_000_000) continue;
    const text = m[0].trimEnd();
    out.push({ amount, text, start, end: start + text.length });
  }
  return out;
}
