import type { Discipline } from "./session.js";

/**
 * A word with its indefinite article, as the input findings write a type: "an array", "a string".
 *
 * @param word - a lower-case word
 * @returns "an " or "a " and the word
 * @example
 * ```ts
 * withArticle("object"); //=> "an object"
 * ```
 * @internal
 */
export function withArticle(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

/**
 * Each discipline with the article it takes when read aloud: "an OT plan", "an SLP evaluation"
 * ("an", because the letters are spoken: "oh-tee", "ess-el-pee"), "a PT provider".
 *
 * @example
 * ```ts
 * `under ${DISCIPLINE_WITH_ARTICLE.OT} plan of care`; //=> "under an OT plan of care"
 * ```
 * @internal
 */
export const DISCIPLINE_WITH_ARTICLE = { PT: "a PT", OT: "an OT", SLP: "an SLP" } as const satisfies Record<Discipline, string>;
