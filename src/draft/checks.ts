import { franc } from "franc-min";

/** Why the drafter gives no draft: a clear answer, nothing written. */
export type RefusalCode = "EMPTY" | "TOO_LARGE" | "BINARY" | "NOT_ENGLISH" | "NO_ROLES";

export interface Refusal {
  code: RefusalCode;
  message: string;
}

/** The longest article the drafter takes: the characters addSource accepts for a text. */
export const MAX_ARTICLE_CHARS = 1_000_000;

/**
 * Checks an article before drafting: not empty, not over the size limit, text rather than binary,
 * English (franc-min, offline trigram language detection). Null when it can be drafted.
 */
export function checkArticle(text: string): Refusal | null {
  if (text.trim().length === 0) return { code: "EMPTY", message: "the article is empty: nothing to draft" };
  if (text.length > MAX_ARTICLE_CHARS) {
    return { code: "TOO_LARGE", message: `the article has ${text.length} characters; at most ${MAX_ARTICLE_CHARS} are drafted` };
  }
  let controls = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12 && code !== 11) || code === 0xfffd) controls++;
  }
  if (text.includes("\u0000") || controls > text.length / 200) {
    return {
      code: "BINARY",
      message: `the article is not text (${controls} control or undecodable characters): save it as UTF-8 plain text`,
    };
  }
  const language = franc(text.slice(0, 20_000), { minLength: 40 });
  if (language !== "eng" && language !== "und") {
    return {
      code: "NOT_ENGLISH",
      message: `the article reads as another language (ISO 639-3 '${language}'); the drafter's rules are for English`,
    };
  }
  return null;
}
