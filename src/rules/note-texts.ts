import type { Session } from "../model/session.js";
import { isBlank } from "./line-report.js";
import { FUNCTIONAL_TASK, hasTermOf, NAMED_EXERCISE, NAMES_MORE_THAN_DOSE, nonbillableTermsOf, SAYS_WHAT_WAS_DONE } from "./text/analyze-text.js";
import { CODE_NAMES, EXERCISE_DOSES, FUNCTIONAL_LABELS, SPECIFIC_CATEGORIES, TERM_CATEGORIES, termBits, type TermCategory } from "./text/lexicon.js";
import type { RuleContext } from "./types.js";

/** The note's free-text fields, in the order the text rules read them. */
const NOTE_FIELDS = ["subjective", "objective", "assessment", "patientResponse", "plan", "text"] as const;

/**
 * Whether the session's note has a non-blank field.
 *
 * @param session - the session
 * @returns true when some note field has text
 * @example
 * ```ts
 * hasNoteText({ ...session, note: { plan: "Continue POC" } }); //=> true
 * ```
 */
export function hasNoteText(session: Session): boolean {
  const note = session.note;
  if (note === undefined) return false;
  for (const field of NOTE_FIELDS) if (!isBlank(note[field])) return true;
  return false;
}

/**
 * Whether some service line has a non-blank activity text.
 *
 * @param session - the session
 * @returns true when some line's activity has text
 * @example
 * ```ts
 * hasActivityText({ ...session, services: [{ code: "97110", activity: "SLR 3x10" }] }); //=> true
 * ```
 */
export function hasActivityText(session: Session): boolean {
  for (const line of session.services) if (!isBlank(line.activity)) return true;
  return false;
}

/** Past this many characters a text is analysed whole, once per lint run (see {@link textHas}). */
const LONG_TEXT = 4096;

/**
 * Whether `text` has a term of one of `categories` (bit `1 << c` for `TERM_CATEGORIES[c]`, and
 * {@link NAMED_EXERCISE} for an exercise term that is not only a dose, {@link SAYS_WHAT_WAS_DONE}
 * for a specific term that is not only a code's name):
 * {@link hasTermOf}, which reads only up to the first such term, for a text of ordinary
 * length; past {@link LONG_TEXT} characters, the facts of `context.text`, which analyses a
 * text once per lint run however many rules ask. (hasTermOf remembers nothing, so a long text
 * without the terms, such as adversarial input, would be read whole once per question.)
 *
 * @param context - the rule context
 * @param text - a non-blank text
 * @param categories - the categories, as bits
 * @returns true when the text has a term of one of them
 * @example
 * ```ts
 * textHas(context, "SLR 3x10", termBits(["exercise"])); //=> true
 * ```
 */
export function textHas(context: RuleContext, text: string, categories: number): boolean {
  if (text.length <= LONG_TEXT) return hasTermOf(text, categories);
  const terms = context.text(text).terms;
  if (categories & NAMED_EXERCISE && terms.exercise.some((term) => !EXERCISE_DOSES.has(term))) return true;
  if (categories & SAYS_WHAT_WAS_DONE && SPECIFIC_CATEGORIES.some((c) => terms[c].some((term) => !CODE_NAMES.has(term)))) return true;
  if (categories & FUNCTIONAL_TASK && terms.functional.some((term) => !FUNCTIONAL_LABELS.has(term))) return true;
  if (categories & NAMES_MORE_THAN_DOSE && SPECIFIC_CATEGORIES.some((c) => terms[c].some((term) => !CODE_NAMES.has(term) && !EXERCISE_DOSES.has(term)))) return true;
  return TERM_CATEGORIES.some((category, c) => (categories >> c) & 1 && terms[category].length > 0);
}

/**
 * The `nonbillable` terms of `text`: {@link nonbillableTermsOf}, which reads only those, for a
 * text of ordinary length; past {@link LONG_TEXT} characters, the facts of `context.text`, which
 * other rules ask for the same long text, so it is analysed once (a 1 MiB activity read twice
 * took 40 ms where once took 19, fourteenth round).
 *
 * @param context - the rule context
 * @param text - a line's activity
 * @param from - where `MAY_BE_NONBILLABLE` first matched in `text` (see {@link nonbillableTermsOf}); 0 reads it whole
 * @returns the terms, as `context.text(text).terms.nonbillable` lists them
 * @example
 * ```ts
 * nonbillableTerms(context, "Waiting for table 5 min; SLR 3x10"); //=> ["waiting"]
 * ```
 */
export function nonbillableTerms(context: RuleContext, text: string, from = 0): readonly string[] {
  return text.length <= LONG_TEXT ? nonbillableTermsOf(text, from) : context.text(text).terms.nonbillable;
}

/**
 * Whether any non-blank text of the session (the lines' activities, then the note's fields)
 * has a term of one of `categories`. Stops at the first text that has one, so the texts after it are
 * not analysed, and reads each text only as far as its first such term ({@link hasTermOf}).
 * The activities come first: a note field is read only when no activity has the term. The
 * answer does not depend on the order.
 *
 * @param context - the rule context
 * @param categories - the categories to look for
 * @returns true when some text has a term of one of them
 * @example
 * ```ts
 * anyTextHas(context, "skilled"); //=> true when e.g. the plan says "progress to step-ups"
 * ```
 */
export function anyTextHas(context: RuleContext, ...categories: TermCategory[]): boolean {
  const bit = termBits(categories);
  return anyText(context.session, (text) => textHas(context, text, bit));
}

/**
 * Whether `test` holds for some non-blank text of the session: the lines' activities, then the note's fields ({@link anyTextHas}
 * with any question; `doc/skilled-need-missing` asks for skill shown by a technique given, gaps22).
 *
 * @param session - the session
 * @param test - the question asked of each text, told where the text is: "activity", or the note's field ("plan", "assessment"…)
 * @returns true at the first text it holds for
 * @example
 * ```ts
 * anyText({ ...session, note: { plan: "Continue POC" } }, (text, field) => field === "plan" && text.includes("POC")); //=> true
 * ```
 */
export function anyText(session: Session, test: (text: string, field: string) => boolean): boolean {
  for (const line of session.services) {
    if (!isBlank(line.activity) && test(line.activity!, "activity")) return true;
  }
  const note = session.note;
  if (note !== undefined) {
    for (const field of NOTE_FIELDS) {
      const text = note[field];
      if (!isBlank(text) && test(text!, field)) return true;
    }
  }
  return false;
}
