import { InvalidInputError } from "../errors.ts";

/**
 * THE pattern of a source id (an article's file stem, `seed/sources/<id>.txt`): 1 to 100 lower-case
 * letters, digits, `_` and `-`, starting with a letter or digit. No dots (so no `..` and no
 * extensions) and no upper case (so no two ids differ only in case): safe as a file name anywhere.
 */
export const SOURCE_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,99}$/;

/** Refuses an id that does not match SOURCE_ID_PATTERN, saying what would. */
export function checkSourceId(id: string, argument = "id"): string {
  if (!SOURCE_ID_PATTERN.test(id)) {
    throw new InvalidInputError(
      `${argument} must be a source id: 1 to 100 lower-case letters, digits, _ and -, starting with a letter or digit (such as 005_my_article); got ${JSON.stringify(id.slice(0, 120))}`,
      { pattern: SOURCE_ID_PATTERN.source },
    );
  }
  return id;
}
