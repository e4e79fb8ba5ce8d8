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
