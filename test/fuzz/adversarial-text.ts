/**
 * Adversarial notes: texts built to make regular expressions backtrack (long runs of spaces,
 * repeated near-keywords, `aaaa…!`, nested punctuation, unicode oddities), 1 MiB each by
 * default. Run every text rule against each of them, in every text field a rule reads; a linear
 * rule finishes a 1 MiB text in well under a second (time it with `npm run bench:adversarial`,
 * which prints numbers; the suite itself has no timed tests).
 *
 * @example
 * ```ts
 * for (const { name, text } of ADVERSARIAL_TEXTS) {
 *   it(`lintDocumentation finishes on ${name}`, () => {
 *     lintDocumentation(sessionWithText(text));
 *   });
 * }
 * ```
 */
import { adversarialTexts, ONE_MB, sessionWithText } from "../../bench/adversarial-text.mjs";

/** `sessionWithText(text)`: a valid session whose every free-text field carries `text`. */
export { adversarialTexts, ONE_MB, sessionWithText };

/** The adversarial texts at 1 MiB each (built once, on first import). */
export const ADVERSARIAL_TEXTS: readonly { readonly name: string; readonly text: string }[] = adversarialTexts(ONE_MB);
