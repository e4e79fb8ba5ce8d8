/**
 * "1 unit", "3 units"; with a verb, one that agrees: "1 minute allows", "3 minutes allow".
 *
 * @param count - how many
 * @param word - the singular noun
 * @param verb - a regular verb in its plural form ("allow"), if any
 * @returns count and noun, plural when count is not 1, then the verb
 * @internal
 */
export function count(count: number, word: string, verb?: string): string {
  const s = count === 1 ? "" : "s";
  // verb is a word or undefined (never ""): a truthiness test says the same in fewer bytes of ./units.
  return `${count} ${word}${s}` + (verb ? ` ${verb}${s ? "" : "s"}` : "");
}

/**
 * `a + b` billed units, or `Infinity` when the sum is 2^53 or more (HUGE-BILLED, twenty-fourth round): such a sum
 * cannot be exact (two lines of 2^53 − 1 units added to 18014398509481982, rounded), so it is kept as "more than"
 * ({@link countBilled}). Exact below 2^53, and never below 2^53 when the true sum is not (rounding is monotone and 2^53
 * is a double). `Infinity` compares above every limit and stays `Infinity` in further sums.
 *
 * @param a - units added so far (maybe `Infinity`)
 * @param b - a line's units
 * @returns the exact sum, or `Infinity`
 * @example
 * ```ts
 * addUnits(2, 3); //=> 5
 * addUnits(Number.MAX_SAFE_INTEGER, 1) === Infinity; //=> true
 * ```
 * @internal
 */
export function addUnits(a: number, b: number): number {
  return (a += b) < 2 ** 53 ? a : Infinity;
}

/**
 * {@link count} of a total of billed units made by {@link addUnits}: "more than 9007199254740991 units" when the total
 * cannot be exact, so no message names a rounded number past 2^53 − 1.
 *
 * @param n - the billed total
 * @param word - the singular noun
 * @returns "2 units", or "more than 9007199254740991 units"
 * @example
 * ```ts
 * countBilled(2, "unit"); //=> "2 units"
 * countBilled(Infinity, "unit"); //=> "more than 9007199254740991 units"
 * ```
 * @internal
 */
export function countBilled(n: number, word: string): string {
  return n < 2 ** 53 ? count(n, word) : `more than ${Number.MAX_SAFE_INTEGER} ${word}s`;
}

/**
 * `text.toUpperCase()`, without the call when nothing would change: codes and modifiers are
 * nearly always written in capitals and digits already, and every check upper-cases each of
 * them. A character below "a" (code unit 97) has no upper-case form; anything else goes to
 * `toUpperCase`, so the result is always exactly `text.toUpperCase()`.
 *
 * @param text - a code or modifier
 * @returns `text` upper-cased
 * @internal
 */
export function upper(text: string): string {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 97) return text.toUpperCase();
  return text;
}
