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
import { adversarialTexts, ONE_MB } from "../../bench/adversarial-text.mjs";

export { adversarialTexts, ONE_MB };

/** The adversarial texts at 1 MiB each (built once, on first import). */
export const ADVERSARIAL_TEXTS: readonly { readonly name: string; readonly text: string }[] = adversarialTexts(ONE_MB);

/**
 * A valid session whose every free-text field (each line's activity, the note's parts, each
 * goal's text, the payer's name) carries `text`, for running text rules on it.
 *
 * @param text - the text to put everywhere
 * @returns a plain session object (valid input for parseSession)
 */
export function sessionWithText(text: string) {
  return {
    dateOfService: "2025-03-14",
    payer: { program: "medicare" as const, name: text },
    provider: { discipline: "PT" as const, credential: "PT" as const },
    services: [
      { code: "97110", minutes: 23, units: 2, modifiers: ["GP"], activity: text, goalIds: ["G1"] },
      { code: "97140", minutes: 8, units: 1, modifiers: ["GP", "59"], activity: text, goalIds: ["G1"] },
    ],
    totalTimedMinutes: 31,
    note: { subjective: text, objective: text, assessment: text, patientResponse: text, plan: text, text },
    planOfCare: { startOfCare: "2025-02-10", goals: [{ id: "G1", text }] },
  };
}
