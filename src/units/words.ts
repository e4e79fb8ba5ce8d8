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
