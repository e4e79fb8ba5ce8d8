import type { Session } from "../model/session.js";
import { isBlank } from "./line-report.js";
import { hasTermOf } from "./text/analyze-text.js";
import { TERM_CATEGORIES, type TermCategory } from "./text/lexicon.js";
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

/**
 * Whether any non-blank text of the session (the lines' activities, then the note's fields)
 * has a term of `category`. Stops at the first text that has one, so the texts after it are
 * not analysed, and reads each text only as far as its first such term ({@link hasTermOf}).
 * The activities come first: a note field is read only when no activity has the term. The
 * answer does not depend on the order.
 *
 * @param context - the rule context
 * @param category - the category to look for
 * @returns true when some text has a term of the category
 * @example
 * ```ts
 * anyTextHas(context, "skilled"); //=> true when e.g. the plan says "progress to step-ups"
 * ```
 */
export function anyTextHas(context: RuleContext, category: TermCategory): boolean {
  const { session } = context;
  const bit = 1 << TERM_CATEGORIES.indexOf(category);
  for (const line of session.services) {
    if (!isBlank(line.activity) && hasTermOf(line.activity!, bit)) return true;
  }
  const note = session.note;
  if (note !== undefined) {
    for (const field of NOTE_FIELDS) {
      const text = note[field];
      if (!isBlank(text) && hasTermOf(text!, bit)) return true;
    }
  }
  return false;
}
