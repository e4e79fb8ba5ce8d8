/**
 * What `hasTermOf` must answer, from `analyzeText`'s full facts: the bits of the categories a
 * text has terms of, and of NAMED_EXERCISE, SAYS_WHAT_WAS_DONE, FUNCTIONAL_TASK and NAMES_MORE_THAN_DOSE. One copy for
 * test/rules/text/has-term-of.test.ts and test/fuzz/round17b.fuzz.test.ts, so a new bit is added
 * to both at once (the review of the seventeenth round found two).
 */
import { analyzeText, FUNCTIONAL_TASK, NAMED_EXERCISE, NAMES_MORE_THAN_DOSE, SAYS_WHAT_WAS_DONE } from "../../../src/rules/text/analyze-text.js";
import { CODE_NAMES, EXERCISE_DOSES, FUNCTIONAL_LABELS, SPECIFIC_CATEGORIES, TERM_CATEGORIES } from "../../../src/rules/text/lexicon.js";

/** Every category's bit, NAMED_EXERCISE, SAYS_WHAT_WAS_DONE, FUNCTIONAL_TASK and NAMES_MORE_THAN_DOSE (the four bits after them). */
export const ALL = (NAMES_MORE_THAN_DOSE << 1) - 1;

/** The categories `analyzeText` finds in `text`, and the three bits beside them, as bits. */
export function fullBits(text: string): number {
  const terms = analyzeText(text).terms;
  let bits = 0;
  TERM_CATEGORIES.forEach((c, i) => (bits |= terms[c].length > 0 ? 1 << i : 0));
  if (terms.exercise.some((term) => !EXERCISE_DOSES.has(term))) bits |= NAMED_EXERCISE;
  if (SPECIFIC_CATEGORIES.some((c) => terms[c].some((term) => !CODE_NAMES.has(term)))) bits |= SAYS_WHAT_WAS_DONE;
  if (terms.functional.some((term) => !FUNCTIONAL_LABELS.has(term))) bits |= FUNCTIONAL_TASK;
  if (SPECIFIC_CATEGORIES.some((c) => terms[c].some((term) => !CODE_NAMES.has(term) && !EXERCISE_DOSES.has(term)))) bits |= NAMES_MORE_THAN_DOSE;
  return bits;
}
