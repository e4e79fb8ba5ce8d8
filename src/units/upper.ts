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
