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
