/** The longest part of a caller's text a message quotes, in UTF-16 code units. */
export const MAX_QUOTED = 12;

/**
 * A caller's text as a message quotes it: whole when short, else its first
 * {@link MAX_QUOTED} code units and "…" (never half of a surrogate pair). A goal id holding a
 * goal's or note's text then never leaks more than a short prefix into a finding.
 *
 * @param text - the text to quote
 * @returns the text, or its prefix and "…"
 * @example
 * ```ts
 * shortQuote("G1"); //=> "G1"
 * shortQuote("Pt will walk 150 ft with a cane"); //=> "Pt will walk…"
 * ```
 */
export function shortQuote(text: string): string {
  if (text.length <= MAX_QUOTED) return text;
  const high = text.charCodeAt(MAX_QUOTED - 1);
  return `${text.slice(0, high >= 0xd800 && high <= 0xdbff ? MAX_QUOTED - 1 : MAX_QUOTED)}…`;
}

/**
 * A caller's text cut to `max` UTF-16 code units, "…" included: whole when it fits, else its first `max - 1` units and
 * "…" (never half of a surrogate pair). For names and values a message must show more of than {@link shortQuote} does:
 * an input key, a credential, a date of service that is not a date (nineteenth round; three copies of this were written).
 *
 * @param text - the text to quote
 * @param max - the longest result
 * @returns the text, or its prefix and "…"
 * @example
 * ```ts
 * cutQuote("k".repeat(30), 24).length; //=> 24
 * cutQuote("DPT", 24); //=> "DPT"
 * ```
 */
export function cutQuote(text: string, max: number): string {
  if (text.length <= max) return text;
  const high = text.charCodeAt(max - 2);
  return `${text.slice(0, high >= 0xd800 && high <= 0xdbff ? max - 2 : max - 1)}…`;
}
